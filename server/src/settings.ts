// The `newsmark` settings as the server uses them, whatever shape the client sent.
import type { FileSystemWatcher } from 'vscode-languageserver';
import { globAnywhere, type NewsmarkSettings } from './protocol';
import { defaultSelection, type ArticleSelection } from './corpus/workspace';
import { defaultHighlightedEntities, entityKinds, type EntityTokenType } from './display/tokenTypes';
import { catalogFileName } from './corpus/catalog';

export function toArticleSelection(settings: Partial<NewsmarkSettings> | null | undefined): ArticleSelection {
  const include = stringList(settings?.include) ?? defaultSelection.include;
  const exclude = stringList(settings?.exclude) ?? defaultSelection.exclude;
  const sizeKB = settings?.maxFileSizeKB;
  const maxFileBytes = typeof sizeKB === 'number' && sizeKB > 0 ? sizeKB * 1024 : defaultSelection.maxFileBytes;
  return { include: include.length > 0 ? include : defaultSelection.include, exclude, maxFileBytes };
}

/** The file watchers for the articles `include` chooses; the workspace checks each event's file against the folders. */
/** The files to watch: the articles, and the corpus files that correct them. */
export function articleWatchers(selection: ArticleSelection): FileSystemWatcher[] {
  return [...selection.include, `**/${catalogFileName}`].map((glob) => ({ globPattern: globAnywhere(glob) }));
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
  /** Show the speaker after a quotation whose attribution does not name them. */
  speakerHints: boolean;
  /** The entity kinds coloured; the others are still linked, hovered and listed. */
  highlightedEntities: ReadonlySet<EntityTokenType>;
}

export function toEditorOptions(settings: Partial<NewsmarkSettings> | null | undefined): EditorOptions {
  const hints = settings?.inlayHints;
  const highlighted = stringList(settings?.highlight?.entities)?.filter((kind): kind is EntityTokenType => (entityKinds as string[]).includes(kind));
  return {
    dateHints: hints?.enabled !== false && hints?.dates !== false,
    speakerHints: hints?.enabled !== false && hints?.quoteSpeakers !== false,
    highlightedEntities: new Set(highlighted ?? defaultHighlightedEntities),
  };
}

/** What the analysis of an article depends on besides its text, fixed for the server's run. */
export interface AnalysisOptions {
  /** Date an article by its file's path ("politico_2016-01-27_slug.txt") when its text gives no date. */
  datesFromFileNames: boolean;
}

export function toAnalysisOptions(settings: Partial<NewsmarkSettings> | null | undefined): AnalysisOptions {
  return { datesFromFileNames: settings?.articleDate?.fromFileName !== false };
}

/** Cached analyses are valid for one analyzer and one set of analysis options. */
export function cacheVersion(analyzerVersion: string, options: AnalysisOptions): string {
  return options.datesFromFileNames ? analyzerVersion : `${analyzerVersion}+no-file-name-dates`;
}

/** The folder for the analysis cache, if the client gave one. */
export function toCacheDirectory(initializationOptions: Partial<NewsmarkSettings> | null | undefined): string | undefined {
  const directory = initializationOptions?.cacheDirectory;
  return typeof directory === 'string' && directory.trim() !== '' ? directory : undefined;
}
