// Every LSP feature the server offers: the capability it declares, beside the handler that serves it.
// Each handler is a line or two over a feature module; the session host gives it the session, the
// canonical URI and the document's newest analysis.
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  catalogEditRequest,
  entityDetailsRequest,
  entityListRequest,
  entityTimelineRequest,
  exportCorpusRequest,
  indexStatusRequest,
  linkEntityCommand,
  openCorpusFileCommand,
  rebuildIndexRequest,
} from '../protocol';
import { catalogCodeActions, catalogEditOfEntity, prepareEntityRename, renameEntity } from './catalogActions';
import { entityDetails, entityList, entityTimelineOf, exportCorpus } from './entitiesView';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { definition, documentHighlights, references } from './navigation';
import { documentSemanticTokens, semanticTokensLegend } from './semanticTokens';
import type { SessionHost } from './sessionHost';
import { documentSymbols, workspaceSymbols } from './symbols';

export interface Feature {
  capabilities: ServerCapabilities;
  register(connection: Connection, host: SessionHost): void;
}

const emptyStatus = { ready: false, documents: 0, indexed: 0, entities: 0, mentions: 0 };

export const features: Feature[] = [
  {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    register(connection, host) {
      const documents = new TextDocuments(TextDocument);
      documents.onDidChangeContent(({ document }) => host.with(undefined, (s) => s.documentChanged(document.uri, document.getText())));
      documents.onDidClose(({ document }) => host.with(undefined, (s) => void s.documentClosed(document.uri)));
      documents.listen(connection);
    },
  },
  {
    capabilities: {},
    register(connection, host) {
      connection.onInitialized(() => host.with(undefined, (s) => void s.initialized()));
      connection.onShutdown(() => host.with(Promise.resolve(), (s) => s.shutdown()));
      connection.onDidChangeConfiguration((change) => host.with(undefined, (s) => void s.configurationChanged(change.settings)));
      connection.onDidChangeWatchedFiles((change) => host.with(undefined, (s) => void s.watchedFilesChanged(change.changes)));
      connection.onRequest(indexStatusRequest, () => host.with(emptyStatus, (s) => s.status()));
      connection.onRequest(rebuildIndexRequest, () => host.with(undefined, (s) => s.rebuild()));
    },
  },
  {
    // The Entities view of the client: no capability, custom requests.
    capabilities: {},
    register(connection, host) {
      connection.onRequest(entityListRequest, (params) => host.with({ groups: [] }, (s) => entityList(s.index, params)));
      connection.onRequest(entityDetailsRequest, ({ entity }) => host.with(null, (s) => entityDetails(s.index, entity)));
      connection.onRequest(entityTimelineRequest, ({ entity }) => host.with(Promise.resolve(null), (s) => entityTimelineOf(s.index, entity, s.workspace())));
      connection.onRequest(exportCorpusRequest, (params) =>
        host.with(Promise.resolve({ articles: 0, files: 0, skipped: [] }), (s) => exportCorpus(s.index, params, s.workspace())),
      );
    },
  },
  {
    // The session follows folder changes once initialized, if the client announced workspace folders.
    capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
    register: () => undefined,
  },
  {
    capabilities: { semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true } },
    register(connection, host) {
      connection.languages.semanticTokens.on(({ textDocument }, token) =>
        host.onDocument(textDocument.uri, token, { data: [] }, (s, uri) =>
          documentSemanticTokens(s.index, uri, undefined, s.editorOptions.highlightedEntities),
        ),
      );
      connection.languages.semanticTokens.onRange(({ textDocument, range }, token) =>
        host.onDocument(textDocument.uri, token, { data: [] }, (s, uri) => documentSemanticTokens(s.index, uri, range, s.editorOptions.highlightedEntities)),
      );
    },
  },
  {
    capabilities: { hoverProvider: true },
    register(connection, host) {
      connection.onHover(({ textDocument, position }, token) => host.onDocument(textDocument.uri, token, null, (s, uri) => hover(s.index, uri, position)));
    },
  },
  {
    capabilities: { definitionProvider: true },
    register(connection, host) {
      connection.onDefinition(({ textDocument, position }, token) =>
        host.onDocument(textDocument.uri, token, null, (s, uri) => definition(s.index, uri, position)),
      );
    },
  },
  {
    capabilities: { referencesProvider: true },
    register(connection, host) {
      connection.onReferences(({ textDocument, position, context }, token) =>
        host.onDocument(textDocument.uri, token, [], (s, uri) => references(s.index, uri, position, context.includeDeclaration, token)),
      );
    },
  },
  {
    capabilities: { documentHighlightProvider: true },
    register(connection, host) {
      connection.onDocumentHighlight(({ textDocument, position }, token) =>
        host.onDocument(textDocument.uri, token, [], (s, uri) => documentHighlights(s.index, uri, position)),
      );
    },
  },
  {
    capabilities: { documentSymbolProvider: { label: 'Newsmark' } },
    register(connection, host) {
      connection.onDocumentSymbol(({ textDocument }, token) => host.onDocument(textDocument.uri, token, [], (s, uri) => documentSymbols(s.index, uri)));
    },
  },
  {
    capabilities: { workspaceSymbolProvider: true },
    register(connection, host) {
      connection.onWorkspaceSymbol(({ query }, token) => host.with(Promise.resolve([]), (s) => s.answering(() => workspaceSymbols(s.index, query, token))));
    },
  },
  {
    capabilities: { inlayHintProvider: true },
    register(connection, host) {
      connection.languages.inlayHint.on(({ textDocument, range }, token) =>
        host.onDocument(textDocument.uri, token, [], (s, uri) => inlayHints(s.index, uri, range, s.editorOptions)),
      );
    },
  },
  {
    capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
    register(connection, host) {
      connection.onCodeAction(({ textDocument, range }, token) =>
        host.onDocument(textDocument.uri, token, [], (s, uri) =>
          catalogCodeActions(s.index, s.catalogs.fileFor(uri), uri, range, s.textIn(uri, range), {
            link: linkEntityCommand,
            openCorpusFile: openCorpusFileCommand,
          }),
        ),
      );
    },
  },
  {
    capabilities: { renameProvider: { prepareProvider: true } },
    register(connection, host) {
      connection.onPrepareRename(({ textDocument, position }, token) =>
        host.onDocument(textDocument.uri, token, null, (s, uri) => prepareEntityRename(s.index, uri, position)),
      );
      connection.onRenameRequest(({ textDocument, position, newName }, token) =>
        host.onDocument(textDocument.uri, token, null, (s, uri) => renameEntity(s.index, s.catalogs.fileFor(uri), uri, position, newName)),
      );
    },
  },
  {
    capabilities: {},
    register(connection, host) {
      connection.onRequest(catalogEditRequest, (params) => host.with(null, (s) => catalogEditOfEntity(s.index, s.catalogs.fileFor(undefined), params)));
    },
  },
];

/** The capabilities of every feature, merged into what `initialize` answers. */
export function serverCapabilities(): ServerCapabilities {
  return Object.assign({}, ...features.map((feature) => feature.capabilities)) as ServerCapabilities;
}
