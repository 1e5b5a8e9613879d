// The analysis cache on disk: one gzipped file per workspace, a header line then one line per
// article (URI, size, modification time, its analysis as compact JSON). It is read once at start
// and written whole, to a temporary file renamed over the old one, so that a crash leaves either
// the old or the new cache, never half of one. A file that does not unzip, or was written for
// another format or analyzer version, is ignored and rewritten at the next flush; an entry that
// does not decode or fails the check (cachedAnalysisCheck.ts) is dropped with a warning, a miss.
// The file is unzipped as a stream that stops past a size limit (a small file can unzip to
// gigabytes) and as soon as its header shows another version. A cache directory that cannot be
// created is reported once, and the cache then lives in memory only.
// Each entry is kept as its UTF-8 JSON bytes (outside the JS heap), encoded once when the article
// is analysed and parsed only when it is used, so that writing the cache never re-encodes ten
// thousand articles and blocks nothing but one concatenation.
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { createGunzip, gzip } from 'node:zlib';
import { sameStamp, type AnalysisCache, type ArticleStamp, type StoredEntry } from './analysisCache';
import { decodeCachedAnalysis, encodeCachedAnalysis, type CachedAnalysis } from './analysisCodec';

const cacheFormat = 3;
const gzipAsync = promisify(gzip);

/** Unzipped, a cache file may grow this many times its size on disk, within these bounds. */
const inflationLimit = { ratio: 20, min: 64 * 1024 * 1024, max: 1024 * 1024 * 1024 };

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

interface KeptEntry {
  stamp: ArticleStamp;
  json: Buffer;
}

const newline = 0x0a;
const tab = 0x09;

export class FileAnalysisCache implements AnalysisCache {
  private readonly entries = new Map<string, KeptEntry>();
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
  private directoryReady: Promise<boolean> | undefined;

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
    this.loading ??= Promise.all([this.readFile(), this.makeDirectory()]).then(() => undefined);
    return this.loading;
  }

  get(uri: string, stamp: ArticleStamp): CachedAnalysis | undefined {
    const stored = this.entries.get(uri);
    if (!stored || !sameStamp(stored.stamp, stamp)) return undefined;
    try {
      return decodeCachedAnalysis(JSON.parse(stored.json.toString('utf8')));
    } catch (error) {
      this.warn(`cached analysis of ${uri} dropped (${error instanceof Error ? error.message : String(error)}); analysing it again`);
      this.delete(uri);
      return undefined;
    }
  }

  set(uri: string, stamp: ArticleStamp, entry: CachedAnalysis): void {
    try {
      this.setEncoded(uri, stamp, Buffer.from(JSON.stringify(encodeCachedAnalysis(entry))));
    } catch (error) {
      // That article is analysed again next time; the others are still worth keeping.
      this.delete(uri);
      this.warn(`analysis of ${uri} not cached: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Keeps an entry already encoded (by an analysis worker) as it is. */
  setEncoded(uri: string, stamp: ArticleStamp, bytes: Uint8Array): void {
    this.entries.set(uri, { stamp, json: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    this.changed();
  }

  storedEntry(uri: string): StoredEntry | undefined {
    const stored = this.entries.get(uri);
    return stored && { stamp: stored.stamp, bytes: stored.json };
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
    let bytes: Buffer | undefined;
    const clears = this.clears;
    try {
      bytes = await this.unzipFile();
    } catch (error) {
      // No file (or no folder) yet is a first run, not a problem; the folder is reported when it cannot be made.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        this.warn(`analysis cache ${this.file} is unreadable (${error instanceof Error ? error.message : String(error)}) and will be rebuilt`);
      return;
    }
    if (!bytes || clears !== this.clears) return;
    const headerEnd = bytes.indexOf(newline) < 0 ? bytes.length : bytes.indexOf(newline);
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

  // The file's content, or undefined when its header shows another format or analyzer version.
  private async unzipFile(): Promise<Buffer | undefined> {
    const { size } = await fs.stat(this.file);
    const limit = Math.min(inflationLimit.max, Math.max(inflationLimit.min, size * inflationLimit.ratio));
    const header = Buffer.from(`${this.header()}\n`);
    const chunks: Buffer[] = [];
    let length = 0;
    const stream = createReadStream(this.file).pipe(createGunzip());
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const checked = Math.min(length, header.length);
        length += chunk.length;
        if (length > limit) throw new Error(`unzips to more than ${Math.round(limit / 1024 / 1024)} MB`);
        chunks.push(chunk);
        const headerPart = chunk.subarray(0, Math.max(0, header.length - checked));
        if (!headerPart.equals(header.subarray(checked, checked + headerPart.length))) return undefined;
      }
    } finally {
      stream.destroy();
    }
    const bytes = Buffer.concat(chunks, length);
    // A file of the header alone (no entries) has no newline after it.
    return length >= header.length - 1 ? bytes : undefined;
  }

  private makeDirectory(): Promise<boolean> {
    this.directoryReady ??= makeDirectory(path.dirname(this.file)).then(
      () => true,
      (error: unknown) => {
        this.warn(
          `analysis cache folder ${path.dirname(this.file)} cannot be created (${error instanceof Error ? error.message : String(error)}); analyses are kept in memory only`,
        );
        return false;
      },
    );
    return this.directoryReady;
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty || !(await this.makeDirectory())) return;
    this.dirty = false;
    const parts: Buffer[] = [Buffer.from(this.header())];
    for (const [uri, { stamp, json }] of this.entries) parts.push(Buffer.from(`\n${uri}\t${stamp.size}\t${stamp.mtimeMs}\t`), json);
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temporary, await gzipAsync(Buffer.concat(parts), { level: 1 }));
      await fs.rename(temporary, this.file);
    } catch (error) {
      this.warn(`analysis cache ${this.file} could not be written: ${error instanceof Error ? error.message : String(error)}`);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}

// A folder and its missing parents, one level at a time: a recursive mkdir under /proc can loop
// for minutes on a path that never comes to exist; this gives up at the first refusal.
async function makeDirectory(directory: string, depth = 0): Promise<void> {
  try {
    await fs.mkdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!(await fs.stat(directory)).isDirectory()) throw new Error(`${directory} is not a folder`, { cause: error });
      return;
    }
    const parent = path.dirname(directory);
    if (code !== 'ENOENT' || parent === directory || depth > 64) throw error;
    await makeDirectory(parent, depth + 1);
    await fs.mkdir(directory);
  }
}
