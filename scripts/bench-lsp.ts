// `npm run bench` (second part): the corpus at scale, as a user runs it, on a corpus generated from
// real news text (scripts/bench/corpus.ts; BENCH_ARTICLES=100000 for the large one, BENCH_RUNS for
// the number of runs, 3 by default; each figure is the median of the runs):
//   - `newsmark index` cold (every article analysed, a new cache written) and warm (from that cache), with its peak RSS;
//   - the language server over stdio: ready cold and warm, its peak RSS, and an article opened
//     while the corpus indexes (semantic tokens and a hover, from the open);
//   - p50 and p99 round trips of hover, definition, references, document highlights and workspace
//     symbols over many mentions of the ready corpus;
//   - a hover after 2,000 full-text edits, and after 10 edits of a 1 MB document, from the last edit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexReport } from '../server/src/cli/indexCommand';
import { startTestServer, type TestServer } from '../test/helpers/lspClient';
import { benchCorpus } from './bench/corpus';

const count = Number(process.env.BENCH_ARTICLES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const cli = path.resolve(__dirname, '../dist/cli.js');
const personToken = 0;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const list = (values: number[], format: (value: number) => string) => values.map(format).join(', ');

function indexWithCli(folder: string, cacheDirectory?: string): IndexReport {
  const args = [cli, 'index', folder, '--json', ...(cacheDirectory ? ['--cache', cacheDirectory] : [])];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`newsmark index failed: ${result.stderr.split('\n').slice(-3).join(' ')}`);
  return JSON.parse(result.stdout) as IndexReport;
}

// The largest resident size the server process has had (worker threads included).
function peakRssMB(server: TestServer): number {
  const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

// The CPU time the server process has used, every thread: what a run costs on a machine shared with other work.
function cpuMs(server: TestServer): number {
  const fields = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const openUri = (folder: string) => pathToFileURL(path.join(folder, 'opened-during-indexing.txt')).href;
const openedText = ` date 2016-02-01 Senate votes on the budget\n\nSenator Bernie Sanders said on Monday in Washington that the Senate would vote on the budget. "We will not accept this," Sanders told reporters, while Hillary Clinton campaigned in Iowa.\n`;

async function open(server: TestServer, uri: string, text: string): Promise<void> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
}

interface ServerRun {
  readyMs: number;
  cpuMs: number;
  peakMB: number;
  openTokensMs: number;
  openHoverMs: number;
  openedBeforeReady: boolean;
  server: TestServer;
}

async function serverRun(folder: string, cacheDirectory: string | undefined, keep: boolean): Promise<ServerRun> {
  const started = performance.now();
  const server = await startTestServer(folder, cacheDirectory ? { cacheDirectory } : undefined);
  // An article opened while the corpus indexes (a tenth of the way in, the workers busy with the
  // corpus): its colours, then a hover on a name.
  await server.statusWhere((status) => status.ready || status.indexed >= status.documents / 10);
  const uri = openUri(folder);
  const opened = performance.now();
  await open(server, uri, openedText);
  const tokens: { data: number[] } = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const openTokensMs = performance.now() - opened;
  const hoverStart = performance.now();
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
  const openHoverMs = performance.now() - hoverStart;
  const openedBeforeReady = !(server.latestStatus()?.ready ?? false) && tokens.data.length > 0;
  await server.statusWhere((status) => status.ready);
  const readyMs = performance.now() - started;
  const peakMB = peakRssMB(server);
  const cpu = cpuMs(server);
  if (!keep) await server.stop();
  return { readyMs, cpuMs: cpu, peakMB, openTokensMs, openHoverMs, openedBeforeReady, server };
}

// Positions of named mentions in a sample of articles, from their semantic tokens.
async function mentionPositions(
  server: TestServer,
  folder: string,
  articles: number,
): Promise<{ uri: string; line: number; character: number; word: string }[]> {
  const positions: { uri: string; line: number; character: number; word: string }[] = [];
  for (let i = 0; i < articles; i++) {
    const index = Math.floor((i * count) / articles);
    const file = path.join(folder, String(Math.floor(index / 500)).padStart(4, '0'), `${String(index).padStart(6, '0')}.txt`);
    const uri = pathToFileURL(file).href;
    const lines = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
    const tokens: { data: number[] } = await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    let line = 0;
    let character = 0;
    for (let t = 0; t < tokens.data.length; t += 5) {
      line += tokens.data[t];
      character = tokens.data[t] === 0 ? character + tokens.data[t + 1] : tokens.data[t + 1];
      if (tokens.data[t + 3] > 3) continue;
      positions.push({ uri, line, character: character + 1, word: lines[line].slice(character, character + tokens.data[t + 2]) });
      if (tokens.data[t + 3] === personToken) break;
    }
  }
  return positions;
}

async function requestLatencies(server: TestServer, folder: string): Promise<void> {
  const positions = await mentionPositions(server, folder, 50);
  const requests: [string, (at: (typeof positions)[number]) => Promise<unknown>][] = [
    ['hover', (at) => server.connection.sendRequest('textDocument/hover', { textDocument: { uri: at.uri }, position: at })],
    ['definition', (at) => server.connection.sendRequest('textDocument/definition', { textDocument: { uri: at.uri }, position: at })],
    [
      'references',
      (at) => server.connection.sendRequest('textDocument/references', { textDocument: { uri: at.uri }, position: at, context: { includeDeclaration: true } }),
    ],
    ['document highlights', (at) => server.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: at.uri }, position: at })],
    ['workspace symbols', (at) => server.connection.sendRequest('workspace/symbol', { query: at.word.slice(0, 4) })],
  ];
  for (const [name, send] of requests) {
    const times: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const at of positions) {
        const start = performance.now();
        await send(at);
        times.push(performance.now() - start);
      }
    }
    console.log(
      `  ${name.padEnd(20)} p50 ${median(times).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms (${times.length} requests on ${positions.length} mentions of 50 articles, each twice)`,
    );
  }
}

