// Wires the LSP connection to the Newsmark session and its features. No logic lives here.
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { definition, documentHighlights, references } from './features/navigation';
import { documentSemanticTokens } from './features/semanticTokens';
import { NewsmarkSession, type ServerDependencies } from './features/session';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { entityDetails, entityList, entityTimelineOf, exportCorpus } from './features/entitiesView';
import { entityDetailsRequest, entityListRequest, entityTimelineRequest, exportCorpusRequest, indexStatusRequest, rebuildIndexRequest } from './protocol';

export type { ServerDependencies };

export function startServer(connection: Connection, dependencies: ServerDependencies): void {
  const documents = new TextDocuments(TextDocument);
  let session: NewsmarkSession | undefined;
  const withSession = <T>(fallback: T, handler: (session: NewsmarkSession) => T): T => (session ? handler(session) : fallback);

  connection.onInitialize((params) => {
    session = new NewsmarkSession(connection, dependencies, params);
    return { capabilities: NewsmarkSession.capabilities(), serverInfo: { name: 'newsmark' } };
  });
  connection.onInitialized(() => withSession(undefined, (s) => void s.initialized()));
  connection.onDidChangeConfiguration((change) => withSession(undefined, (s) => void s.configurationChanged(change.settings)));
  connection.onDidChangeWatchedFiles((change) => withSession(undefined, (s) => void s.watchedFilesChanged(change.changes)));
  documents.onDidChangeContent(({ document }) => withSession(undefined, (s) => s.documentChanged(document)));
  documents.onDidClose(({ document }) => withSession(undefined, (s) => void s.documentClosed(document.uri)));

  connection.languages.semanticTokens.on((params) =>
    withSession({ data: [] }, (s) => documentSemanticTokens(s.index, params.textDocument.uri, undefined, s.editorOptions.highlightedEntities)),
  );
  connection.languages.semanticTokens.onRange((params) =>
    withSession({ data: [] }, (s) => documentSemanticTokens(s.index, params.textDocument.uri, params.range, s.editorOptions.highlightedEntities)),
  );
  connection.onHover((params) => withSession(null, (s) => hover(s.index, params.textDocument.uri, params.position)));
  connection.onDefinition((params) => withSession(null, (s) => definition(s.index, params.textDocument.uri, params.position)));
  connection.onReferences((params) => withSession([], (s) => references(s.index, params.textDocument.uri, params.position, params.context.includeDeclaration)));
  connection.onDocumentHighlight((params) => withSession([], (s) => documentHighlights(s.index, params.textDocument.uri, params.position)));
  connection.onDocumentSymbol((params) => withSession([], (s) => documentSymbols(s.index, params.textDocument.uri)));
  connection.onWorkspaceSymbol((params) => withSession([], (s) => workspaceSymbols(s.index, params.query)));
  connection.languages.inlayHint.on((params) => withSession([], (s) => inlayHints(s.index, params.textDocument.uri, params.range, s.editorOptions)));
  connection.onRequest(indexStatusRequest, () => withSession({ ready: false, documents: 0, indexed: 0, entities: 0, mentions: 0 }, (s) => s.status()));
  connection.onRequest(rebuildIndexRequest, () => withSession(undefined, (s) => s.rebuild()));
  connection.onRequest(entityListRequest, (params) => withSession({ groups: [] }, (s) => entityList(s.index, params)));
  connection.onRequest(entityDetailsRequest, ({ entity }) => withSession(null, (s) => entityDetails(s.index, entity)));
  connection.onRequest(entityTimelineRequest, ({ entity }) => withSession(Promise.resolve(null), (s) => entityTimelineOf(s.index, entity, s.workspace())));
  connection.onRequest(exportCorpusRequest, (params) =>
    withSession(Promise.resolve({ articles: 0, files: 0, skipped: [] }), (s) => exportCorpus(s.index, params, s.workspace())),
  );

  documents.listen(connection);
  connection.listen();
}
