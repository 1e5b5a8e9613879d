// Fills the corpus index from the workspace in the background, a time slice at a time, so that
// requests on open documents are answered between files. Open documents win over the disk.
import type { CorpusIndex } from './corpusIndex';
import type { ArticleWorkspace } from './workspace';
import type { IndexStatus } from '../protocol';

export interface IndexerListener {
  progress(indexed: number, total: number): void;
  skipped(uri: string, reason: string): void;
}

const timeSliceMs = 20;

export class CorpusIndexer {
  private generation = 0;
  private ready = false;
  private total = 0;
  private indexed = 0;
  private readonly openUris = new Set<string>();

  constructor(
    private readonly index: CorpusIndex,
    private workspace: ArticleWorkspace,
  ) {}

  /** Re-reads the whole workspace; a later call cancels an earlier one still running. */
  async rebuild(listener: IndexerListener, workspace = this.workspace): Promise<void> {
    const generation = ++this.generation;
    this.workspace = workspace;
    this.ready = false;
    const uris = await workspace.findArticles();
    if (generation !== this.generation) return;
    const current = new Set(uris);
    for (const uri of this.indexedDiskUris()) if (!current.has(uri)) this.index.removeArticle(uri);
    this.total = uris.length;
    this.indexed = 0;
    let sliceStart = performance.now();
    for (const uri of uris) {
      if (!this.openUris.has(uri)) await this.loadFromDisk(uri, listener);
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
  }

  /** An open document's text replaces whatever the disk says, at every edit. */
  documentChanged(uri: string, text: string): void {
    this.openUris.add(uri);
    this.index.setArticle(uri, text);
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
    if (!this.openUris.has(uri)) this.index.removeArticle(uri);
  }

  isOpen(uri: string): boolean {
    return this.openUris.has(uri);
  }

  status(): IndexStatus {
    const { articles, entities, mentions } = this.index.stats();
    // Once ready, the articles actually in the corpus: files added since, less binary and unreadable ones.
    return { ready: this.ready, documents: this.ready ? articles : this.total, indexed: this.ready ? articles : this.indexed, entities, mentions };
  }

  private async loadFromDisk(uri: string, listener: IndexerListener): Promise<void> {
    const read = await this.workspace.readArticle(uri);
    // The document may have been opened while the disk was read: the editor's text wins.
    if (this.openUris.has(uri)) return;
    if (read.kind === 'skipped') {
      this.index.removeArticle(uri);
      listener.skipped(uri, read.reason);
      return;
    }
    try {
      this.index.setArticle(uri, read.text);
    } catch (error) {
      // One article the analysis cannot handle must not stop the rest of the corpus.
      this.index.removeArticle(uri);
      listener.skipped(uri, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private indexedDiskUris(): string[] {
    return [...this.index.allArticles()].map((article) => article.uri).filter((uri) => !this.openUris.has(uri));
  }
}
