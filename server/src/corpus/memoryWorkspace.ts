// An in-memory workspace for tests: URIs map to file contents (text or raw bytes).
import { decodeArticleBytes, type DecodedArticle } from './decode';
import type { ArticleWorkspace } from './workspace';

export class InMemoryArticleWorkspace implements ArticleWorkspace {
  readonly files = new Map<string, string | Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [uri, content] of Object.entries(files)) this.files.set(uri, content);
  }

  async findArticles(): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => this.isArticle(uri)).sort();
  }

  async readArticle(uri: string): Promise<DecodedArticle> {
    const content = this.files.get(uri);
    if (content === undefined) return { kind: 'skipped', reason: 'no such file' };
    return typeof content === 'string' ? { kind: 'text', text: content } : decodeArticleBytes(content);
  }

  isArticle(uri: string): boolean {
    return uri.endsWith('.txt');
  }
}
