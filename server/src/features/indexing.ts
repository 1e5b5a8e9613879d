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
  private lastCostMs = 0;

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
    // The last one goes out from `rebuild`, after the log line that says where the analyses came from.
    if (indexed < total) this.publishStatus();
  }

  skipped(uri: string, reason: string): void {
    this.connection.console.log(`Skipped ${uri}: ${reason}`);
  }

  /**
   * A status counts the corpus's entities, which resolves every name changed since the last count
   * (a quarter of a second at 10,000 articles): statuses go out at most once per interval, and
   * counting takes at most a tenth of the main thread's time; one asked for in between is sent when
   * the interval ends, so the last state always reaches the client. The log line that ends a rebuild
   * goes out before the status that says it is ready.
   */
  publishStatus(): void {
    if (this.pending) return;
    // Never counted in the caller's turn: a request that waited for an edit's analysis is answered first.
    const wait = this.lastPublished + Math.max(statusInterval, 10 * this.lastCostMs) - performance.now();
    this.pending = setTimeout(
      () => {
        this.pending = undefined;
        this.publishNow();
      },
      Math.max(0, wait),
    );
  }

  private publishNow(): void {
    const start = performance.now();
    const status = this.indexer.status();
    this.lastPublished = performance.now();
    this.lastCostMs = this.lastPublished - start;
    void this.connection.sendNotification(indexStatusNotification, status);
  }
}
