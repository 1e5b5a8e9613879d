// The analysis cache on disk: one gzipped JSON file per workspace (quotations and names compress
// about threefold, off the main thread), read once at start and written whole, to a temporary file
// renamed over the old one, so that a crash leaves either the old or the new cache, never half of
// one. A file that does not unzip or parse, or was written for another format or analyzer version,
// is ignored and rewritten at the next flush.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sameStamp, type AnalysisCache, type ArticleStamp } from './analysisCache';
import { decodeCachedAnalysis, encodeCachedAnalysis, type CachedAnalysis } from './analysisCodec';

const cacheFormat = 1;
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export interface FileCacheOptions {
  /** Quiet time after the last change before the cache is written. */
  flushDelayMs?: number;
  /** Longest a change waits to be written while changes keep coming (a long first indexing). */
  maxFlushDelayMs?: number;
  warn?: (message: string) => void;
}

/** The cache file of a set of workspace folders inside a cache directory. */
export function cacheFileFor(directory: string, folders: string[]): string {
  const key = createHash('sha256').update(JSON.stringify([...folders].sort())).digest('hex').slice(0, 16);
  return path.join(directory, `analysis-${key}.json.gz`);
}

interface StoredEntry {
  stamp: ArticleStamp;
  /** Decoded on first use; after that the index and the cache share the same objects. */
  entry?: CachedAnalysis;
  encoded?: unknown;
}

interface CacheFile {
  format: number;
  analyzer: string;
  articles: Record<string, [number, number, unknown]>;
}

export class FileAnalysisCache implements AnalysisCache {
  private readonly entries = new Map<string, StoredEntry>();
  private loading: Promise<void> | undefined;
  private dirty = false;
  /** Counts clears, so that a file still being read when the cache is cleared is not used. */
  private clears = 0;
  private timer: NodeJS.Timeout | undefined;
  private firstUnsavedChange = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly flushDelayMs: number;
  private readonly maxFlushDelayMs: number;
  private readonly warn: (message: string) => void;

  constructor(
    readonly file: string,
    private readonly analyzerVersion: string,
    options: FileCacheOptions = {},
  ) {
    this.flushDelayMs = options.flushDelayMs ?? 2_000;
    this.maxFlushDelayMs = options.maxFlushDelayMs ?? 30_000;
    this.warn = options.warn ?? (() => undefined);
  }

  load(): Promise<void> {
    this.loading ??= this.readFile();
    return this.loading;
  }

  get(uri: string, stamp: ArticleStamp): CachedAnalysis | undefined {
    const stored = this.entries.get(uri);
    if (!stored || !sameStamp(stored.stamp, stamp)) return undefined;
    if (!stored.entry) {
      try {
        stored.entry = decodeCachedAnalysis(stored.encoded);
        stored.encoded = undefined;
      } catch {
        this.delete(uri);
        return undefined;
      }
    }
    return stored.entry;
  }

  set(uri: string, stamp: ArticleStamp, entry: CachedAnalysis): void {
    this.entries.set(uri, { stamp, entry });
    this.changed();
  }

  delete(uri: string): void {
    if (this.entries.delete(uri)) this.changed();
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  clear(): void {
    this.clears++;
    this.entries.clear();
    this.changed();
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // One write at a time: the second waits for the first and then writes the newest state.
    this.writing = this.writing.then(() => this.writeIfDirty());
    return this.writing;
  }

  private changed(): void {
    const now = Date.now();
    if (!this.dirty) this.firstUnsavedChange = now;
    this.dirty = true;
    clearTimeout(this.timer);
    const delay = Math.max(0, Math.min(this.flushDelayMs, this.firstUnsavedChange + this.maxFlushDelayMs - now));
    this.timer = setTimeout(() => void this.flush(), delay);
    // A pending write must not keep a command-line run alive; it flushes explicitly.
    this.timer.unref();
  }

  private async readFile(): Promise<void> {
    let parsed: CacheFile;
    const clears = this.clears;
    try {
      parsed = JSON.parse((await gunzipAsync(await fs.readFile(this.file))).toString('utf8')) as CacheFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`analysis cache ${this.file} is unreadable and will be rebuilt`);
      return;
    }
    if (clears !== this.clears || parsed?.format !== cacheFormat || parsed.analyzer !== this.analyzerVersion || typeof parsed.articles !== 'object' || parsed.articles === null) return;
    for (const [uri, stored] of Object.entries(parsed.articles)) {
      // Entries set while the file was read are newer than the file.
      if (!Array.isArray(stored) || this.entries.has(uri)) continue;
      const [size, mtimeMs, encoded] = stored;
      if (typeof size === 'number' && typeof mtimeMs === 'number') this.entries.set(uri, { stamp: { size, mtimeMs }, encoded });
    }
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const articles: CacheFile['articles'] = {};
    for (const [uri, stored] of this.entries) {
      try {
        articles[uri] = [stored.stamp.size, stored.stamp.mtimeMs, stored.entry ? encodeCachedAnalysis(stored.entry) : stored.encoded];
      } catch (error) {
        // That article is analysed again next time; the others are still worth keeping.
        this.warn(`analysis of ${uri} not cached: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const contents: CacheFile = { format: cacheFormat, analyzer: this.analyzerVersion, articles };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(temporary, await gzipAsync(JSON.stringify(contents), { level: 1 }));
      await fs.rename(temporary, this.file);
    } catch (error) {
      this.warn(`analysis cache ${this.file} could not be written: ${error instanceof Error ? error.message : String(error)}`);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}
