// Analyses kept between runs, so that re-opening a workspace only re-analyses the files that
// changed. An entry is valid for one file state (its size and modification time); the cache as a
// whole is valid for one analyzer version and is dropped whole when models or rules change.
import type { CachedAnalysis } from './analysisCodec';
import { decodeArticleAnalysis } from './articleAnalysis';

export type { CachedAnalysis } from './analysisCodec';

/** A file's state, cheap to read: its size and modification time (or a version for in-memory files). */
export interface ArticleStamp {
  size: number;
  mtimeMs: number;
}

/** A cache entry as bytes, with the file state it is valid for. */
export interface StoredEntry {
  stamp: ArticleStamp;
  bytes: Uint8Array;
}

export interface AnalysisCache {
  /** Reads what a previous run left; later calls return the first call's promise. */
  load(): Promise<void>;
  /** The analysis of the file in exactly this state, if it was cached. */
  get(uri: string, stamp: ArticleStamp): CachedAnalysis | undefined;
  set(uri: string, stamp: ArticleStamp, entry: CachedAnalysis): void;
  /** Keeps an entry already encoded as the cache stores it (articleAnalysis.ts), as an analysis worker sends it. */
  setEncoded(uri: string, stamp: ArticleStamp, bytes: Uint8Array): void;
  /**
   * The entry as the cache keeps it, whatever the file's state: its stamp and its bytes (the form
   * `setEncoded` takes); undefined when the cache keeps no bytes for the URI.
   */
  storedEntry(uri: string): StoredEntry | undefined;
  delete(uri: string): void;
  /** Every URI with an entry, current or stale. */
  uris(): string[];
  clear(): void;
  /** Makes the entries outlive the process; never rejects. */
  flush(): Promise<void>;
}

export function sameStamp(a: ArticleStamp, b: ArticleStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Outlives nothing but a rebuild: what the server uses when the client gave it no cache directory.
 * Entries from the analysis pool stay the bytes they came as until a rebuild asks for them. */
export class MemoryAnalysisCache implements AnalysisCache {
  private readonly entries = new Map<string, { stamp: ArticleStamp; entry: CachedAnalysis | Uint8Array }>();

  async load(): Promise<void> {}

  get(uri: string, stamp: ArticleStamp): CachedAnalysis | undefined {
    const found = this.entries.get(uri);
    if (!found || !sameStamp(found.stamp, stamp)) return undefined;
    if (found.entry instanceof Uint8Array) found.entry = decodeArticleAnalysis(found.entry);
    return found.entry;
  }

  set(uri: string, stamp: ArticleStamp, entry: CachedAnalysis): void {
    this.entries.set(uri, { stamp, entry });
  }

  setEncoded(uri: string, stamp: ArticleStamp, bytes: Uint8Array): void {
    this.entries.set(uri, { stamp, entry: bytes });
  }

  // Entries are kept decoded once read: there are no bytes to give, and no snapshot of an index
  // without a cache file to check it against.
  storedEntry(): StoredEntry | undefined {
    return undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  clear(): void {
    this.entries.clear();
  }

  async flush(): Promise<void> {}
}
