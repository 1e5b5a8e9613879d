// End to end: the bundled server over stdio, a fixture corpus on disk, a real LSP client.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type {
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  MarkupContent,
  SemanticTokens,
  SemanticTokensLegend,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { indexStatusRequest, rebuildIndexRequest, type IndexStatus } from '../../server/src/protocol';
import { startTestServer, type TestServer } from '../helpers/lspClient';
import { showSemanticTokens } from '../helpers/semanticTokens';

const fixture = path.resolve(__dirname, '../fixtures/corpus');
const madridName = '2025-12-11-madrid.txt';

describe('language server over stdio on a fixture corpus', { timeout: 60_000 }, () => {
  let folder: string;
  let server: TestServer;
  let legend: SemanticTokensLegend;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const madrid = () => uriOf(madridName);

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-'));
    cpSync(fixture, folder, { recursive: true });
    server = await startTestServer(folder);
    await server.statusWhere((status) => status.ready);
    const text = readFileSync(path.join(folder, madridName), 'utf8');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: madrid(), languageId: 'plaintext', version: 1, text } });
    legend = (await import('../../server/src/features/semanticTokens')).semanticTokensLegend;
  });

  after(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const positionOf = (text: string, needle: string, nth = 0, delta = 1) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' not in the text`);
    const before = text.slice(0, at + delta).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  const madridText = () => readFileSync(path.join(folder, madridName), 'utf8');

  it('indexes the corpus, skipping the binary file without failing', async () => {
    const status = await server.connection.sendRequest(indexStatusRequest);
    assert.equal(status.ready, true);
    assert.equal(status.documents, 3);
    assert.ok(status.entities >= 4, `entities: ${status.entities}`);
    assert.ok(status.mentions >= 10, `mentions: ${status.mentions}`);
  });

  it('returns semantic tokens for the person, the places and the dates', async () => {
    const tokens: SemanticTokens = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: madrid() } });
    const shown = showSemanticTokens(tokens.data, legend.tokenTypes, madridText());
    for (const expected of ['person:Marín', 'location:Madrid', 'date:el pasado 21 de noviembre', 'date:este jueves'])
      assert.ok(shown.includes(expected), `${expected} missing from ${shown.join(', ')}`);
    assert.ok(
      shown.some((token) => token.startsWith('quote:“Firmaremos')),
      shown.join(', '),
    );
  });

  it('hovers a surname with the card of the full name from the whole corpus', async () => {
    const result: Hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: madrid() },
      position: positionOf(madridText(), 'Marín'),
    });
    const card = (result.contents as MarkupContent).value;
    assert.match(card, /\*\*Elena Marín Ortega\*\* · person/);
    assert.match(card, /in 3 articles/);
  });

  it('goes to the main mention in the earliest article and finds references in every article', async () => {
    const position = positionOf(madridText(), 'Marín', 1);
    const definition: Location = await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: madrid() }, position });
    assert.equal(definition.uri, uriOf('2025-11-03-bruselas.txt'));
    assert.equal(definition.range.start.line, 0);
    const references: Location[] = await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: madrid() },
      position,
      context: { includeDeclaration: true },
    });
    const files = new Set(references.map((location) => path.basename(new URL(location.uri).pathname)));
    assert.deepEqual([...files].sort(), ['2025-11-03-bruselas.txt', '2025-12-11-madrid.txt', '2025-12-12-reuters.txt']);
  });

  it('lists the outline and finds entities by name across the workspace', async () => {
    const outline: DocumentSymbol[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: madrid() } });
    const groups = outline.map((symbol) => symbol.name);
    for (const group of ['People', 'Places', 'Dates', 'Quotes']) assert.ok(groups.includes(group), groups.join(', '));
    const found: WorkspaceSymbol[] = await server.connection.sendRequest('workspace/symbol', { query: 'ortega' });
    assert.ok(
      found.some((symbol) => symbol.name.startsWith('Elena Mar')),
      found.map((symbol) => symbol.name).join(', '),
    );
  });

  it('follows an unsaved edit at once', async () => {
    const edited = madridText().replace('en Madrid', 'en Sevilla');
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: madrid(), version: 2 }, contentChanges: [{ text: edited }] });
    const tokens: SemanticTokens = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: madrid() } });
    const shown = showSemanticTokens(tokens.data, legend.tokenTypes, edited);
    assert.ok(shown.includes('location:Sevilla'), shown.join(', '));
    assert.ok(!shown.includes('location:Madrid'), shown.join(', '));
  });

  it('picks up a new article on disk and forgets a deleted one', async () => {
    const initial = await server.connection.sendRequest(indexStatusRequest);
    const added = path.join(folder, '2025-12-20-nuevo.txt');
    writeFileSync(added, ' date 2025-12-20 Nuevo\n\nLa ministra Elena Marín Ortega viajó a Lisboa.\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 1 }] });
    const withNew = await server.statusWhere((status) => status.documents === initial.documents + 1);
    assert.ok(withNew.mentions > initial.mentions);
    rmSync(added);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 3 }] });
    const withoutNew = await server.statusWhere((status) => status.documents === initial.documents);
    assert.equal(withoutNew.mentions, initial.mentions);
    const found: WorkspaceSymbol[] = await server.connection.sendRequest('workspace/symbol', { query: 'lisboa' });
    assert.deepEqual(found, []);
  });
});

