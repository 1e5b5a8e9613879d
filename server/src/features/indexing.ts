// Keeps the corpus index in step with the workspace and tells the client how far it has got:
// work-done progress while indexing, and `newsmark/indexStatusChanged` for the status bar.
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { CorpusIndexer, IndexerListener, RebuildOptions } from '../corpus/indexer';
import type { ArticleWorkspace } from '../corpus/workspace';
import { indexStatusNotification } from '../protocol';

const statusInterval = 250;

export class IndexReporter implements IndexerListener {
  private reporter: WorkDoneProgressServerReporter | undefined;
  private lastPublished = 0;
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly indexer: CorpusIndexer,
    private readonly supportsProgress: boolean,
  ) {}

  async rebuild(workspace?: ArticleWorkspace, options?: RebuildOptions): Promise<void> {
    this.reporter?.done();
    this.reporter = this.supportsProgress ? await this.connection.window.createWorkDoneProgress() : undefined;
    this.reporter?.begin('Newsmark', 0, 'Indexing articles', false);
    await this.indexer.rebuild(this, workspace, options);
    if (this.indexer.status().ready) {
      const { fromCache, analysed } = this.indexer.cacheUseSinceRebuild();
      this.connection.console.log(`Indexed ${fromCache + analysed} articles: ${fromCache} from the analysis cache, ${analysed} analysed.`);
      this.reporter?.done();
      this.reporter = undefined;
      this.publishStatus();
    }
  }

  progress(indexed: number, total: number): void {
    this.reporter?.report(
      total === 0 ? 100 : Math.round((indexed / total) * 100),
      `Indexing articles ${indexed.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
    );
    // A status counts the corpus's entities, which costs a pass over every name: not at every time slice.
    // The last one goes out from `rebuild`, after the log line that says where the analyses came from.
    const now = performance.now();
    if (indexed < total && now - this.lastPublished >= statusInterval) this.publishStatus();
  }

  skipped(uri: string, reason: string): void {
    this.connection.console.log(`Skipped ${uri}: ${reason}`);
  }

  /** A status after a burst of edits: at most one per interval, the last one always sent. */
  publishStatusSoon(): void {
    if (this.pending) return;
    this.pending = setTimeout(
      () => {
        this.pending = undefined;
        this.publishStatus();
      },
      Math.max(0, this.lastPublished + statusInterval - performance.now()),
    );
  }

  publishStatus(): void {
    this.lastPublished = performance.now();
    void this.connection.sendNotification(indexStatusNotification, this.indexer.status());
  }
}
