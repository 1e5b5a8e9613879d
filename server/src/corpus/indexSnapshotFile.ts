// The index snapshot on disk, beside the analysis cache it refers to: a header line (format,
// analyzer version, digest of the body) then the body (indexSnapshot.ts). It is written whole to a
// temporary file renamed over the old one, so that a crash leaves the old snapshot or the new one;
// a file of another format or analyzer version is ignored, and one whose body does not match its
// digest or does not decode is reported and ignored: the index is then built from the cache.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { deserializeSnapshot, serializeSnapshot, type IndexSnapshot } from './indexSnapshot';

const snapshotFormat = 1;
/** Larger than any snapshot of a million articles; a file past it is not read at all. */
const sizeLimit = 2 * 1024 * 1024 * 1024;
const newline = 0x0a;

/** The snapshot of the index built from a cache file. */
export function snapshotFileFor(cacheFile: string): string {
  return `${cacheFile.replace(/\.gz$/u, '')}.index`;
}

interface SnapshotHeader {
  format: number;
  analyzer: string;
  sha256: string;
}

export class IndexSnapshotFile {
  constructor(
    readonly file: string,
    private readonly analyzerVersion: string,
    private readonly warn: (message: string) => void,
  ) {}

  /** The snapshot, or undefined when there is none of this analyzer version or it does not check out. */
  async read(): Promise<IndexSnapshot | undefined> {
    let bytes: Buffer;
    try {
      const { size } = await fs.stat(this.file);
      if (size > sizeLimit) return this.ignored(`larger than ${sizeLimit / 1024 / 1024} MB`);
      bytes = await fs.readFile(this.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : this.ignored(describe(error));
    }
    const headerEnd = bytes.indexOf(newline);
    let header: Partial<SnapshotHeader>;
    try {
      header = JSON.parse(bytes.toString('utf8', 0, Math.max(0, headerEnd))) as Partial<SnapshotHeader>;
    } catch {
      return this.ignored('no header');
    }
    if (header.format !== snapshotFormat || header.analyzer !== this.analyzerVersion) return undefined;
    const body = bytes.subarray(headerEnd + 1);
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) return this.ignored('its content does not match its digest');
    try {
      return deserializeSnapshot(body);
    } catch (error) {
      return this.ignored(describe(error));
    }
  }

  /** Never rejects: without a snapshot, the next start builds the index from the cache. */
  async write(snapshot: IndexSnapshot): Promise<void> {
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      const body = serializeSnapshot(snapshot);
      const header: SnapshotHeader = { format: snapshotFormat, analyzer: this.analyzerVersion, sha256: createHash('sha256').update(body).digest('hex') };
      await fs.writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
      await fs.rename(temporary, this.file);
    } catch (error) {
      this.warn(`index snapshot ${this.file} could not be written: ${describe(error)}`);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  private ignored(reason: string): undefined {
    this.warn(`index snapshot ${this.file} ignored (${reason}); the index is built from the analysis cache`);
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
