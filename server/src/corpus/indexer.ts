// Fills the corpus index from the workspace in the background. Articles are analysed in the
// analysis pool, several at once, and inserted in the workspace's order (so the corpus is the same
// whatever the threads), the main thread yielding between time slices so that requests are answered
// while a large corpus is read. Open documents win over the disk (openDocuments.ts). A file whose
// size and modification time the analysis cache knows is not even read, and a cached entry that
// does not check out is dropped and the article analysed again.
import type { AnalysisCache, ArticleStamp } from './analysisCache';
import type { CachedAnalysis } from './analysisCodec';
import type { ArticleAnalysisService } from './analysisPool';
import { decodeArticleAnalysis } from './articleAnalysis';
import type { CorpusIndex } from './corpusIndex';
import type { IndexSnapshotFile } from './indexSnapshotFile';
import type { OpenDocuments } from './openDocuments';
import { adoptSnapshot, snapshotOf } from './snapshotUse';
import type { ArticleWorkspace } from './workspace';

/** How far indexing has got and how large the corpus is. */
export interface IndexerStatus {
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

export interface IndexerListener {
  progress(indexed: number, total: number): void;
  skipped(uri: string, reason: string): void;
}

export interface RebuildOptions {
  /** Forget every cached analysis first, so that every article is analysed again. */
  dropCache?: boolean;
}

/** Where the articles loaded from disk since the last rebuild began came from. */
export interface CacheUse {
  fromCache: number;
  analysed: number;
}

/** What loading one article from disk came to, before it is put in the index. */
type Loaded =
  | { kind: 'cached'; entry: CachedAnalysis }
  | { kind: 'analysed'; bytes: Uint8Array; stamp: ArticleStamp | undefined; text: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'open' };

const timeSliceMs = 20;

export class CorpusIndexer {
  private generation = 0;
  private ready = false;
  private total = 0;
  private indexed = 0;
  private cacheUse: CacheUse = { fromCache: 0, analysed: 0 };
  /** Articles of the last rebuild taken from the index snapshot as they were (counted in `fromCache` too). */
  private fromSnapshot = 0;
  private snapshotWrite: Promise<void> = Promise.resolve();
  /** The catalog version the index was filled under by a rebuild from no file, if it was: the index may then be saved as a snapshot. */
  private snapshotCatalog: number | undefined;
  /** The index version the snapshot on disk holds. */
  private snapshotIndexVersion = -1;
  /** Articles being loaded at once: enough to keep every worker busy and the disk ahead of them. */
  private readonly window: number;

  constructor(
    private readonly index: CorpusIndex,
    private workspace: ArticleWorkspace,
    private readonly cache: AnalysisCache,
    private readonly analysis: ArticleAnalysisService,
    private readonly documents: OpenDocuments,
    /** Where a snapshot of the index is kept beside the cache, if the cache is on disk. */
    private readonly snapshots?: IndexSnapshotFile,
    /** Keep each article read from disk as its cache entry's bytes once counted, decoded when read (see CorpusSettings). */
    private readonly keepArticlesAsEntries = false,
  ) {
    this.window = Math.max(8, analysis.concurrency * 4);
  }

