// Where articles come from. The server uses the file system; tests use an in-memory workspace.
import picomatch from 'picomatch';
import type { ArticleStamp } from './analysisCache';
import type { DecodedArticle } from './textDecoding';

/** Told of what a scan could not look into (an unreadable folder, a file name that is not UTF-8). */
export type ScanProblem = (location: string, reason: string) => void;

export interface ArticleWorkspace {
  /** Every article URI in the workspace (canonical, see uris.ts), sorted so that indexing order is stable. */
  findArticles(problem?: ScanProblem): Promise<string[]>;
  /**
   * The file's state without reading it, to find its analysis in the cache; undefined when the file
   * cannot be served from the cache (gone, too large, not a file, outside the workspace) and must go
   * through `readArticle`.
   */
  statArticle(uri: string): Promise<ArticleStamp | undefined>;
  /** The article's text, or why it was skipped (binary, too large, unreadable, deleted, outside the workspace). */
  readArticle(uri: string): Promise<DecodedArticle>;
  /** Whether a URI seen in a file event is an article of this workspace (by its name: reading checks where it leads). */
  isArticle(uri: string): boolean;
}

export interface ArticleSelection {
  include: string[];
  exclude: string[];
  maxFileBytes: number;
}

/** `.git` and `node_modules` are never articles, whatever the settings say. */
export const alwaysExcluded = ['**/.git/**', '**/node_modules/**'];

export const defaultSelection: ArticleSelection = { include: ['**/*.txt'], exclude: [], maxFileBytes: 5 * 1024 * 1024 };

/** Whether a path relative to a workspace folder (with `/` between folders) is an article. */
export function articleMatcher(selection: Pick<ArticleSelection, 'include' | 'exclude'>): (relativePath: string) => boolean {
  const included = picomatch(selection.include, { dot: false });
  const excluded = picomatch([...alwaysExcluded, ...selection.exclude], { dot: true });
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}
