// `npm run bench`: the speed and memory goals, measured and printed (tests never assert timings).
//   1. entity models: size on disk, load time, heap they add;
//   2. tokenising plus tagging throughput on real news text;
//   3. an article's analysis end to end, in tokens per CPU second, and stage by stage (what the temporal
//      tagger and quote finder add); hostile inputs (minified JSON, a capitalised run, a page of
//      capitals, one long line, newlines, binary-ish text), each in a worker stopped if it runs too long;
// The corpus at scale (the CLI and the server indexing, requests, edits) is bench-lsp.ts, run after it.
// It runs as one minified bundle in .bench/, built as the server is, so that it times the code that ships.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createAnalyzer } from '../server/src/analysis/analyze';
import { findArticleDate, parseHeader } from '../server/src/analysis/header';
import { detectLanguage } from '../server/src/analysis/language';
import { findQuotations } from '../server/src/analysis/quotes';
import { findTimeExpressions } from '../server/src/analysis/time';
import { tokenize } from '../server/src/analysis/tokens';
import type { AnalysisInput } from '../server/src/analysis/types';
import { loadEntityRecognizer } from '../server/src/models';
import { dataPath } from './dataRoot';
import { readConllFile } from './ner/conll';
import type { HostileResult } from './bench-hostile';

const root = path.resolve(__dirname, '..');
const modelDirectory = path.join(root, 'models');

// Heap plus array buffers: the models keep their weights in typed arrays, outside the JS heap.
function heapMB(): number {
  global.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function articleTexts(): string[] {
  const texts = readdirSync(path.join(root, 'samples'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(root, 'samples', name), 'utf8'));
  const polnear = dataPath('quotes/polnear/dev/text');
  try {
    for (const name of readdirSync(polnear).slice(0, 60)) texts.push(readFileSync(path.join(polnear, name), 'utf8'));
  } catch {
    // Without the data folder the samples alone are measured.
  }
  return texts;
}

// 1. Models
const modelFiles = readdirSync(modelDirectory).map((name) => path.join(modelDirectory, name));
const modelBytes = modelFiles.reduce((sum, file) => sum + statSync(file).size, 0);
const heapBefore = heapMB();
const [recognizer, loadMs] = time(() => loadEntityRecognizer(modelDirectory));
const modelHeap = heapMB() - heapBefore;
console.log(
  `models       ${(modelBytes / 1024 / 1024).toFixed(1)} MB on disk (${modelFiles.map((file) => path.basename(file)).join(', ')}), loaded in ${loadMs.toFixed(0)} ms, +${modelHeap.toFixed(0)} MB memory`,
);

// 2. Tokenising plus tagging
const texts = articleTexts();
const analyze = createAnalyzer(recognizer);
for (const text of texts.slice(0, 20)) analyze(text);
// The fastest of seven rounds, in CPU time: what one core does, without the other jobs of a shared machine.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
let tokenCount = 0;
const roundMs: number[] = [];
for (let round = 0; round < 7; round++) {
  tokenCount = 0;
  const start = cpuMs();
  for (const text of texts) {
    const { tokens, sentences } = tokenize(text);
    recognizer.recognize({ text, tokens, sentences, language: detectLanguage(tokens), articleDate: null });
    tokenCount += tokens.length;
  }
  roundMs.push(cpuMs() - start);
}
const tokensPerSecond = (ms: number) => Math.round((tokenCount / ms) * 1000).toLocaleString('en-US');
console.log(
  `tagging      ${tokensPerSecond(Math.min(...roundMs))} tokens per CPU second (tokenise + tag, ${tokenCount.toLocaleString('en-US')} tokens of ${texts.length} articles; fastest of 7 rounds, median ${tokensPerSecond(median(roundMs))})`,
);

// 3. The whole analysis of an article, end to end: what analyze() does (header, language, tokens,
// entities, time expressions, quotations), in tokens per CPU second, the median of seven rounds.
function endToEnd(articles: string[]): { median: number; fastest: number; tokens: number } {
  for (const text of articles.slice(0, 20)) analyze(text);
  let tokens = 0;
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    tokens = 0;
    const start = cpuMs();
    for (const text of articles) tokens += analyze(text).tokens.length;
    rounds.push(cpuMs() - start);
  }
  return { median: (tokens / median(rounds)) * 1000, fastest: (tokens / Math.min(...rounds)) * 1000, tokens };
}
function wireTexts(): string[] {
  try {
    return ['ner/conll2002-es/esp.testa', 'ner/conll2003-en/eng.testa'].flatMap((file) =>
      readConllFile(dataPath(file)).map((document) => document.map((sentence) => sentence.tokens.join(' ')).join('\n\n')),
    );
  } catch {
    return [];
  }
}
const perSecond = (value: number) => Math.round(value).toLocaleString('en-US');
for (const [corpus, articles] of [
  [`news articles (the samples and PolNeAR dev)`, texts],
  ['wire text (CoNLL esp.testa and eng.testa, sentences joined)', wireTexts()],
] as const) {
  if (articles.length === 0) continue;
  const { median: rate, fastest, tokens } = endToEnd(articles);
  console.log(
    `analysis     ${perSecond(rate)} tokens per CPU second end to end (analyze(): header, language, tokens, entities, time, quotes) on ${corpus}: ${tokens.toLocaleString('en-US')} tokens of ${articles.length} articles, median of 7 rounds (fastest ${perSecond(fastest)})`,
  );
}

