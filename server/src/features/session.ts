// The server's state for one client: the corpus index, the workspace it is read from, and the
// settings that choose the articles. Everything else reads the index through it.
import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../analysis/analyze';
import { MemoryAnalysisCache, type AnalysisCache } from '../corpus/analysisCache';
import { CorpusIndex } from '../corpus/corpusIndex';
import { cacheFileFor, FileAnalysisCache } from '../corpus/fileAnalysisCache';
import { CorpusIndexer } from '../corpus/indexer';
import type { ArticleSelection, ArticleWorkspace } from '../corpus/workspace';
import type { IndexStatus, NewsmarkSettings } from '../protocol';
import {
  articleWatchers,
  cacheVersion,
  sameSelection,
  toAnalysisOptions,
  toArticleSelection,
  toCacheDirectory,
  toEditorOptions,
  type AnalysisOptions,
  type EditorOptions,
} from '../settings';
import { IndexReporter } from './indexing';
import { semanticTokensLegend } from './semanticTokens';
import { fileName } from '../display/labels';

export interface ServerDependencies {
  analyzer: Analyzer;
  createWorkspace(folders: string[], selection: ArticleSelection): ArticleWorkspace;
  /** What cached analyses depend on (package, models, rules); asked only when there is a cache directory. */
  analyzerVersion(): string;
}

export class NewsmarkSession {
  readonly index: CorpusIndex;
  private readonly indexer: CorpusIndexer;
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

  constructor(
    private readonly connection: Connection,
    private readonly dependencies: ServerDependencies,
    params: InitializeParams,
  ) {
    const initial = params.initializationOptions as Partial<NewsmarkSettings> | undefined;
    // Read once, so that cached analyses always match it: VS Code's client restarts the server when it changes.
    const analysis = toAnalysisOptions(initial);
    this.index = new CorpusIndex(analysis.datesFromFileNames ? dependencies.analyzer : (text) => dependencies.analyzer(text));
    this.folders = workspaceFolderPaths(params);
    this.selection = toArticleSelection(initial);
    this.options = toEditorOptions(initial);
    this.canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    this.canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    this.indexer = new CorpusIndexer(
      this.index,
      dependencies.createWorkspace(this.folders, this.selection),
      this.openCache(toCacheDirectory(initial), analysis),
    );
    this.reporter = new IndexReporter(connection, this.indexer, params.capabilities.window?.workDoneProgress === true);
    this.canPullConfiguration = params.capabilities.workspace?.configuration === true;
    this.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
  }

  static capabilities(): InitializeResult['capabilities'] {
    return {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Newsmark' },
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true },
      inlayHintProvider: true,
    };
  }

  async initialized(): Promise<void> {
    if (this.canWatchFiles) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: articleWatchers(this.selection) });
    }
    // Only a client that announced workspace folders may be asked to follow them.
    if (this.canFollowFolders) this.connection.workspace.onDidChangeWorkspaceFolders((change) => void this.workspaceFoldersChanged(change));
    this.connection.onShutdown(() => this.indexer.flushCache());
    await this.pullConfiguration();
    await this.reindex();
  }

  private async workspaceFoldersChanged(change: WorkspaceFoldersChangeEvent): Promise<void> {
    const removed = new Set(
      change.removed
        .map((folder) => folder.uri)
        .filter((uri) => uri.startsWith('file:'))
        .map(folderPath),
    );
    const added = change.added.map((folder) => folder.uri).filter((uri) => uri.startsWith('file:'));
    this.folders = [...this.folders.filter((folder) => !removed.has(folder)), ...added.map(folderPath)];
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
    await this.refreshHints();
  }

  /** The workspace read again, analysing only the articles the cache does not know as they are. */
  private async reindex(): Promise<void> {
    await this.reporter.rebuild(this.dependencies.createWorkspace(this.folders, this.selection));
    await this.refreshHints();
  }

  // Speaker hints name corpus entities, which an article opened before indexing ended could not know yet;
  // the settings choose the hints and the kinds of names coloured.
  private async refreshHints(): Promise<void> {
    if (this.canRefreshHints) await this.connection.languages.inlayHint.refresh();
    if (this.canRefreshTokens) await this.connection.languages.semanticTokens.refresh();
  }

  documentChanged(document: TextDocument): void {
    const text = document.getText();
    if (text.length > this.selection.maxFileBytes) {
      this.indexer.documentTooLarge(document.uri);
      this.warnTooLarge(document.uri);
      return;
    }
    this.indexer.documentChanged(document.uri, text);
  }

  async documentClosed(uri: string): Promise<void> {
    await this.indexer.documentClosed(uri, this.reporter);
    this.reporter.publishStatus();
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) this.indexer.fileDeleted(change.uri);
      else await this.indexer.fileChanged(change.uri, this.reporter);
    }
    this.reporter.publishStatus();
  }

  /** The articles as the settings choose them, to read a text again: the index keeps none. */
  workspace(): ArticleWorkspace {
    return this.dependencies.createWorkspace(this.folders, this.selection);
  }

  status(): IndexStatus {
    return this.indexer.status();
  }

  // The cache file is named after the folders the workspace opened with, and stays for the session.
  private openCache(directory: string | undefined, analysis: AnalysisOptions): AnalysisCache {
    if (!directory) return new MemoryAnalysisCache();
    const warn = (message: string) => this.connection.console.warn(`Newsmark: ${message}`);
    return new FileAnalysisCache(cacheFileFor(directory, this.folders), cacheVersion(this.dependencies.analyzerVersion(), analysis), { warn });
  }

  private async pullConfiguration(): Promise<void> {
    if (!this.canPullConfiguration) return;
    this.applySettings((await this.connection.workspace.getConfiguration('newsmark')) as Partial<NewsmarkSettings> | null);
  }

  private applySettings(settings: Partial<NewsmarkSettings> | null): void {
    this.selection = toArticleSelection(settings);
    this.options = toEditorOptions(settings);
  }

  get editorOptions(): EditorOptions {
    return this.options;
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
  return uris.filter((uri) => uri.startsWith('file:')).map(folderPath);
}

function folderPath(uri: string): string {
  return fileURLToPath(uri);
}
