// `npm run bench` (second part): the bundled server over stdio on a folder of real articles, as an
// editor drives it: time to index, then each request's round trip on an open article, in milliseconds.
// BENCH_CORPUS=DIR picks the folder (default: PolNeAR's 840 training articles from the data folder).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexStatusRequest } from '../server/src/protocol';
import { startTestServer } from '../test/helpers/lspClient';
import { dataPath } from './dataRoot';

const folder = path.resolve(process.env.BENCH_CORPUS ?? dataPath('quotes/polnear/train/text'));

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function main(): Promise<void> {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${folder}`);
  const started = performance.now();
  const server = await startTestServer(folder);
  const status = await server.statusWhere((s) => s.ready);
  console.log(
    `server       ${status.documents} real articles indexed over stdio in ${((performance.now() - started) / 1000).toFixed(1)} s (start-up and model loading included): ${status.entities.toLocaleString('en-US')} entities, ${status.mentions.toLocaleString('en-US')} mentions`,
  );

  const name = names[Math.floor(names.length / 2)];
  const uri = pathToFileURL(path.join(folder, name)).href;
  let text = readFileSync(path.join(folder, name), 'utf8');
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const tokens: { data: number[] } = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  // The first person token of the article: where a reader would hover or press F12.
  const lines = text.split('\n');
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    line += tokens.data[i];
    character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
    if (tokens.data[i + 3] === 0) break;
  }
  const position = { line, character: character + 1 };
  const word = lines[line].slice(character).split(/[\s,.]/)[0];
  let version = 1;
  const requests: [string, () => Promise<unknown>][] = [
    ['semantic tokens (full)', () => server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })],
    ['hover', () => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })],
    ['definition', () => server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position })],
    ['references', () => server.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } })],
    ['document highlights', () => server.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position })],
    ['document symbols', () => server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })],
    ['workspace symbols', () => server.connection.sendRequest('workspace/symbol', { query: word.slice(0, 4) })],
    [
      'inlay hints',
      () =>
        server.connection.sendRequest('textDocument/inlayHint', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
        }),
    ],
    [
      'edit, then semantic tokens',
      async () => {
        text = `${text} `;
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        return server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
      },
    ],
    ['index status', () => server.connection.sendRequest(indexStatusRequest)],
  ];
  for (const [request, run] of requests) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    // The first request may fill a cache (an entity's hover card) that the next six find.
    console.log(`  ${request.padEnd(28)} ${median(times).toFixed(1)} ms round trip (median of 7; the first ${times[0].toFixed(1)} ms; "${word}" in ${name})`);
  }
  await server.stop();
}

main().catch((error: unknown) => {
  console.error(`bench-lsp: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
