// Every custom message between the Newsmark client and server. The client imports this file.
import { NotificationType, RequestType, RequestType0, type Location, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol';

/** How far indexing has got and how large the corpus is (the corpus's own `IndexerStatus`, on the wire). */
export interface IndexStatus {
  /** True once every workspace article has been read at least once. */
  ready: boolean;
  /** Articles found in the workspace. */
  documents: number;
  /** Articles read so far in the current pass. */
  indexed: number;
  /** Distinct corpus entities. */
  entities: number;
  /** Entity mentions across the corpus. */
  mentions: number;
}

export const indexStatusRequest = new RequestType0<IndexStatus, void>('newsmark/indexStatus');

/** Sent by the server whenever the index status changes (progress, ready, edits). */
export const indexStatusNotification = new NotificationType<IndexStatus>('newsmark/indexStatusChanged');

/** Drops the index and reads the whole workspace again. */
export const rebuildIndexRequest = new RequestType0<void, void>('newsmark/rebuildIndex');

/** The client command a "Link to…" quick fix runs, with the entity as the Entities view's node. */
export const linkEntityCommand = 'newsmark.entities.link';

/** The client command a quick fix runs to open a corpus file at a range (`uri`, `range`): its first mistake. */
export const openCorpusFileCommand = 'newsmark.openCorpusFile';

/** The corpus file at the root of a workspace folder (the corpus layer's `catalogFileName`; a test checks they agree). */
export const catalogFileName = 'newsmark.json';

/**
 * An `include` glob is relative to each workspace folder; a file watcher's or a document filter's
 * glob is matched against whole paths, so it becomes "anywhere" and the server checks the folder.
 */
export function globAnywhere(glob: string): string {
  return glob.startsWith('**/') ? glob : `**/${glob}`;
}

/** Settings under the `newsmark` section. */
export interface NewsmarkSettings {
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
  /** `enabled: false` turns every hint off, whatever the others say. */
  inlayHints: { enabled: boolean; dates: boolean; quoteSpeakers: boolean };
  /** The entity kinds coloured in the editor, by token type (person, organization, location, misc). */
  highlight: { entities: string[] };
  /** Read when the server starts: an article's date may come from its file's path when its text gives none. */
  articleDate: { fromFileName: boolean };
  /**
   * Only in the initialization options: a folder private to this workspace (VS Code's storageUri)
   * where analyses are kept between runs. Without it they are kept in memory only.
   */
  cacheDirectory?: string;
}

/** PER, ORG, LOC or MISC. */
export type EntityTypeName = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A corpus entity's identifier, `TYPE:key` (e.g. `PER:elena marin ortega`). */
export type EntityIdString = string;

/** One row of the Entities view: an entity with its counts. */
export interface EntityListItem {
  id: EntityIdString;
  name: string;
  type: EntityTypeName;
  /** Every spelling its mentions go by, most frequent first. */
  aliases: string[];
  mentions: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface EntityListParams {
  /** Words that must each begin a word of the entity's name or of one of its spellings (case and accents ignored). */
  filter?: string;
  /** At most this many entities per type (the largest); 1,000 when not given. */
  limitPerType?: number;
}

export interface EntityGroup {
  type: EntityTypeName;
  /** Most mentioned first. */
  entities: EntityListItem[];
  /** Entities of this type that match, of which `entities` holds the first `limitPerType`. */
  total: number;
}

export interface EntityList {
  /** Only the types with entities, in the order PER, ORG, LOC, MISC. */
  groups: EntityGroup[];
}

/** The corpus's entities grouped by type, the largest first. */
export const entityListRequest = new RequestType<EntityListParams, EntityList, void>('newsmark/entities');

export interface EntityParams {
  entity: EntityIdString;
}

export interface EntityArticle {
  uri: string;
  date: string | null;
  title: string | null;
  /** The entity's mentions in the article, in reading order. */
  mentions: { range: Range; text: string }[];
}

export interface EntityQuote {
  uri: string;
  date: string | null;
  range: Range;
  text: string;
  /** The words the attribution names ("Marín", "she"). */
  speaker: string | null;
}

export interface EntityDetails {
  entity: EntityListItem;
  /** The first full-name mention in the earliest article (where Go to Definition lands). */
  mainMention: Location | null;
  /** Earliest article first, undated last. */
  articles: EntityArticle[];
  /** Quotations attributed to it, newest first; null for a place or an other name. */
  quotes: EntityQuote[] | null;
  /** The entity as a row of the CSV export's entities.csv. */
  csvRow: string;
}

/** An entity's articles by date, with its mentions, and its quotations; null for an entity the corpus no longer has. */
export const entityDetailsRequest = new RequestType<EntityParams, EntityDetails | null, void>('newsmark/entityDetails');

export interface TimelineArticle {
  uri: string;
  date: string | null;
  title: string | null;
  /** The entity's first mention in the article. */
  location: Location;
}

export interface TimelineDate {
  location: Location;
  text: string;
  /** TIMEX3 type and value (DATE 2025-11-21, TIME 2025-12-11T10:00, ...). */
  type: string;
  value: string;
}

export interface TimelineMonth {
  /** YYYY-MM, or null for articles without a full date. */
  month: string | null;
  /** The articles dated this month that name the entity, earliest first. */
  articles: TimelineArticle[];
  /** Time expressions whose value falls in this month, found in sentences that name the entity, in date order. */
  dates: TimelineDate[];
}

export interface EntityTimeline {
  /** Earliest month first; the undated articles last. */
  months: TimelineMonth[];
}

/** An entity's timeline, month by month; null for an entity the corpus no longer has. */
export const entityTimelineRequest = new RequestType<EntityParams, EntityTimeline | null, void>('newsmark/entityTimeline');

export type CatalogEditAction = 'setType' | 'notEntity' | 'link' | 'rename';

export interface CatalogEditParams {
  action: CatalogEditAction;
  entity: EntityIdString;
  /** For `setType`. */
  type?: EntityTypeName;
  /** For `link`: the entity this one is another name of. */
  target?: EntityIdString;
  /** For `rename`: the new name (the old one stays as an alias). */
  name?: string;
}

/** A correction of the corpus file (newsmark.json), as the edit to apply; null when there is nothing to change. */
export const catalogEditRequest = new RequestType<CatalogEditParams, WorkspaceEdit | null, void>('newsmark/catalogEdit');

export type ExportFormat = 'jsonl' | 'csv' | 'brat' | 'conll';

export interface ExportCorpusParams {
  format: ExportFormat;
  /** A folder on the server's file system; made if missing. */
  folder: string;
}

export interface ExportCorpusResult {
  articles: number;
  /** How many files were written. */
  files: number;
  /** Paths (in the export) of the articles left out because their text could not be read as indexed. */
  skipped: string[];
}

/** Writes the corpus (every indexed workspace article) in a format to a folder. */
export const exportCorpusRequest = new RequestType<ExportCorpusParams, ExportCorpusResult, void>('newsmark/exportCorpus');
