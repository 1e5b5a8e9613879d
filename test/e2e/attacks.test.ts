// End to end, the attacks of issue 16 on the bundled server over stdio, each on generated input:
// what once made it count an article twice, read outside the workspace, serve spans outside the
// text, trust a tampered cache, drop a batch of file events or take a second initialize.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type SemanticTokens,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { indexStatusRequest } from '../../server/src/protocol';
import { startTestServer, type TestServer } from '../helpers/lspClient';
import { showSemanticTokens } from '../helpers/semanticTokens';

const tokenTypes = ['person', 'organization', 'location', 'misc', 'date', 'time', 'duration', 'set', 'quote', 'term'];
const cli = path.resolve(__dirname, '../../dist/cli.js');

const article = (title: string, body: string) => ` date 2025-12-11 ${title}\n\n${body}\n`;
const marin = article('La ministra Elena Marín Ortega', 'La ministra Elena Marín Ortega anunció un acuerdo en Madrid. Marín habló este jueves en Bruselas.');
const other = article('Otra noticia', 'La ministra Elena Marín Ortega viajó a Lisboa.');

// VS Code writes file URIs with every reserved character percent-encoded; Node's pathToFileURL does not.
function vscodeUri(file: string): string {
  return pathToFileURL(file).href.replace(/[()!'*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Where the needle starts, or (by default) its first character, as LSP counts lines. */
function positionIn(text: string, needle: string, into = 1): { line: number; character: number } {
  const lines = text.slice(0, text.indexOf(needle) + into).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

const open = (server: TestServer, uri: string, text: string) =>
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
const hoverAt = (server: TestServer, uri: string, position: { line: number; character: number }): Promise<Hover | null> =>
  server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
const symbolsNamed = (server: TestServer, query: string): Promise<WorkspaceSymbol[]> => server.connection.sendRequest('workspace/symbol', { query });

describe('attacks on the language server', { timeout: 120_000 }, () => {
  let folder: string;
  let server: TestServer | undefined;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-attack-'));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(folder, { recursive: true, force: true });
  });
  const start = async (options?: object) => {
    server = await startTestServer(folder, options);
    return server;
  };

  it('keeps one article for a file whatever spelling of its URI the editor and file events use', async () => {
    const informe = path.join(folder, 'Informe (1).txt');
    writeFileSync(informe, marin);
    writeFileSync(path.join(folder, 'otra.txt'), other);
    const s = await start();
    const initial = await s.statusWhere((status) => status.ready);
    assert.equal(initial.documents, 2);
    const uri = vscodeUri(informe);
    assert.notEqual(uri, pathToFileURL(informe).href);
    await open(s, uri, marin);
    const hover = await hoverAt(s, uri, positionIn(marin, 'Marín habló'));
    assert.match((hover?.contents as MarkupContent).value, /in 2 articles/);
    assert.deepEqual(await s.connection.sendRequest(indexStatusRequest), initial);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await s.connection.sendRequest(indexStatusRequest), initial);
    rmSync(informe);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await s.statusWhere((status) => status.documents === 1);
    const otherUri = vscodeUri(path.join(folder, 'otra.txt'));
    const references: Location[] = await s.connection.sendRequest('textDocument/references', {
      textDocument: { uri: otherUri },
      position: positionIn(other, 'Marín Ortega viajó'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual([...new Set(references.map((location) => path.basename(decodeURIComponent(new URL(location.uri).pathname))))], ['otra.txt']);
  });

  it('puts tokens and hovers on the right lines of a file whose lines end in a lone \\r', async () => {
    const text = ' date 2025-12-11 Crónica\r\rLa ministra Elena Marín Ortega llegó a Madrid.\rMarín habló en Bruselas este jueves.\r';
    const file = path.join(folder, 'mac.txt');
    writeFileSync(file, text);
    const s = await start();
    await s.statusWhere((status) => status.ready);
    const uri = vscodeUri(file);
    const tokens: SemanticTokens = await s.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    const shown = showSemanticTokens(tokens.data, tokenTypes, text);
    for (const expected of ['person:Elena Marín Ortega', 'location:Madrid', 'location:Bruselas', 'person:Marín'])
      assert.ok(shown.includes(expected), `${expected} missing from ${shown.join(', ')}`);
    const hover = await hoverAt(s, uri, positionIn(text, 'Bruselas'));
    assert.ok(hover, 'no hover on Bruselas');
    assert.deepEqual(hover.range?.start, positionIn(text, 'Bruselas', 0));
    assert.deepEqual(hover.range?.start, { line: 3, character: 'Marín habló en '.length });
  });

  it('never reads a file outside the workspace through a link, on file events or on close', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'newsmark-outside-'));
    try {
      writeFileSync(path.join(outside, 'secret.txt'), article('Secreto', 'El espía Zacarías Pimentel huyó a Oslo.'));
      writeFileSync(path.join(folder, 'a.txt'), marin);
      const s = await start();
      const initial = await s.statusWhere((status) => status.ready);
      const link = path.join(folder, 'link.txt');
      symlinkSync(path.join(outside, 'secret.txt'), link);
      await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: vscodeUri(link), type: 1 }] });
      await open(s, vscodeUri(path.join(folder, 'a.txt')), marin);
      await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: vscodeUri(link) } });
      assert.deepEqual(await symbolsNamed(s, 'pimentel'), []);
      assert.equal((await s.connection.sendRequest(indexStatusRequest)).documents, initial.documents);
      assert.ok(
        s.log.some((line) => /link\.txt: outside the workspace folders/.test(line)),
        s.log.join('\n'),
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('takes every good event of a batch with URIs that name no file in it', async () => {
    writeFileSync(path.join(folder, 'a.txt'), marin);
    const s = await start();
    await s.statusWhere((status) => status.ready);
    const added = path.join(folder, 'nuevo.txt');
    writeFileSync(added, article('Nuevo', 'El alcalde Ramiro Quintanilla visitó Lugo.'));
    const changes = [
      { uri: 'file://otro-servidor/compartido/a.txt', type: 1 },
      { uri: 'file:///tmp/%E0%A4%A.txt', type: 2 },
      { uri: 'file:///tmp/%ED%A0%80.txt', type: 3 },
      { uri: vscodeUri(added), type: 1 },
    ];
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    await s.statusWhere((status) => status.documents === 2);
    assert.ok((await symbolsNamed(s, 'quintanilla')).length > 0);
  });

  it('refuses a second initialize', async () => {
    const s = await start();
    await assert.rejects(s.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }), /already initialized/);
    assert.equal((await s.statusWhere((status) => status.ready)).ready, true);
  });

  it('answers with the newest text after two thousand edits, and on another document meanwhile', async () => {
    writeFileSync(path.join(folder, 'a.txt'), marin);
    const s = await start();
    await s.statusWhere((status) => status.ready);
    const uri = vscodeUri(path.join(folder, 'a.txt'));
    await open(s, uri, marin);
    let text = marin;
    for (let version = 2; version <= 2001; version++) {
      text = marin.replace('Madrid', version % 2 ? 'Sevilla' : `Madrid${'x'.repeat(version % 7)}`);
      void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    const tokens: SemanticTokens = await s.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(showSemanticTokens(tokens.data, tokenTypes, text).includes('location:Sevilla'));
  });

  it('drops a tampered cache entry, analyses that article again and serves only spans inside the text', async () => {
    const cacheDirectory = mkdtempSync(path.join(tmpdir(), 'newsmark-attack-cache-'));
    try {
      writeFileSync(path.join(folder, 'a.txt'), marin);
      writeFileSync(path.join(folder, 'b.txt'), other);
      const first = await start({ cacheDirectory });
      const status = await first.statusWhere((candidate) => candidate.ready);
      await first.stop();
      server = undefined;
      const [cacheName] = readdirSync(cacheDirectory);
      const cacheFile = path.join(cacheDirectory, cacheName);
      const lines = gunzipSync(readFileSync(cacheFile)).toString('utf8').split('\n');
      const tampered = lines.map((line) => {
        const [uri, size, mtime] = line.split('\t');
        if (uri?.endsWith('/a.txt'))
          return [uri, size, mtime, JSON.stringify({ plain: { language: 'es', title: null }, mentions: [], lines: [0], length: 3 })].join('\t');
        if (uri?.endsWith('/b.txt')) return line.replace(/^([^\t]*\t[^\t]*\t[^\t]*\t\["\w+",[^,]*,[^,]*,[^,]*,\d+,)(\d+)/, (_, head: string) => `${head}5`);
        return line;
      });
      assert.notDeepEqual(tampered, lines);
      writeFileSync(cacheFile, gzipSync(tampered.join('\n')));
      const second = await start({ cacheDirectory });
      assert.deepEqual(await second.statusWhere((candidate) => candidate.ready), status);
      assert.ok(
        second.log.some((line) => /0 from the analysis cache, 2 analysed/.test(line)),
        second.log.join('\n'),
      );
      for (const name of ['a.txt', 'b.txt']) {
        const symbols: DocumentSymbol[] = await second.connection.sendRequest('textDocument/documentSymbol', {
          textDocument: { uri: vscodeUri(path.join(folder, name)) },
        });
        const ranges = symbols.flatMap((symbol) => [symbol, ...(symbol.children ?? [])]).flatMap((symbol) => [symbol.range.start, symbol.range.end]);
        assert.ok(ranges.length > 0);
        assert.ok(
          ranges.every((position) => position.character >= 0 && position.line >= 0),
          JSON.stringify(ranges),
        );
      }
    } finally {
      await server?.stop();
      server = undefined;
      rmSync(cacheDirectory, { recursive: true, force: true });
    }
  });

  it('uses the cache the command line wrote, and the command line the server’s', async () => {
    const cacheDirectory = mkdtempSync(path.join(tmpdir(), 'newsmark-attack-cache-'));
    try {
      writeFileSync(path.join(folder, 'a.txt'), marin);
      writeFileSync(path.join(folder, 'b.txt'), other);
      const cold = spawnSync(process.execPath, [cli, 'index', folder, '--json', '--cache', cacheDirectory], { encoding: 'utf8' });
      assert.equal(JSON.parse(cold.stdout).analysed, 2, cold.stderr);
      const s = await start({ cacheDirectory });
      await s.statusWhere((status) => status.ready);
      assert.ok(
        s.log.some((line) => /2 from the analysis cache, 0 analysed/.test(line)),
        s.log.join('\n'),
      );
      writeFileSync(path.join(folder, 'c.txt'), other.replace('Lisboa', 'Oporto'));
      await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: vscodeUri(path.join(folder, 'c.txt')), type: 1 }] });
      await s.statusWhere((status) => status.documents === 3);
      await s.stop();
      server = undefined;
      const warm = spawnSync(process.execPath, [cli, 'index', folder, '--json', '--cache', cacheDirectory], { encoding: 'utf8' });
      assert.deepEqual([JSON.parse(warm.stdout).fromCache, JSON.parse(warm.stdout).analysed], [3, 0], warm.stderr);
    } finally {
      await server?.stop();
      server = undefined;
      rmSync(cacheDirectory, { recursive: true, force: true });
    }
  });
});

