// Markdown links from a hover card to a place in an article.
import type { Span } from '../analysis/types';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { offsetToPosition } from '../corpus/lines';

/** A markdown link that opens the article at the span (VS Code reads the `#L line,column` fragment). */
export function locationLink(index: CorpusIndex, uri: string, span: Span, label: string): string {
  const article = index.article(uri);
  if (!article) return label;
  const { line, character } = offsetToPosition(article.lineStarts, span.start);
  return `[${label}](${uri}#L${line + 1},${character + 1})`;
}
