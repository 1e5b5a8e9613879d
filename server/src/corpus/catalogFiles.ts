// The corpus files of a workspace: `newsmark.json` at the root of each folder, read from disk or, while
// open in the editor, from the editor's text (a quick fix edits it there before it is saved). Their
// entities and notEntities together make the catalog the index resolves names by; each file's
// mistakes are kept to be shown on it. After a change the articles' texts must be searched for the
// catalog's names again (`scanForCatalog`).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Catalog, catalogFileName, parseCatalog, type CatalogProblem, type ParsedCatalog } from './catalog';
import type { CorpusIndex } from './corpusIndex';
import { canonicalUri } from './uris';

export interface CatalogFile {
  uri: string;
  text: string;
  problems: CatalogProblem[];
}

/** How the corpus files are read: the file's text, or undefined when there is none (or it cannot be read). */
export type CatalogReader = (uri: string) => Promise<string | undefined>;

export class CatalogFiles {
  private uris: string[];
  private readonly texts = new Map<string, string>();
  private readonly inEditor = new Set<string>();
  private parsed = new Map<string, ParsedCatalog>();

  /**
   * The folders are known before their files are read, so that a corpus file the editor opens at
   * once (one left open in the last session) is taken for what it is, never for an article.
   */
  constructor(
    private readonly index: CorpusIndex,
    private readonly read: CatalogReader,
    folders: string[],
  ) {
    this.uris = catalogUrisOf(folders);
  }

  /** The workspace folders, whose corpus files are read again (but for those open in the editor). */
  async setFolders(folders: string[]): Promise<void> {
    this.uris = catalogUrisOf(folders);
    for (const uri of [...this.texts.keys()]) if (!this.uris.includes(uri)) this.texts.delete(uri);
    for (const uri of this.uris) await this.readFromDisk(uri);
    this.apply();
  }

  isCatalog(uri: string): boolean {
    return this.uris.includes(uri);
  }

  /** The editor's text of a corpus file, saved or not; true when the catalog changed. */
  edited(uri: string, text: string): boolean {
    this.inEditor.add(uri);
    this.texts.set(uri, text);
    return this.apply();
  }

  /** Closed in the editor, or changed on disk: the file is read again (the editor's text wins while open); true when the catalog changed. */
  async reread(uri: string, closed = false): Promise<boolean> {
    if (closed) this.inEditor.delete(uri);
    if (this.inEditor.has(uri)) return false;
    await this.readFromDisk(uri);
    return this.apply();
  }

  /** Each corpus file with its text and mistakes (none for a file that does not exist). */
  files(): CatalogFile[] {
    return this.uris.map((uri) => ({ uri, text: this.texts.get(uri) ?? '', problems: this.parsed.get(uri)?.problems ?? [] }));
  }

  /** The corpus file a change about an article goes to: the one of the article's folder, else the first. */
  fileFor(articleUri: string | undefined): CatalogFile | undefined {
    const files = this.files();
    const folderOf = (uri: string) => uri.slice(0, uri.length - catalogFileName.length);
    return (articleUri && files.find((file) => articleUri.startsWith(folderOf(file.uri)))) || files[0];
  }

  // The editor's text wins over the disk's, even when it came while the disk was read.
  private async readFromDisk(uri: string): Promise<void> {
    if (this.inEditor.has(uri)) return;
    const text = await this.read(uri);
    if (this.inEditor.has(uri)) return;
    if (text === undefined) this.texts.delete(uri);
    else this.texts.set(uri, text);
  }

  // The index takes the catalog only when its meaning changed, not at every keystroke in the file.
  private apply(): boolean {
    this.parsed = new Map(this.uris.map((uri) => [uri, parseCatalog(this.texts.get(uri) ?? '')]));
    const catalog = new Catalog([...this.parsed.values()]);
    if (fingerprint(catalog) === fingerprint(this.index.catalog)) return false;
    this.index.setCatalog(catalog);
    return true;
  }
}

function catalogUrisOf(folders: string[]): string[] {
  return folders.map((folder) => canonicalUri(pathToFileURL(path.join(folder, catalogFileName)).href)).filter((uri) => uri !== undefined);
}

function fingerprint(catalog: Catalog): string {
  return JSON.stringify(catalog.catalogs.map((parsed) => [parsed.entities, parsed.notEntities]));
}

/**
 * Searches the texts of the articles waiting for it for the catalog's names, a slice of time at a
 * time so that requests are answered in between; `stop` ends it early (a newer catalog came).
 */
export async function scanForCatalog(
  index: CorpusIndex,
  readText: (uri: string) => Promise<string | undefined>,
  stop: () => boolean,
  sliceMs = 20,
): Promise<void> {
  let sliceStart = performance.now();
  for (const uri of [...index.unscannedForCatalog()]) {
    if (stop()) return;
    const text = await readText(uri);
    if (text !== undefined) index.scanForCatalog(uri, text);
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