describe('long requests on a large corpus', { timeout: 180_000 }, () => {
  let folder: string;
  let server: TestServer;
  const mentionsPerArticle = 500;
  after(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives an article opened while the corpus indexes its colours before indexing ends', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-large-'));
    mkdirSync(path.join(folder, 'archive'));
    const body = `La ministra Elena Marín Ortega habló en Madrid. ${'Marín insistió. '.repeat(mentionsPerArticle)}`;
    for (let i = 0; i < 40; i++) writeFileSync(path.join(folder, 'archive', `${String(i).padStart(3, '0')}.txt`), article(`Crónica ${i}`, body));
    server = await startTestServer(folder);
    const uri = vscodeUri(path.join(folder, 'abierto.txt'));
    await open(server, uri, marin);
    const tokens: SemanticTokens = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    const readyWhenAnswered = server.latestStatus()?.ready ?? false;
    assert.ok(showSemanticTokens(tokens.data, tokenTypes, marin).includes('location:Madrid'));
    assert.equal(readyWhenAnswered, false, 'the corpus finished indexing before the open article was answered');
    await server.statusWhere((status) => status.ready);
  });

  it('stops finding references of an entity with thousands of mentions once the request is cancelled', async () => {
    const uri = vscodeUri(path.join(folder, 'archive', '000.txt'));
    const text = readFileSync(path.join(folder, 'archive', '000.txt'), 'utf8');
    const params = { textDocument: { uri }, position: positionIn(text, 'Marín insistió'), context: { includeDeclaration: true } };
    const all: Location[] = await server.connection.sendRequest('textDocument/references', params);
    assert.ok(all.length >= 40 * mentionsPerArticle, `${all.length} references`);
    const source = new CancellationTokenSource();
    const cancelled = server.connection.sendRequest('textDocument/references', params, source.token);
    source.cancel();
    await assert.rejects(cancelled, (error: { code?: number }) => error.code === -32800);
  });
});
