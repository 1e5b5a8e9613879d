// `newsmark index DIR [--json] [--cache DIR]`: indexes a folder the way the language server does
// and reports the corpus's size, the time it took and the memory it holds; with a cache folder,
// how many articles came from the analysis cache and how many were analysed.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Analyzer } from '../analysis/analyze';
import { MemoryAnalysisCache } from '../corpus/analysisCache';
import { CorpusIndex } from '../corpus/corpusIndex';
import { cacheFileFor, FileAnalysisCache } from '../corpus/fileAnalysisCache';
import { CorpusIndexer } from '../corpus/indexer';
import { formatBytes, NodeArticleWorkspace } from '../corpus/nodeWorkspace';
import { defaultSelection } from '../corpus/workspace';

export interface IndexReport {
  documents: number;
  skipped: number;
  tokens: number;
  entities: number;
  mentions: number;
  milliseconds: number;
  heapMB: number;
  rssMB: number;
  /** Articles whose analysis came from the cache, and articles analysed; both 0 without a cache. */
  fromCache: number;
  analysed: number;
  /** The cache file's size after the run; 0 without a cache. */
  cacheBytes: number;
}

export interface AnalysisCacheChoice {
  directory: string;
  /** Computed only when a cache is used. */
  analyzerVersion: () => string;
}

export async function indexFolder(
  analyzer: Analyzer,
  folder: string,
  warn: (message: string) => void,
  cacheChoice?: AnalysisCacheChoice,
): Promise<IndexReport> {
  const started = performance.now();
  const root = path.resolve(folder);
  const index = new CorpusIndex(analyzer);
  const cache = cacheChoice
    ? new FileAnalysisCache(cacheFileFor(path.resolve(cacheChoice.directory), [root]), cacheChoice.analyzerVersion(), { warn })
    : undefined;
  const indexer = new CorpusIndexer(index, new NodeArticleWorkspace([root], defaultSelection), cache ?? new MemoryAnalysisCache());
  let skipped = 0;
  await indexer.rebuild({
    progress: () => undefined,
    skipped: (uri, reason) => {
      skipped++;
      warn(`skipped ${uri}: ${reason}`);
    },
  });
  const milliseconds = performance.now() - started;
  let tokens = 0;
  for (const article of index.allArticles()) tokens += article.analysis.tokenCount;
  const { articles, entities, mentions } = index.stats();
  const { fromCache, analysed } = indexer.cacheUseSinceRebuild();
  const cacheBytes = cache ? ((await stat(cache.file).catch(() => undefined))?.size ?? 0) : 0;
  const memory = process.memoryUsage();
  return {
    documents: articles,
    skipped,
    tokens,
    entities,
    mentions,
    milliseconds: Math.round(milliseconds),
    heapMB: megabytes(memory.heapUsed),
    rssMB: megabytes(memory.rss),
    fromCache: cache ? fromCache : 0,
    analysed: cache ? analysed : 0,
    cacheBytes,
  };
}

export function formatIndexReport(report: IndexReport): string {
  const rate = report.milliseconds > 0 ? Math.round((report.tokens / report.milliseconds) * 1000) : report.tokens;
  const lines = [
    `documents  ${report.documents}${report.skipped ? ` (${report.skipped} skipped)` : ''}`,
    `tokens     ${report.tokens}`,
    `entities   ${report.entities}`,
    `mentions   ${report.mentions}`,
    `time       ${report.milliseconds} ms (${rate} tokens/s)`,
    `memory     ${report.heapMB} MB heap, ${report.rssMB} MB resident`,
  ];
  if (report.cacheBytes > 0) lines.push(`cache      ${report.fromCache} hits, ${report.analysed} misses (analysed), ${formatBytes(report.cacheBytes)} on disk`);
  return lines.join('\n');
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