describe('language server restarted on the same folder with a cache directory', { timeout: 60_000 }, () => {
  let folder: string;
  let cacheDirectory: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-'));
    cacheDirectory = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-cache-'));
    cpSync(fixture, folder, { recursive: true });
  });
  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (cacheDirectory) rmSync(cacheDirectory, { recursive: true, force: true });
  });

  // The corpus as one run of the server sees it, and what it says of where its analyses came from.
  async function run(): Promise<{ status: IndexStatus; hover: Hover; log: string[] }> {
    const server = await startTestServer(folder, { cacheDirectory });
    const log: string[] = [];
    // Indexing waits for the client to answer the server's configuration request, so no message is missed.
    server.connection.onNotification('window/logMessage', (message: { message: string }) => {
      log.push(message.message);
    });
    try {
      await server.statusWhere((status) => status.ready);
      const status = await server.connection.sendRequest(indexStatusRequest);
      const uri = pathToFileURL(path.join(folder, madridName)).href;
      const lines = readFileSync(path.join(folder, madridName), 'utf8').split('\n');
      const line = lines.findIndex((text) => text.includes('Marín'));
      const hover: Hover = await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line, character: lines[line].indexOf('Marín') + 1 },
      });
      await server.connection.sendRequest(rebuildIndexRequest);
      return { status, hover, log };
    } finally {
      await server.stop();
    }
  }

  it('answers from the cache after a restart exactly as from a fresh analysis', async () => {
    const first = await run();
    assert.ok(
      readdirSync(cacheDirectory).some((name) => name.startsWith('analysis-')),
      'no cache file written',
    );
    const second = await run();
    assert.deepEqual(second.status, first.status);
    assert.deepEqual(second.hover, first.hover);
    assert.ok(
      first.log.some((line) => /0 from the analysis cache, 3 analysed/.test(line)),
      first.log.join('\n'),
    );
    assert.ok(
      second.log.some((line) => /3 from the analysis cache, 0 analysed/.test(line)),
      second.log.join('\n'),
    );
    // "Rebuild Index" at the end of each run analysed everything again, whatever the cache held.
    assert.equal(second.log.filter((line) => /0 from the analysis cache, 3 analysed/.test(line)).length, 1, second.log.join('\n'));
  });
});

describe('language server with the settings a person chose', { timeout: 60_000 }, () => {
  let folder: string;
  // No header and no dateline: only the file name dates it.
  const name = 'politico_2016-01-27_debate.txt';
  const text = 'Elena Marín Ortega spoke yesterday in Iowa. “We will win,” she said.\n';
  const uri = () => pathToFileURL(path.join(folder, name)).href;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-'));
    writeFileSync(path.join(folder, name), text);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function withServer<T>(settings: object | null, use: (server: TestServer) => Promise<T>): Promise<T> {
    const server = await startTestServer(folder, undefined, settings);
    try {
      await server.statusWhere((status) => status.ready);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'plaintext', version: 1, text } });
      return await use(server);
    } finally {
      await server.stop();
    }
  }
  const yesterday = { line: 0, character: text.indexOf('yesterday') + 2 };
  const wholeArticle = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };

  it('by default: dates the article by its file name, colours people and places, hints the speaker', async () => {
    await withServer(null, async (server) => {
      const card: Hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri() }, position: yesterday });
      assert.match((card.contents as MarkupContent).value, /\*\*26 January 2016\*\* · date/);
      const hints: InlayHint[] = await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uri() }, range: wholeArticle });
      assert.deepEqual(
        hints.map((hint) => hint.label),
        ['= 2016-01-26', '— Elena Marín Ortega'],
      );
      const legend = (await import('../../server/src/features/semanticTokens')).semanticTokensLegend;
      const tokens: SemanticTokens = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uri() } });
      const shown = showSemanticTokens(tokens.data, legend.tokenTypes, text);
      assert.ok(shown.includes('location:Iowa'), shown.join(', '));
    });
  });

  it('with the file-name date, every inlay hint and places turned off', async () => {
    const settings = { articleDate: { fromFileName: false }, inlayHints: { enabled: false }, highlight: { entities: ['person'] } };
    await withServer(settings, async (server) => {
      const card: Hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri() }, position: yesterday });
      assert.match((card.contents as MarkupContent).value, /\*\*unresolved\*\*/);
      const hints: InlayHint[] = await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uri() }, range: wholeArticle });
      assert.deepEqual(hints, []);
      const legend = (await import('../../server/src/features/semanticTokens')).semanticTokensLegend;
      const tokens: SemanticTokens = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uri() } });
      const shown = showSemanticTokens(tokens.data, legend.tokenTypes, text);
      assert.ok(shown.includes('person:Elena Marín Ortega'), shown.join(', '));
      assert.ok(!shown.some((token) => token.startsWith('location:')), shown.join(', '));
    });
  });
});
