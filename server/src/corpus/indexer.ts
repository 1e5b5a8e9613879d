// Fills the corpus index from the workspace in the background, a time slice at a time, so that
// requests on open documents are answered between files. Open documents win over the disk. A file
// whose size and modification time the analysis cache knows is not even read.
import { MemoryAnalysisCache, type AnalysisCache, type ArticleStamp } from './analysisCache';
import type { CorpusIndex } from './corpusIndex';
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

const timeSliceMs = 20;
const statsAhead = 32;

export class CorpusIndexer {
  private generation = 0;
  private ready = false;
  private total = 0;
  private indexed = 0;
  private cacheUse: CacheUse = { fromCache: 0, analysed: 0 };
  private readonly openUris = new Set<string>();

  constructor(
    private readonly index: CorpusIndex,
    private workspace: ArticleWorkspace,
    private readonly cache: AnalysisCache = new MemoryAnalysisCache(),
  ) {}

  /** Re-reads the whole workspace; a later call cancels an earlier one still running. */
  async rebuild(listener: IndexerListener, workspace = this.workspace, options: RebuildOptions = {}): Promise<void> {
    const generation = ++this.generation;
    this.workspace = workspace;
    this.ready = false;
    await this.cache.load();
    if (options.dropCache) this.cache.clear();
    const uris = await workspace.findArticles();
    if (generation !== this.generation) return;
    const current = new Set(uris);
    for (const uri of this.indexedDiskUris()) if (!current.has(uri)) this.index.removeArticle(uri);
    for (const uri of this.cache.uris()) if (!current.has(uri)) this.cache.delete(uri);
    this.total = uris.length;
    this.indexed = 0;
    this.cacheUse = { fromCache: 0, analysed: 0 };
    let sliceStart = performance.now();
    // Files are stat'ed a few ahead, so that the disk works while cached articles are indexed.
    const stamps: Promise<ArticleStamp | undefined>[] = [];
    for (const [position, uri] of uris.entries()) {
      while (stamps.length < Math.min(uris.length, position + statsAhead)) stamps.push(workspace.statArticle(uris[stamps.length]));
      if (!this.openUris.has(uri)) await this.loadFromDisk(uri, listener, stamps[position]);
      if (generation !== this.generation) return;
      this.indexed++;
      if (performance.now() - sliceStart > timeSliceMs) {
        listener.progress(this.indexed, this.total);
        await new Promise((resolve) => setImmediate(resolve));
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    this.ready = true;
    listener.progress(this.indexed, this.total);
    await this.cache.flush();
  }

  /** An open document's text replaces whatever the disk says, at every edit. */
  documentChanged(uri: string, text: string): void {
    this.openUris.add(uri);
    this.index.setArticle(uri, text);
  }

  /** An open document too large to analyse: whatever was known of an earlier, smaller text is dropped. */
  documentTooLarge(uri: string): void {
    this.openUris.add(uri);
    this.index.removeArticle(uri);
  }

  /** A closed document falls back to its saved state, or leaves the index if it is not a workspace article. */
  async documentClosed(uri: string, listener: IndexerListener): Promise<void> {
    this.openUris.delete(uri);
    if (this.workspace.isArticle(uri)) await this.loadFromDisk(uri, listener);
    else this.index.removeArticle(uri);
  }

  async fileChanged(uri: string, listener: IndexerListener): Promise<void> {
    if (this.openUris.has(uri) || !this.workspace.isArticle(uri)) return;
    await this.loadFromDisk(uri, listener);
  }

  fileDeleted(uri: string): void {
    this.cache.delete(uri);
    if (!this.openUris.has(uri)) this.index.removeArticle(uri);
  }

  status(): IndexerStatus {
    const { articles, entities, mentions } = this.index.stats();
    // Once ready, the articles actually in the corpus: files added since, less binary and unreadable ones.
    return { ready: this.ready, documents: this.ready ? articles : this.total, indexed: this.ready ? articles : this.indexed, entities, mentions };
  }

  cacheUseSinceRebuild(): CacheUse {
    return { ...this.cacheUse };
  }

  /** Writes the cache now rather than after its quiet time (the server is shutting down). */
  flushCache(): Promise<void> {
    return this.cache.flush();
  }

  private async loadFromDisk(uri: string, listener: IndexerListener, statted = this.workspace.statArticle(uri)): Promise<void> {
    // The state is read before the text: if the file changes in between, the entry is stale, not wrong.
    const stamp = await statted;
    // The document may have been opened while the disk was read: the editor's text wins.
    if (this.openUris.has(uri)) return;
    const cached = stamp && this.cache.get(uri, stamp);
    if (cached) {
      this.index.setAnalyzedArticle(uri, cached.analysis, cached.lineStarts, cached.textLength, cached.mentions);
      this.cacheUse.fromCache++;
      return;
    }
    const read = await this.workspace.readArticle(uri);
    if (this.openUris.has(uri)) return;
    if (read.kind === 'skipped') {
      this.forget(uri);
      listener.skipped(uri, read.reason);
      return;
    }
    try {
      const article = this.index.setArticle(uri, read.text);
      this.cacheUse.analysed++;
      if (stamp)
        this.cache.set(uri, stamp, { analysis: article.analysis, mentions: article.mentions, lineStarts: article.lineStarts, textLength: article.textLength });
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
    return [...this.index.allArticles()].map((article) => article.uri).filter((uri) => !this.openUris.has(uri));
  }
}
