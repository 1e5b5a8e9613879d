// The `newsmark` settings as the server uses them, whatever shape the client sent.
import type { NewsmarkSettings } from './protocol';
import { defaultSelection, type ArticleSelection } from './corpus/workspace';

export function toArticleSelection(settings: Partial<NewsmarkSettings> | null | undefined): ArticleSelection {
  const include = stringList(settings?.include) ?? defaultSelection.include;
  const exclude = stringList(settings?.exclude) ?? defaultSelection.exclude;
  const sizeKB = settings?.maxFileSizeKB;
  const maxFileBytes = typeof sizeKB === 'number' && sizeKB > 0 ? sizeKB * 1024 : defaultSelection.maxFileBytes;
  return { include: include.length > 0 ? include : defaultSelection.include, exclude, maxFileBytes };
}

export function sameSelection(a: ArticleSelection, b: ArticleSelection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : undefined;
}

export interface EditorOptions {
  /** Show the resolved value beside relative time expressions. */
  dateHints: boolean;
  /** Show the speaker after each quotation. */
  speakerHints: boolean;
}

export function toEditorOptions(settings: Partial<NewsmarkSettings> | null | undefined): EditorOptions {
  return { dateHints: settings?.inlayHints?.dates !== false, speakerHints: settings?.inlayHints?.quoteSpeakers !== false };
}

/** The folder for the analysis cache, if the client gave one. */
export function toCacheDirectory(initializationOptions: Partial<NewsmarkSettings> | null | undefined): string | undefined {
  const directory = initializationOptions?.cacheDirectory;
  return typeof directory === 'string' && directory.trim() !== '' ? directory : undefined;
}