  /** Re-reads the whole workspace; a later call cancels an earlier one still running. */
  async rebuild(listener: IndexerListener, workspace = this.workspace, options: RebuildOptions = {}): Promise<void> {
    const generation = ++this.generation;
    this.workspace = workspace;
    this.ready = false;
    // A snapshot is of the files on disk, without a catalog (which changes mentions): it is taken by an
    // index that holds no file yet, and written by a rebuild that filled such an index.
    const fromNothing = !options.dropCache && this.index.catalog.isEmpty && this.holdsOpenDocumentsOnly();
    const catalogVersion = this.index.catalogVersion;
    this.snapshotCatalog = undefined;
    const snapshotRead = fromNothing ? this.snapshots?.read() : undefined;
    await this.cache.load();
    if (options.dropCache) this.cache.clear();
    const uris = await workspace.findArticles((location, reason) => listener.skipped(location, reason));
    const snapshot = await snapshotRead;
    if (generation !== this.generation) return;
    let adopted: Set<string> | undefined;
    if (snapshot && this.index.catalog.isEmpty && this.holdsOpenDocumentsOnly()) {
      const stamps = new Map<string, ArticleStamp | undefined>();
      for (const uri of uris) stamps.set(uri, await workspace.statArticle(uri));
      if (generation !== this.generation) return;
      if (this.holdsOpenDocumentsOnly()) adopted = adoptSnapshot(this.index, this.cache, snapshot, stamps);
    }
    const current = new Set(uris);
    const gone = this.indexedDiskUris().filter((uri) => !current.has(uri));
    for (const uri of gone) this.index.removeArticle(uri);
    for (const uri of this.cache.uris()) if (!current.has(uri)) this.cache.delete(uri);
    const pending = adopted ? uris.filter((uri) => !adopted?.has(uri)) : uris;
    this.total = uris.length;
    this.indexed = uris.length - pending.length;
    this.cacheUse = { fromCache: this.indexed, analysed: 0 };
    this.fromSnapshot = this.indexed;
    let fromDisk = 0;
    let sliceStart = performance.now();
    const loading: Promise<Loaded>[] = [];
    for (const [position, uri] of pending.entries()) {
      while (loading.length < Math.min(pending.length, position + this.window)) loading.push(this.load(pending[loading.length], listener));
      const loaded = await loading[position];
      if (generation !== this.generation) return;
      if (loaded.kind !== 'open') fromDisk++;
      this.insert(uri, loaded, listener);
      delete loading[position];
      this.indexed++;
      if (performance.now() - sliceStart > timeSliceMs) {
        listener.progress(this.indexed, this.total);
        await new Promise((resolve) => setImmediate(resolve));
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    await this.cache.flush();
    if (generation !== this.generation) return;
    this.ready = true;
    listener.progress(this.indexed, this.total);
    // Written after the index is ready, when it holds other files than the snapshot it came from.
    const asBefore = adopted !== undefined && fromDisk === 0 && gone.length === 0;
    const catalogKept = this.index.catalog.isEmpty && this.index.catalogVersion === catalogVersion;
    if (!fromNothing || !catalogKept) return;
    this.snapshotCatalog = catalogVersion;
    if (asBefore) this.snapshotIndexVersion = this.index.version;
    else this.snapshotWrite = this.writeSnapshot();
  }

  private holdsOpenDocumentsOnly(): boolean {
    for (const article of this.index.allArticles()) if (!this.documents.isOpen(article.uri)) return false;
    return true;
  }

  /** A closed document falls back to its saved state, or leaves the index if it is not a workspace article. */
  async documentClosed(uri: string, listener: IndexerListener): Promise<void> {
    this.documents.closed(uri);
    if (this.workspace.isArticle(uri)) await this.loadOne(uri, listener);
    else this.index.removeArticle(uri);
  }

  async fileChanged(uri: string, listener: IndexerListener): Promise<void> {
    if (this.documents.isOpen(uri) || !this.workspace.isArticle(uri)) return;
    await this.loadOne(uri, listener);
  }

  fileDeleted(uri: string): void {
    this.cache.delete(uri);
    if (!this.documents.isOpen(uri)) this.index.removeArticle(uri);
  }

  status(): IndexerStatus {
    const { articles, entities, mentions } = this.index.stats();
    // Once ready, the articles actually in the corpus: files added since, less binary and unreadable ones,
    // and an open document whose first analysis is still running (the rebuild leaves it to the editor's text).
    const documents = this.ready ? articles + this.documents.awaitingIndex() : this.total;
    return { ready: this.ready, documents, indexed: this.ready ? articles : this.indexed, entities, mentions };
  }

  cacheUseSinceRebuild(): CacheUse {
    return { ...this.cacheUse };
  }

  /** Articles the last rebuild took from the index snapshot as they were. */
  snapshotUseSinceRebuild(): number {
    return this.fromSnapshot;
  }

  // The snapshot is taken now, as the index is; only the writing waits.
  private async writeSnapshot(): Promise<void> {
    this.snapshotIndexVersion = this.index.version;
    const snapshot = this.snapshots && snapshotOf(this.index, this.cache, (uri) => this.documents.isOpen(uri));
    if (snapshot) await this.snapshots?.write(snapshot);
  }

  /** Writes the cache (and the index snapshot being written) now rather than after its quiet time (the server is shutting down). */
  async flushCache(): Promise<void> {
    // Files read again since the snapshot (changed, closed in the editor) are in the cache as they are
    // now: so is the index, which is saved again, or the next start would find the cache changed under
    // the snapshot and read every entry.
    const catalogKept = this.index.catalog.isEmpty && this.index.catalogVersion === this.snapshotCatalog;
    if (catalogKept && this.index.version !== this.snapshotIndexVersion) this.snapshotWrite = this.writeSnapshot();
    await Promise.all([this.cache.flush(), this.snapshotWrite]);
  }

  private async loadOne(uri: string, listener: IndexerListener): Promise<void> {
    this.insert(uri, await this.load(uri, listener), listener);
  }

  // Reads and analyses, off the main thread as far as it goes; nothing here touches the index.
  private async load(uri: string, listener: IndexerListener): Promise<Loaded> {
    // The state is read before the text: if the file changes in between, the entry is stale, not wrong.
    const stamp = await this.workspace.statArticle(uri);
    if (this.documents.isOpen(uri)) return { kind: 'open' };
    const cached = stamp && this.fromCache(uri, stamp, listener);
    if (cached) return { kind: 'cached', entry: cached };
    const read = await this.workspace.readArticle(uri);
    if (this.documents.isOpen(uri)) return { kind: 'open' };
    if (read.kind === 'skipped') return read;
    try {
      return { kind: 'analysed', bytes: await this.analysis.analyse(read.text, 'background', uri), stamp, text: read.text };
    } catch (error) {
      return { kind: 'skipped', reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private fromCache(uri: string, stamp: ArticleStamp, listener: IndexerListener): CachedAnalysis | undefined {
    try {
      return this.cache.get(uri, stamp);
    } catch (error) {
      // A cache that fails on one entry must not stop the rest of the corpus: that article is analysed again.
      this.cache.delete(uri);
      listener.skipped(uri, `cached analysis dropped: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private insert(uri: string, loaded: Loaded, listener: IndexerListener): void {
    // The document may have been opened while the disk was read: the editor's text wins.
    if (loaded.kind === 'open' || this.documents.isOpen(uri)) return;
    if (loaded.kind === 'skipped') {
      this.forget(uri);
      listener.skipped(uri, loaded.reason);
      return;
    }
    try {
      const entry = loaded.kind === 'cached' ? loaded.entry : decodeArticleAnalysis(loaded.bytes);
      const bytes = loaded.kind === 'cached' ? this.cache.storedEntry(uri)?.bytes : loaded.bytes;
      // An article from the cache comes without its text: the catalog's names are looked for in it later.
      const text = loaded.kind === 'analysed' ? loaded.text : undefined;
      if (bytes && this.keepArticlesAsEntries) this.index.setArticleFromEntry(uri, entry, bytes, text);
      else this.index.setAnalyzedArticle(uri, entry.analysis, entry.lineStarts, entry.textLength, entry.mentions, text);
      if (loaded.kind === 'cached') this.cacheUse.fromCache++;
      else {
        this.cacheUse.analysed++;
        if (loaded.stamp) this.cache.setEncoded(uri, loaded.stamp, loaded.bytes);
      }
    } catch (error) {
      // One article the analysis cannot handle must not stop the rest of the corpus.
      this.forget(uri);
      listener.skipped(uri, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private forget(uri: string): void {
    this.index.removeArticle(uri);
    this.cache.delete(uri);
  }

  private indexedDiskUris(): string[] {
    return [...this.index.allArticles()].map((article) => article.uri).filter((uri) => !this.documents.isOpen(uri));
  }
}
