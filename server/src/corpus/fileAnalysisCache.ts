// The analysis cache on disk: one gzipped file per workspace, a header line then one line per
// article (URI, size, modification time, its analysis as compact JSON). It is read once at start
// and written whole, to a temporary file renamed over the old one, so that a crash leaves either
// the old or the new cache, never half of one. A file that does not unzip, or was written for
// another format or analyzer version, is ignored and rewritten at the next flush; a line that does
// not parse is a miss.
// Each entry is kept as its UTF-8 JSON bytes (outside the JS heap), encoded once when the article
// is analysed and parsed only when it is used, so that writing the cache never re-encodes ten
// thousand articles and blocks nothing but one concatenation.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sameStamp, type AnalysisCache, type ArticleStamp } from './analysisCache';
import { decodeCachedAnalysis, encodeCachedAnalysis, type CachedAnalysis } from './analysisCodec';

const cacheFormat = 2;
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
  const key = createHash('sha256')
    .update(JSON.stringify([...folders].sort()))
    .digest('hex')
    .slice(0, 16);
  return path.join(directory, `analysis-${key}.gz`);
}

interface StoredEntry {
  stamp: ArticleStamp;
  json: Buffer;
}

const newline = 0x0a;
const tab = 0x09;

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
    try {
      return decodeCachedAnalysis(JSON.parse(stored.json.toString('utf8')));
    } catch {
      this.delete(uri);
      return undefined;
    }
  }

  set(uri: string, stamp: ArticleStamp, entry: CachedAnalysis): void {
    try {
      this.entries.set(uri, { stamp, json: Buffer.from(JSON.stringify(encodeCachedAnalysis(entry))) });
    } catch (error) {
      // That article is analysed again next time; the others are still worth keeping.
      this.entries.delete(uri);
      this.warn(`analysis of ${uri} not cached: ${error instanceof Error ? error.message : String(error)}`);
    }
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

  private header(): string {
    return JSON.stringify({ format: cacheFormat, analyzer: this.analyzerVersion });
  }

  private async readFile(): Promise<void> {
    let bytes: Buffer;
    const clears = this.clears;
    try {
      bytes = await gunzipAsync(await fs.readFile(this.file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`analysis cache ${this.file} is unreadable and will be rebuilt`);
      return;
    }
    const headerEnd = bytes.indexOf(newline) < 0 ? bytes.length : bytes.indexOf(newline);
    if (clears !== this.clears || bytes.toString('utf8', 0, headerEnd) !== this.header()) return;
    for (let start = headerEnd + 1; start < bytes.length;) {
      const end = bytes.indexOf(newline, start) < 0 ? bytes.length : bytes.indexOf(newline, start);
      this.readEntry(bytes.subarray(start, end));
      start = end + 1;
    }
  }

  // URIs are percent-encoded and JSON escapes its tabs: the first three tabs split the fields.
  private readEntry(line: Buffer): void {
    const uriEnd = line.indexOf(tab);
    const sizeEnd = line.indexOf(tab, uriEnd + 1);
    const mtimeEnd = line.indexOf(tab, sizeEnd + 1);
    if (uriEnd < 0 || sizeEnd < 0 || mtimeEnd < 0) return;
    const uri = line.toString('utf8', 0, uriEnd);
    const stamp = { size: Number(line.toString('latin1', uriEnd + 1, sizeEnd)), mtimeMs: Number(line.toString('latin1', sizeEnd + 1, mtimeEnd)) };
    // Entries set while the file was read are newer than the file.
    if (!Number.isFinite(stamp.size) || !Number.isFinite(stamp.mtimeMs) || this.entries.has(uri)) return;
    this.entries.set(uri, { stamp, json: line.subarray(mtimeEnd + 1) });
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const parts: Buffer[] = [Buffer.from(this.header())];
    for (const [uri, { stamp, json }] of this.entries) parts.push(Buffer.from(`\n${uri}\t${stamp.size}\t${stamp.mtimeMs}\t`), json);
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await fs.writeFile(temporary, await gzipAsync(Buffer.concat(parts), { level: 1 }));
      await fs.rename(temporary, this.file);
    } catch (error) {
      this.warn(`analysis cache ${this.file} could not be written: ${error instanceof Error ? error.message : String(error)}`);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}
