// Words and links shared by the hover cards and the symbol lists.
import type { EntityType, Span } from '../analysis/types';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { offsetToPosition } from '../corpus/lines';

export const entityTypeLabels: Record<EntityType, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** A markdown link that opens the article at the span (VS Code reads the `#L line,column` fragment). */
export function locationLink(index: CorpusIndex, uri: string, span: Span, label: string): string {
  const article = index.article(uri);
  if (!article) return label;
  const { line, character } = offsetToPosition(article.lineStarts, span.start);
  return `[${label}](${uri}#L${line + 1},${character + 1})`;
}

export function quoteExcerpt(text: string, maxLength = 120): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1)}…`;
}
