// Every custom message between the Newsmark client and server. The client imports this file.
import { NotificationType, RequestType0 } from 'vscode-languageserver-protocol';

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
