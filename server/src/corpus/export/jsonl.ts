// The JSONL export: one article a line, in the `annotate --format json` schema (README, "Command line"),
// its `path` the article's path in the export.
import { annotatedArticle } from '../articleJson';
import type { CorpusIndex } from '../corpusIndex';
import type { ExportedArticle } from './exportedArticle';

export function jsonlLine(index: CorpusIndex, { article, path }: ExportedArticle): string {
  return `${JSON.stringify({ ...annotatedArticle(index, article), path })}\n`;
}
