// An in-memory workspace for tests: URIs map to file contents (text or raw bytes). Every write
// gives the file a new version, which stands for its modification time. A URI's path is matched
// against the selection's globs as if it were relative to one workspace folder.
import type { ArticleStamp } from './analysisCache';
import { decodeArticleBytes, type DecodedArticle } from './textDecoding';
import { articleMatcher, defaultSelection, type ArticleSelection, type ArticleWorkspace } from './workspace';

type FileContent = string | Uint8Array;

class VersionedFiles extends Map<string, FileContent> {
  readonly versions = new Map<string, number>();
  private lastVersion = 0;

  override set(uri: string, content: FileContent): this {
    this.versions.set(uri, ++this.lastVersion);
    return super.set(uri, content);
  }
}

export class InMemoryArticleWorkspace implements ArticleWorkspace {
  readonly files = new VersionedFiles();
  private readonly isIncluded: (relativePath: string) => boolean;

  constructor(files: Record<string, FileContent> = {}, selection: Pick<ArticleSelection, 'include' | 'exclude'> = defaultSelection) {
    for (const [uri, content] of Object.entries(files)) this.files.set(uri, content);
    this.isIncluded = articleMatcher(selection);
  }

  async findArticles(): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => this.isArticle(uri)).sort();
  }

  async statArticle(uri: string): Promise<ArticleStamp | undefined> {
    const content = this.files.get(uri);
    const version = this.files.versions.get(uri);
    if (content === undefined || version === undefined) return undefined;
    return { size: content.length, mtimeMs: version };
  }

  async readArticle(uri: string): Promise<DecodedArticle> {
    const content = this.files.get(uri);
    if (content === undefined) return { kind: 'skipped', reason: 'no such file' };
    return typeof content === 'string' ? { kind: 'text', text: content } : decodeArticleBytes(content);
  }

  isArticle(uri: string): boolean {
    return this.isIncluded(uri.replace(/^[a-z][a-z0-9+.-]*:\/*/i, ''));
  }
}
