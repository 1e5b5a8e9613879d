// `newsmark index DIR [--json]`: indexes a folder the way the language server does and reports
// the corpus's size, the time it took and the memory it holds.
import * as path from 'node:path';
import type { Analyzer } from '../analysis/analyze';
import { CorpusIndex } from '../corpus/corpusIndex';
import { CorpusIndexer } from '../corpus/indexer';
import { NodeArticleWorkspace } from '../corpus/nodeWorkspace';
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
}

export async function indexFolder(analyzer: Analyzer, folder: string, warn: (message: string) => void): Promise<IndexReport> {
  const started = performance.now();
  const index = new CorpusIndex(analyzer);
  const indexer = new CorpusIndexer(index, new NodeArticleWorkspace([path.resolve(folder)], defaultSelection));
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
  const memory = process.memoryUsage();
  return { documents: articles, skipped, tokens, entities, mentions, milliseconds: Math.round(milliseconds), heapMB: megabytes(memory.heapUsed), rssMB: megabytes(memory.rss) };
}

export function formatIndexReport(report: IndexReport): string {
  const rate = report.milliseconds > 0 ? Math.round((report.tokens / report.milliseconds) * 1000) : report.tokens;
  return [
    `documents  ${report.documents}${report.skipped ? ` (${report.skipped} skipped)` : ''}`,
    `tokens     ${report.tokens}`,
    `entities   ${report.entities}`,
    `mentions   ${report.mentions}`,
    `time       ${report.milliseconds} ms (${rate} tokens/s)`,
    `memory     ${report.heapMB} MB heap, ${report.rssMB} MB resident`,
  ].join('\n');
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
