// Articles on disk under the workspace folders, chosen by include and exclude globs.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { ArticleStamp } from './analysisCache';
import { decodeArticleBytes, type DecodedArticle } from './textDecoding';
import { articleMatcher, type ArticleSelection, type ArticleWorkspace } from './workspace';

export class NodeArticleWorkspace implements ArticleWorkspace {
  private readonly isIncluded: (relativePath: string) => boolean;

  constructor(
    private readonly folders: string[],
    private readonly selection: ArticleSelection,
  ) {
    this.isIncluded = articleMatcher(selection);
  }

  async findArticles(): Promise<string[]> {
    const found = new Set<string>();
    for (const folder of this.folders) {
      for await (const relative of walkFiles(folder, '')) {
        if (this.isIncluded(relative)) found.add(pathToFileURL(path.join(folder, relative)).href);
      }
    }
    return [...found].sort();
  }

  async statArticle(uri: string): Promise<ArticleStamp | undefined> {
    const stat = await fs.stat(fileURLToPath(uri)).catch(() => undefined);
    if (!stat?.isFile() || stat.size > this.selection.maxFileBytes) return undefined;
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  }

  async readArticle(uri: string): Promise<DecodedArticle> {
    const file = fileURLToPath(uri);
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return { kind: 'skipped', reason: 'not a file' };
      if (stat.size > this.selection.maxFileBytes) return { kind: 'skipped', reason: `larger than ${formatBytes(this.selection.maxFileBytes)}` };
      return decodeArticleBytes(await fs.readFile(file));
    } catch (error) {
      return { kind: 'skipped', reason: describeFileError(error) };
    }
  }

  isArticle(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.folders.some((folder) => {
      const relative = path.relative(folder, file);
      return !relative.startsWith('..') && !path.isAbsolute(relative) && this.isIncluded(relative.split(path.sep).join('/'));
    });
  }
}

const neverEntered = new Set(['.git', 'node_modules']);

// Symbolic links are not followed: a link cycle must not hang the indexer.
async function* walkFiles(root: string, relativeDirectory: string): AsyncGenerator<string> {
  const entries = await fs.readdir(path.join(root, relativeDirectory), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const relative = relativeDirectory ? `${relativeDirectory}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !neverEntered.has(entry.name)) yield* walkFiles(root, relative);
    else if (entry.isFile()) yield relative;
  }
}

export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