// 3b. Analysis stages per article
const stages = { tokenize: [] as number[], entities: [] as number[], time: [] as number[], quotes: [] as number[], total: [] as number[] };
for (let round = 0; round < 5; round++) {
  for (const text of texts) {
    const header = parseHeader(text);
    const [{ tokens, sentences }, tokenizeMs] = time(() => tokenize(text));
    const input: AnalysisInput = { text, tokens, sentences, language: detectLanguage(tokens), articleDate: findArticleDate(text, header).date };
    const [entities, entitiesMs] = time(() => recognizer.recognize(input));
    const [, timeMs] = time(() => findTimeExpressions(input));
    const [, quotesMs] = time(() => findQuotations(input, entities));
    const [, totalMs] = time(() => analyze(text));
    stages.tokenize.push(tokenizeMs);
    stages.entities.push(entitiesMs);
    stages.time.push(timeMs);
    stages.quotes.push(quotesMs);
    stages.total.push(totalMs);
  }
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const total = sum(stages.total);
const share = (values: number[]) => `${((sum(values) / total) * 100).toFixed(1)}%`;
console.log(
  `analysis     median ${median(stages.total).toFixed(2)} ms an article; share of the time: tokens ${share(stages.tokenize)}, entities ${share(stages.entities)}, time expressions ${share(stages.time)}, quotes ${share(stages.quotes)}`,
);

// What a stage adds (the goals: time expressions ≤ 20%, quotes ≤ 10%): the whole pipeline timed with
// and without it, in alternating rounds so that both see the same machine.
function pipeline(text: string, withTime: boolean, withQuotes: boolean): void {
  const { tokens, sentences } = tokenize(text);
  const input: AnalysisInput = { text, tokens, sentences, language: detectLanguage(tokens), articleDate: findArticleDate(text, parseHeader(text)).date };
  const entities = recognizer.recognize(input);
  if (withTime) findTimeExpressions(input);
  if (withQuotes) findQuotations(input, entities);
}
const timeRatios: number[] = [];
const quoteRatios: number[] = [];
for (let round = 0; round < 21; round++) {
  const full = time(() => texts.forEach((text) => pipeline(text, true, true)))[1];
  timeRatios.push(full / time(() => texts.forEach((text) => pipeline(text, false, true)))[1]);
  quoteRatios.push(full / time(() => texts.forEach((text) => pipeline(text, true, false)))[1]);
}
const added = (ratios: number[]) => `+${((median(ratios) - 1) * 100).toFixed(1)}%`;
console.log(`             time expressions add ${added(timeRatios)} to the analysis without them, quotes ${added(quoteRatios)} (median of 21 rounds)`);

// 3c. Hostile inputs: each analysed in a worker thread, stopped when it runs past two minutes.
function analyseHostile(name: string, length: number): Promise<Partial<HostileResult>> {
  return new Promise((resolve) => {
    const worker = new Worker(path.join(__dirname, 'bench-hostile.js'), { workerData: { name, length, modelDirectory } });
    let result: Partial<HostileResult> = {};
    const timer = setTimeout(() => void worker.terminate(), 120_000);
    worker.on('message', (message: Partial<HostileResult>) => (result = message));
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

async function benchHostile(): Promise<void> {
  console.log(
    'hostile inputs, analysed whole and without quotations (CPU time while a warmed-up worker analyses one; stopped after 2 minutes; the target: under 1 s each):',
  );
  for (const [name, length] of [
    ['minified JSON', 115_000],
    ['capitalised run ("A A A …")', 400_000],
    ['page of capitals', 400_000],
    ['one line of prose', 1_000_000],
    ['newlines', 100_000],
    ['binary-ish text', 400_000],
  ] as const) {
    const { wholeMs, outsideQuotesMs } = await analyseHostile(name, length);
    const seconds = (ms: number | undefined) => (ms === undefined ? 'stopped after 2 min' : `${(ms / 1000).toFixed(2)} s`);
    console.log(
      `  ${`${Math.round(length / 1000)} KB ${name}`.padEnd(36)} whole ${seconds(wholeMs).padEnd(20)} without quotations ${seconds(outsideQuotesMs)}`,
    );
  }
}

void benchHostile();
