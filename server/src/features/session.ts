// The server's state for one client: the corpus (built by corpusFactory.ts, as the CLI builds it),
// the workspace folders and the settings that choose the articles. Every URI that comes in from
// the client is made canonical before it reaches the corpus (corpus/uris.ts).
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type Range,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { Analyzer } from '../analysis/analyze';
import type { ArticleAnalysisService } from '../corpus/analysisPool';
import { CatalogFiles, scanForCatalog } from '../corpus/catalogFiles';
import { createCorpus, type Corpus } from '../corpus/corpusFactory';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { computeLineStarts, offsetToPosition, positionToOffset } from '../corpus/lines';
import { canonicalUri, filePathOf } from '../corpus/uris';
import type { ArticleSelection, ArticleWorkspace } from '../corpus/workspace';
import { fileName } from '../display/labels';
import type { IndexStatus, NewsmarkSettings } from '../protocol';
import {
  articleWatchers,
  cacheVersion,
  sameSelection,
  toAnalysisOptions,
  toArticleSelection,
  toCacheDirectory,
  toEditorOptions,
  type EditorOptions,
} from '../settings';
import { CardWarmer } from './cardWarmer';
import { IndexReporter } from './indexing';

export interface ServerDependencies {
  /** Only for `CorpusIndex.setArticle`; the server analyses in `analysis`. */
  analyzer: Analyzer;
  analysis: ArticleAnalysisService;
  createWorkspace(folders: string[], selection: ArticleSelection): ArticleWorkspace;
  /** What cached analyses depend on (package, models, rules); asked only when there is a cache directory. */
  analyzerVersion(): string;
}

export class NewsmarkSession {
  private readonly corpus: Corpus;
  private readonly reporter: IndexReporter;
  private folders: string[];
  private selection: ArticleSelection;
  private options: EditorOptions;
  private readonly canPullConfiguration: boolean;
  private readonly canWatchFiles: boolean;
  private readonly canFollowFolders: boolean;
  private readonly canRefreshHints: boolean;
  private readonly canRefreshTokens: boolean;
  private readonly tooLargeWarned = new Set<string>();
  readonly catalogs: CatalogFiles;
  private readonly warmer: CardWarmer;
  private requestsAnswering = 0;
  private lastAnswered = -Infinity;
  private catalogGeneration = 0;

  constructor(
    private readonly connection: Connection,
    private readonly dependencies: ServerDependencies,
    params: InitializeParams,
  ) {
    this.folders = workspaceFolderPaths(params);
    const initial = params.initializationOptions as Partial<NewsmarkSettings> | undefined;
    this.selection = toArticleSelection(initial);
    this.options = toEditorOptions(initial);
    const workspace = params.capabilities.workspace;
    this.canRefreshHints = workspace?.inlayHint?.refreshSupport === true;
    this.canRefreshTokens = workspace?.semanticTokens?.refreshSupport === true;
    this.canPullConfiguration = workspace?.configuration === true;
    this.canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.canFollowFolders = workspace?.workspaceFolders === true;
    const warn = (message: string) => connection.console.warn(`Newsmark: ${message}`);
    // Read once, so that cached analyses always match it: VS Code's client restarts the server when it changes.
    const analysis = toAnalysisOptions(initial);
    this.corpus = createCorpus(
      { folders: this.folders, selection: this.selection, cacheDirectory: toCacheDirectory(initial), datesFromFileNames: analysis.datesFromFileNames },
      { ...dependencies, analyzerVersion: () => cacheVersion(dependencies.analyzerVersion(), analysis), warn },
      { updated: () => this.documentUpdated() },
    );
    this.reporter = new IndexReporter(connection, this.corpus.indexer, params.capabilities.window?.workDoneProgress === true);
    this.catalogs = new CatalogFiles(this.corpus.index, (uri) => this.readText(uri), this.folders);
    this.warmer = new CardWarmer(
      this.corpus.index,
      () => this.requestsAnswering > 0,
      () => performance.now() - this.lastAnswered,
    );
  }

  get index(): CorpusIndex {
    return this.corpus.index;
  }