async function hoverAfterEdits(server: TestServer, folder: string): Promise<void> {
  // 2,000 full-text edits of an article, sent as fast as the pipe takes them, then a hover.
  const uri = pathToFileURL(path.join(folder, 'edited.txt')).href;
  let text = openedText;
  await open(server, uri, text);
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
  for (let version = 2; version <= 2001; version++) {
    text = `${openedText}${' word'.repeat(version % 50)}`;
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  let lastEdit = performance.now();
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
  console.log(`  hover after 2,000 full-text edits         ${(performance.now() - lastEdit).toFixed(0)} ms from the last edit`);

  // A 1 MB document of real text, analysed once, then ten one-character edits and a hover.
  const bigUri = pathToFileURL(path.join(folder, 'megabyte.txt')).href;
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) {
    const file = path.join(folder, String(Math.floor(i / 500)).padStart(4, '0'), `${String(i).padStart(6, '0')}.txt`);
    big += `${readFileSync(file, 'utf8')}\n`;
  }
  big = big.slice(0, 1_000_000);
  const analysed = performance.now();
  await open(server, bigUri, big);
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: 2, character: 10 } });
  const firstMs = performance.now() - analysed;
  const lines = big.split('\n');
  for (let version = 2; version <= 11; version++) {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: bigUri, version },
      contentChanges: [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, text: 'x' }],
    });
  }
  lastEdit = performance.now();
  const hover = await server.connection.sendRequest('textDocument/hover', {
    textDocument: { uri: bigUri },
    position: { line: lines.length - 5, character: 3 },
  });
  console.log(
    `  hover after 10 edits of a 1 MB document    ${(performance.now() - lastEdit).toFixed(0)} ms from the last edit (${hover ? 'a card' : 'no card there'}; its first analysis took ${seconds(firstMs)})`,
  );
  const other = performance.now();
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
  console.log(`  hover on another article meanwhile       ${(performance.now() - other).toFixed(0)} ms`);
}

