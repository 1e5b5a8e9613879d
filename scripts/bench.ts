// `npm run bench`: the speed and memory goals, measured and printed (tests never assert timings).
//   1. entity models: size on disk, load time, heap they add;
//   2. tokenising plus tagging throughput on real news text;
//   3. an article's analysis time, stage by stage (what the temporal tagger and quote finder add);
//   4. indexing a corpus of many articles, and the latency of each request on it; then indexing it
//      again through the analysis cache the first pass wrote (a restart with no file changed).
// It runs as one minified bundle in .bench/, built as the server is, so that it times the code that ships.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createAnalyzer } from '../server/src/analysis/analyze';
import { findArticleDate, parseHeader } from '../server/src/analysis/header';
import { detectLanguage } from '../server/src/analysis/language';
import { findQuotations } from '../server/src/analysis/quotes';
import { findTimeExpressions } from '../server/src/analysis/time';
import { tokenize } from '../server/src/analysis/tokens';
import type { AnalysisInput } from '../server/src/analysis/types';
import { CorpusIndex } from '../server/src/corpus/corpusIndex';
import { FileAnalysisCache } from '../server/src/corpus/fileAnalysisCache';
import { CorpusIndexer } from '../server/src/corpus/indexer';
import { InMemoryArticleWorkspace } from '../server/src/corpus/memoryWorkspace';
import { InThreadAnalysis } from '../server/src/corpus/analysisPool';
import { OpenDocuments } from '../server/src/corpus/openDocuments';
import { hover } from '../server/src/features/hover';
import { definition, references } from '../server/src/features/navigation';
import { documentSemanticTokens } from '../server/src/features/semanticTokens';
import { workspaceSymbols } from '../server/src/features/symbols';
import { loadEntityRecognizer } from '../server/src/models';
import { dataPath } from './dataRoot';

const root = path.resolve(__dirname, '..');
const modelDirectory = path.join(root, 'models');
const corpusSize = Number(process.env.BENCH_ARTICLES ?? 10_000);

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

// 3. Analysis stages per article
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

// 4. A large corpus: indexing, then requests
async function benchCorpus(): Promise<void> {
  const files: Record<string, string> = {};
  for (let i = 0; i < corpusSize; i++) files[`file:///bench/${String(i).padStart(6, '0')}.txt`] = texts[i % texts.length];
  const workspace = new InMemoryArticleWorkspace(files);
  const cacheDirectory = mkdtempSync(path.join(tmpdir(), 'newsmark-bench-cache-'));
  const cacheFile = path.join(cacheDirectory, 'analysis.gz');
  const index = new CorpusIndex(analyze);
  const inThread = new InThreadAnalysis(analyze);
  const indexer = new CorpusIndexer(index, workspace, new FileAnalysisCache(cacheFile, 'bench'), inThread, new OpenDocuments(index, inThread));
  const heapStart = heapMB();
  const start = performance.now();
  await indexer.rebuild({ progress: () => undefined, skipped: () => undefined });
  const indexMs = performance.now() - start;
  const { articles, entities, mentions } = index.stats();
  console.log(
    `indexing     ${articles.toLocaleString('en-US')} articles in ${(indexMs / 1000).toFixed(1)} s (${Math.round(articles / (indexMs / 1000))} articles/s, cold: every article analysed, then the cache written), ${entities.toLocaleString('en-US')} entities, ${mentions.toLocaleString('en-US')} mentions, +${(heapMB() - heapStart).toFixed(0)} MB memory`,
  );

  const uri = Object.keys(files)[1];
  const article = index.article(uri)!;
  const mention = article.mentions.find((candidate) => candidate.type === 'PER') ?? article.mentions[0];
  const position = { line: 0, character: 0 };
  for (let line = 0, offset = 0; line < article.lineStarts.length; line++) {
    if (article.lineStarts[line] <= mention.start) [position.line, offset] = [line, article.lineStarts[line]];
    position.character = mention.start - offset;
  }
  const requests: [string, () => unknown][] = [
    ['semantic tokens', () => documentSemanticTokens(index, uri)],
    ['hover', () => hover(index, uri, position)],
    ['definition', () => definition(index, uri, position)],
    ['references', () => references(index, uri, position, true)],
    ['workspace symbols', () => workspaceSymbols(index, mention.text.slice(0, 4))],
    ['edit (re-analyse and re-index one article)', () => index.setArticle(uri, texts[1])],
  ];
  for (const [name, run] of requests) {
    const runs = Array.from({ length: 5 }, () => time(run)[1]);
    console.log(`  ${name.padEnd(44)} ${median(runs).toFixed(1)} ms (median of 5; the first ${runs[0].toFixed(1)} ms) on "${mention.text}"`);
  }

  const warmIndex = new CorpusIndex(analyze);
  const warmIndexer = new CorpusIndexer(warmIndex, workspace, new FileAnalysisCache(cacheFile, 'bench'), inThread, new OpenDocuments(warmIndex, inThread));
  const warmStart = performance.now();
  await warmIndexer.rebuild({ progress: () => undefined, skipped: () => undefined });
  const warmMs = performance.now() - warmStart;
  const { fromCache, analysed } = warmIndexer.cacheUseSinceRebuild();
  console.log(
    `  ${'warm (from the analysis cache)'.padEnd(44)} ${warmIndex.stats().articles.toLocaleString('en-US')} articles in ${(warmMs / 1000).toFixed(2)} s (${fromCache} from the cache, ${analysed} analysed; cold ${(indexMs / 1000).toFixed(1)} s), cache file ${(statSync(cacheFile).size / 1024 / 1024).toFixed(1)} MB`,
  );
  rmSync(cacheDirectory, { recursive: true, force: true });
}

void benchCorpus();