  /** Answers a request, which the card warmer gives way to until it is answered (and its last steps a moment after). */
  async answering<T>(answer: () => T | Promise<T>): Promise<T> {
    this.requestsAnswering++;
    try {
      return await answer();
    } finally {
      this.requestsAnswering--;
      this.lastAnswered = performance.now();
    }
  }

  get editorOptions(): EditorOptions {
    return this.options;
  }

  /** Resolves once the index holds what a request on this document should see (see openDocuments.ts). */
  articleReady(uri: string): Promise<void> {
    return this.corpus.documents.ready(uri);
  }

  async initialized(): Promise<void> {
    if (this.canWatchFiles) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: articleWatchers(this.selection) });
    }
    // Only a client that announced workspace folders may be asked to follow them.
    if (this.canFollowFolders) this.connection.workspace.onDidChangeWorkspaceFolders((change) => void this.workspaceFoldersChanged(change));
    await this.pullConfiguration();
    await this.catalogs.setFolders(this.folders);
    this.publishCatalogProblems();
    await this.reindex();
  }

  /** The cache written now, and the analysis workers stopped. */
  async shutdown(): Promise<void> {
    this.warmer.dispose();
    await this.corpus.indexer.flushCache();
    await this.dependencies.analysis.close();
  }

  private async workspaceFoldersChanged(change: WorkspaceFoldersChangeEvent): Promise<void> {
    const removed = new Set(change.removed.map((folder) => filePathOf(folder.uri)).filter((folder) => folder !== undefined));
    const added = change.added.map((folder) => filePathOf(folder.uri)).filter((folder) => folder !== undefined);
    this.folders = [...this.folders.filter((folder) => !removed.has(folder)), ...added];
    await this.catalogs.setFolders(this.folders);
    this.publishCatalogProblems();
    await this.reindex();
  }

  async configurationChanged(pushed: unknown): Promise<void> {
    const before = this.selection;
    const section = (pushed as { newsmark?: Partial<NewsmarkSettings> } | null)?.newsmark;
    if (this.canPullConfiguration) await this.pullConfiguration();
    else if (section) this.applySettings(section);
    if (!sameSelection(before, this.selection)) await this.reindex();
    else await this.refreshHints();
  }

  /** "Newsmark: Rebuild Index": every article analysed again, whatever the cache holds. */
  async rebuild(): Promise<void> {
    await this.reporter.rebuild(this.dependencies.createWorkspace(this.folders, this.selection), { dropCache: true });
    await this.scanForCatalog();
  }

  /** The workspace read again, analysing only the articles the cache does not know as they are. */
  private async reindex(): Promise<void> {
    await this.reporter.rebuild(this.dependencies.createWorkspace(this.folders, this.selection));
    await this.scanForCatalog();
  }

  // Articles from the cache, or all after the catalog changed, are searched for the catalog's names,
  // then every editor draws its colours and hints again. A newer catalog stops an older search.
  private async scanForCatalog(): Promise<void> {
    const generation = ++this.catalogGeneration;
    await scanForCatalog(
      this.corpus.index,
      (uri) => this.readText(uri),
      () => generation !== this.catalogGeneration,
    );
    if (generation !== this.catalogGeneration) return;
    this.reporter.publishStatus();
    this.warmer.schedule('corpus');
    await this.refreshHints();
  }

  // Names resolve by a new catalog at once; the texts are then searched for its names.
  private async catalogChanged(changed: boolean): Promise<void> {
    this.publishCatalogProblems();
    if (!changed) return;
    this.reporter.publishStatus();
    await this.refreshHints();
    await this.scanForCatalog();
  }

  private publishCatalogProblems(): void {
    for (const file of this.catalogs.files()) {
      const lineStarts = computeLineStarts(file.text);
      const diagnostics = file.problems.map((problem) => ({
        range: { start: offsetToPosition(lineStarts, problem.start), end: offsetToPosition(lineStarts, problem.end) },
        message: problem.message,
        severity: DiagnosticSeverity.Error,
        source: 'newsmark',
      }));
      void this.connection.sendDiagnostics({ uri: file.uri, diagnostics });
    }
  }

  /** The text an editor shows in a range of an open article (a selection to mark as an entity). */
  textIn(uri: string, range: Range): string {
    const text = this.corpus.documents.textOf(uri);
    const article = this.index.article(uri);
    if (text === undefined || !article || article.textLength !== text.length) return '';
    return text.slice(positionToOffset(article.lineStarts, range.start, text.length), positionToOffset(article.lineStarts, range.end, text.length));
  }

  /** An article's text or a corpus file's, from the editor when open, else from disk. */
  private async readText(uri: string): Promise<string | undefined> {
    const open = this.corpus.documents.textOf(uri);
    if (open !== undefined) return open;
    const read = await this.dependencies.createWorkspace(this.folders, this.selection).readArticle(uri);
    return read.kind === 'text' ? read.text : undefined;
  }

  // Speaker hints name corpus entities, which an article opened before indexing ended could not know yet;
  // the settings choose the hints and the kinds of names coloured.
  private async refreshHints(): Promise<void> {
    if (this.canRefreshHints) await this.connection.languages.inlayHint.refresh();
    if (this.canRefreshTokens) await this.connection.languages.semanticTokens.refresh();
  }

  documentChanged(clientUri: string, text: string): void {
    const uri = canonicalUri(clientUri);
    if (uri === undefined) return;
    if (this.catalogs.isCatalog(uri)) {
      void this.catalogChanged(this.catalogs.edited(uri, text));
      return;
    }
    if (text.length > this.selection.maxFileBytes) {
      this.corpus.documents.tooLarge(uri);
      this.warnTooLarge(uri);
      return;
    }
    this.corpus.documents.changed(uri, text);
  }

  async documentClosed(clientUri: string): Promise<void> {
    const uri = canonicalUri(clientUri);
    if (uri === undefined) return;
    if (this.catalogs.isCatalog(uri)) {
      await this.catalogChanged(await this.catalogs.reread(uri, true));
      return;
    }
    await this.corpus.indexer.documentClosed(uri, this.reporter);
    this.reporter.publishStatus();
  }

  /** Each event on its own: one URI that names no file must not drop the rest of the batch. */
  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      if (uri === undefined) {
        this.reporter.skipped(change.uri, 'not a file URI');
        continue;
      }
      try {
        if (this.catalogs.isCatalog(uri)) await this.catalogChanged(await this.catalogs.reread(uri));
        else if (change.type === FileChangeType.Deleted) this.corpus.indexer.fileDeleted(uri);
        else await this.corpus.indexer.fileChanged(uri, this.reporter);
      } catch (error) {
        this.reporter.skipped(uri, error instanceof Error ? error.message : String(error));
      }
    }
    this.reporter.publishStatus();
    this.warmer.schedule('corpus');
  }

  /** The articles as the settings choose them, to read a text again: the index keeps none. */
  workspace(): ArticleWorkspace {
    return this.dependencies.createWorkspace(this.folders, this.selection);
  }

  status(): IndexStatus {
    return this.corpus.indexer.status();
  }

  // A fresh analysis may replace one carried over an edit, after the editor drew its colours.
  private documentUpdated(): void {
    this.reporter.publishStatus();
    this.warmer.schedule('edit');
    if (this.canRefreshTokens) void this.connection.languages.semanticTokens.refresh();
  }

  private async pullConfiguration(): Promise<void> {
    if (!this.canPullConfiguration) return;
    this.applySettings((await this.connection.workspace.getConfiguration('newsmark')) as Partial<NewsmarkSettings> | null);
  }

  private applySettings(settings: Partial<NewsmarkSettings> | null): void {
    this.selection = toArticleSelection(settings);
    this.options = toEditorOptions(settings);
  }

  private warnTooLarge(uri: string): void {
    if (this.tooLargeWarned.has(uri)) return;
    this.tooLargeWarned.add(uri);
    const limit = Math.round(this.selection.maxFileBytes / 1024);
    void this.connection.window.showInformationMessage(`Newsmark: ${fileName(uri)} is larger than newsmark.maxFileSizeKB (${limit} KB) and is not analysed.`);
  }
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(filePathOf).filter((folder) => folder !== undefined);
}