async function main(): Promise<void> {
  const generating = performance.now();
  const folder = benchCorpus(count);
  const words = spawnSync('bash', ['-c', `find "${folder}" -name '*.txt' -print0 | xargs -0 cat | wc -w`], { encoding: 'utf8' }).stdout.trim();
  console.log(
    `corpus       ${count.toLocaleString('en-US')} articles, ${Number(words).toLocaleString('en-US')} words of real news text in ${folder} (ready in ${seconds(performance.now() - generating)}); figures are medians of ${runs} runs`,
  );

  // Each figure: the median, the runs, and what they cost in CPU (every thread) on a machine shared with other work.
  const figure = <T>(items: T[], wall: (item: T) => number, cpu: (item: T) => number) =>
    `${seconds(median(items.map(wall)))} (${list(items.map(wall), seconds)}; ${seconds(median(items.map(cpu)))} of CPU)`;
  // Each cold run writes a new cache, as a first run of the server with a cache folder does; the last
  // one's serves the warm runs (a second cold run just to fill it would double the bench at 100,000).
  const cacheDirectories = Array.from({ length: runs }, () => mkdtempSync(path.join(tmpdir(), 'newsmark-bench-cache-')));
  const cold = cacheDirectories.map((directory) => indexWithCli(folder, directory));
  const coldRate = Math.round(cold[0].tokens / (median(cold.map((report) => report.milliseconds)) / 1000));
  console.log(
    `cli cold     ${figure(
      cold,
      (report) => report.milliseconds,
      (report) => report.cpuMilliseconds,
    )} to index ${cold[0].documents.toLocaleString('en-US')} articles, ${coldRate.toLocaleString('en-US')} tokens/s, peak RSS ${median(cold.map((report) => report.peakRssMB)).toFixed(0)} MB`,
  );
  const cacheDirectory = cacheDirectories[runs - 1];
  try {
    const warm = Array.from({ length: runs }, () => indexWithCli(folder, cacheDirectory));
    console.log(
      `cli warm     ${figure(
        warm,
        (report) => report.milliseconds,
        (report) => report.cpuMilliseconds,
      )} from the cache (${warm[0].fromCache} hits, ${warm[0].analysed} analysed), peak RSS ${median(warm.map((report) => report.peakRssMB)).toFixed(0)} MB, cache ${(warm[0].cacheBytes / 1024 / 1024).toFixed(1)} MB`,
    );

    const serverRuns: ServerRun[] = [];
    for (let run = 0; run < runs; run++) serverRuns.push(await serverRun(folder, undefined, run === runs - 1));
    const field = (pick: (run: ServerRun) => number) => median(serverRuns.map(pick));
    console.log(
      `server cold  ready in ${figure(
        serverRuns,
        (run) => run.readyMs,
        (run) => run.cpuMs,
      )}, start-up and model loading included, peak RSS ${field((run) => run.peakMB).toFixed(0)} MB`,
    );
    const openTimes = list(
      serverRuns.map((run) => run.openTokensMs),
      (ms) => `${ms.toFixed(0)} ms`,
    );
    const answeredEarly = serverRuns.filter((run) => run.openedBeforeReady).length;
    console.log(
      `  an article opened a tenth into indexing: semantic tokens ${field((run) => run.openTokensMs).toFixed(0)} ms from the open (${openTimes}), then a hover ${field((run) => run.openHoverMs).toFixed(0)} ms; answered before indexing ended in ${answeredEarly} of ${runs} runs`,
    );
    const server = serverRuns[runs - 1].server;
    await requestLatencies(server, folder);
    await hoverAfterEdits(server, folder);
    console.log(`  peak RSS after the requests and edits     ${peakRssMB(server).toFixed(0)} MB`);
    await server.stop();

    const warmRuns: ServerRun[] = [];
    for (let run = 0; run < runs; run++) warmRuns.push(await serverRun(folder, cacheDirectory, false));
    console.log(
      `server warm  ready in ${figure(
        warmRuns,
        (run) => run.readyMs,
        (run) => run.cpuMs,
      )} from the cache the CLI wrote, peak RSS ${median(warmRuns.map((run) => run.peakMB)).toFixed(0)} MB`,
    );
  } finally {
    for (const directory of cacheDirectories) rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-lsp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
