// `newsmark index DIR [--json] [--cache DIR]`: indexes a folder the way the language server does
// (the same corpus, built by corpusFactory.ts, analysed in the same worker pool) and reports the
// corpus's size, the time it took and the memory it held; with a cache folder, how many articles
// came from the analysis cache and how many were analysed.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Analyzer } from '../analysis/analyze';
import type { ArticleAnalysisService } from '../corpus/analysisPool';
import { Catalog } from '../corpus/catalog';
import { scanForCatalog } from '../corpus/catalogFiles';
import { createCorpus } from '../corpus/corpusFactory';
import { formatBytes, NodeArticleWorkspace } from '../corpus/nodeWorkspace';
import { defaultSelection } from '../corpus/workspace';

export interface IndexReport {
  documents: number;
  skipped: number;
  tokens: number;
  entities: number;
  mentions: number;
  milliseconds: number;
  /** CPU time of the whole process, every thread: what the run cost on a machine shared with other work. */
  cpuMilliseconds: number;
  heapMB: number;
  rssMB: number;
  /** The largest resident size of the whole run, worker threads included. */
  peakRssMB: number;
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

export interface IndexServices {
  analysis: ArticleAnalysisService;
  analyzer: Analyzer;
}

export async function indexFolder(
  services: IndexServices,
  folder: string,
  warn: (message: string) => void,
  cacheChoice?: AnalysisCacheChoice,
  catalog = new Catalog(),
): Promise<IndexReport> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const root = path.resolve(folder);
  const { index, indexer, cacheFile } = createCorpus(
    { folders: [root], selection: defaultSelection, cacheDirectory: cacheChoice && path.resolve(cacheChoice.directory), keepArticlesAsEntries: true },
    {
      ...services,
      createWorkspace: (folders, selection) => new NodeArticleWorkspace(folders, selection),
      analyzerVersion: () => cacheChoice?.analyzerVersion() ?? '',
      warn,
    },
  );
  index.setCatalog(catalog);
  let skipped = 0;
  await indexer.rebuild({
    progress: () => undefined,
    skipped: (uri, reason) => {
      skipped++;
      warn(`skipped ${uri}: ${reason}`);
    },
  });
  // Articles from the cache come without their texts: they are read again for the catalog's names.
  const workspace = new NodeArticleWorkspace([root], defaultSelection);
  await scanForCatalog(
    index,
    async (uri) => {
      const read = await workspace.readArticle(uri);
      return read.kind === 'text' ? read.text : undefined;
    },
    () => false,
  );
  // The index snapshot for the next run is written after the index is ready; the run is not over before.
  await indexer.flushCache();
  const milliseconds = performance.now() - started;
  let tokens = 0;
  for (const article of index.allArticles()) tokens += article.tokenCount;
  const { articles, entities, mentions } = index.stats();
  const { fromCache, analysed } = indexer.cacheUseSinceRebuild();
  const cacheBytes = cacheFile ? ((await stat(cacheFile).catch(() => undefined))?.size ?? 0) : 0;
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage(cpuStart);
  return {
    documents: articles,
    skipped,
    tokens,
    entities,
    mentions,
    milliseconds: Math.round(milliseconds),
    cpuMilliseconds: Math.round((cpu.user + cpu.system) / 1000),
    heapMB: megabytes(memory.heapUsed),
    rssMB: megabytes(memory.rss),
    peakRssMB: megabytes(process.resourceUsage().maxRSS * 1024),
    fromCache: cacheFile ? fromCache : 0,
    analysed: cacheFile ? analysed : 0,
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
    `time       ${report.milliseconds} ms (${rate} tokens/s), ${report.cpuMilliseconds} ms of CPU in all threads`,
    `memory     ${report.heapMB} MB heap, ${report.rssMB} MB resident (peak ${report.peakRssMB} MB)`,
  ];
  if (report.cacheBytes > 0) lines.push(`cache      ${report.fromCache} hits, ${report.analysed} misses (analysed), ${formatBytes(report.cacheBytes)} on disk`);
  return lines.join('\n');
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
