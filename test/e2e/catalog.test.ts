// End to end: the corpus file (newsmark.json) over LSP, on the bundled server: its mistakes shown on it,
// its corrections applied to every open article, and the quick fixes and rename that edit it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { catalogEditRequest } from '../../server/src/protocol';
import { startTestServer, type TestServer } from '../helpers/lspClient';

const fixture = path.resolve(__dirname, '../fixtures/corpus');

describe('the corpus file over LSP', { timeout: 60_000 }, () => {
  let folder: string;
  let server: TestServer;
  const diagnostics = new Map<string, Diagnostic[]>();
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const catalogUri = () => uriOf('newsmark.json');

  // The position of the nth occurrence of a word in a fixture article, one character in.
  function at(name: string, word: string, nth = 0) {
    const text = readFileSync(path.join(folder, name), 'utf8');
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = text.indexOf(word, offset + 1);
    assert.ok(offset >= 0, `${word} in ${name}`);
    const before = text.slice(0, offset + 1).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  }

  async function open(name: string): Promise<void> {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf(name), languageId: 'plaintext', version: 1, text: readFileSync(path.join(folder, name), 'utf8') },
    });
  }

  async function hoverTitle(name: string, word: string): Promise<string> {
    const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(name) }, position: at(name, word) });
    return ((hover?.contents as MarkupContent | undefined)?.value ?? '').split('\n')[0];
  }

  // What the editor does with a workspace edit of the corpus file: the new text, sent as the open document's.
  async function applyToCatalog(edit: WorkspaceEdit | null | undefined, version: number): Promise<string> {
    const change = edit?.documentChanges?.find((candidate): candidate is TextDocumentEdit => 'textDocument' in candidate);
    assert.ok(change, JSON.stringify(edit));
    const text = (change.edits[0] as { newText: string }).newText;
    await server.connection.sendNotification(version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange', {
      textDocument: { uri: catalogUri(), languageId: 'json', version, text },
      contentChanges: [{ text }],
    });
    return text;
  }

  // Polled rather than counted in turns of the event loop: a server on a loaded machine may take a while.
  async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(await check(), 'never came true');
  }

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-catalog-'));
    cpSync(fixture, folder, { recursive: true });
    writeFileSync(path.join(folder, 'newsmark.json'), '{ "entities": [ { "name": "Bruselas", "type": "CITY" } ], "notEntities": [] }\n');
    server = await startTestServer(folder);
    server.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; diagnostics: Diagnostic[] }) => void diagnostics.set(params.uri, params.diagnostics),
    );
    await server.statusWhere((status) => status.ready);
    await open('2025-12-11-madrid.txt');
    await open('2025-11-03-bruselas.txt');
  });

  after(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("shows the corpus file's mistakes on it", async () => {
    await until(async () => (diagnostics.get(catalogUri())?.length ?? 0) > 0);
    const [problem] = diagnostics.get(catalogUri())!;
    assert.match(String(problem.message), /PER, ORG, LOC or MISC/);
    assert.equal(problem.range.start.line, 0);
  });

  it('offers quick fixes that edit the corpus file, and a fix changes the entity in every open article at once', async () => {
    // The file with its mistake mended, as the person would.
    await applyToCatalog(
      {
        documentChanges: [
          {
            textDocument: { uri: catalogUri(), version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '{}\n' }],
          },
        ],
      },
      1,
    );
    await until(async () => (diagnostics.get(catalogUri())?.length ?? 1) === 0);
    const position = at('2025-12-11-madrid.txt', 'Marín anunció');
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uriOf('2025-12-11-madrid.txt') },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    const titles = actions.map((action) => action.title);
    assert.ok(
      titles.some((title) => /as not an entity/.test(title)),
      titles.join('\n'),
    );
    assert.ok(titles.some((title) => /^Link ".*" to another entity…$/.test(title)));
    const toOrganization = actions.find((action) => /an organization/.test(action.title));
    assert.ok(toOrganization?.edit, titles.join('\n'));
    const text = await applyToCatalog(toOrganization.edit, 2);
    assert.match(text, /"type": "ORG"/);
    await until(async () => /organization/.test(await hoverTitle('2025-11-03-bruselas.txt', 'Elena Marín Ortega')));
    assert.match(await hoverTitle('2025-12-11-madrid.txt', 'Marín anunció'), /organization/);
  });

  it('renames an entity in the corpus file, keeping the old name as an alias', async () => {
    const position = at('2025-12-11-madrid.txt', 'Marín anunció');
    const prepared: { placeholder: string } | null = await server.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri: uriOf('2025-12-11-madrid.txt') },
      position,
    });
    assert.equal(prepared?.placeholder, 'Elena Marín Ortega');
    const edit: WorkspaceEdit = await server.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uriOf('2025-12-11-madrid.txt') },
      position,
      newName: 'Elena Marín',
    });
    const text = await applyToCatalog(edit, 3);
    assert.match(text, /"name": "Elena Marín"/);
    assert.match(text, /"Elena Marín Ortega"/);
    await until(async () => /^\*\*Elena Marín\*\*/.test(await hoverTitle('2025-12-11-madrid.txt', 'Marín anunció')));
  });

  it("answers the Entities view's corrections with the edit to make", async () => {
    const edit = await server.connection.sendRequest(catalogEditRequest, { action: 'notEntity', entity: 'LOC:bruselas' });
    const text = await applyToCatalog(edit, 4);
    assert.match(text, /"notEntities": \[\s*"Bruselas"/);
    await until(async () => (await hoverTitle('2025-11-03-bruselas.txt', 'Bruselas')) === '');
  });
});

describe('a corpus file the editor opens as the server starts (left open in the last session)', { timeout: 60_000 }, () => {
  let folder: string;
  let server: TestServer;

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-catalog-open-'));
    cpSync(fixture, folder, { recursive: true });
    writeFileSync(path.join(folder, 'newsmark.json'), '{ "entities": [ { "name": "Bruselas", "type": "PER" } ] }\n');
  });

  after(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is the corpus file, not an article, and its unsaved text wins over the one on disk', async () => {
    server = await startTestServer(folder);
    // Sent with the `initialized` notification, before the server has read the folder's corpus file.
    const catalogUri = pathToFileURL(path.join(folder, 'newsmark.json')).href;
    const unsaved = '{ "entities": [ { "name": "Bruselas", "type": "ORG" } ] }\n';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: catalogUri, languageId: 'json', version: 1, text: unsaved } });
    const status = await server.statusWhere((candidate) => candidate.ready);
    // The fixture's three articles (broken-image.txt is no text).
    assert.equal(status.documents, 3);
    const article = path.join(folder, '2025-11-03-bruselas.txt');
    const text = readFileSync(article, 'utf8');
    const offset = text.indexOf('Bruselas') + 1;
    const before = text.slice(0, offset).split('\n');
    const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: pathToFileURL(article).href },
      position: { line: before.length - 1, character: before[before.length - 1].length },
    });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*Bruselas\*\* · organization/);
  });
});
