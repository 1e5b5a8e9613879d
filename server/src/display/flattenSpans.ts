// An article's spans as one flat, ordered list without overlaps, which both an editor's semantic
// tokens and the terminal's colours need.
import type { Span } from '../analysis/types';
import { shownType, type CorpusIndex, type IndexedArticle } from '../corpus/corpusIndex';
import { entityKinds, entityTokenTypes, timexTokenTypes, type EntityTokenType, type TokenType } from './tokenTypes';

export interface TypedSpan extends Span {
  type: TokenType;
}

/**
 * Names (in their entity's type) and dates win over the quotation around them, which keeps its colour
 * in the gaps. Names of the kinds not shown leave no span, so that a quotation keeps its colour over them.
 */
export function flattenSpans(index: CorpusIndex, article: IndexedArticle, shownEntities: ReadonlySet<EntityTokenType> = allEntityKinds): TypedSpan[] {
  const { analysis } = article;
  const inner: TypedSpan[] = [
    ...article.mentions
      .map((mention) => ({ start: mention.start, end: mention.end, type: entityTokenTypes[shownType(index, mention)] }))
      .filter((span) => shownEntities.has(span.type)),
    ...analysis.timexes.map((timex) => ({ start: timex.start, end: timex.end, type: timexTokenTypes[timex.type] })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const innerSpans = dropOverlaps(inner);
  const outer: TypedSpan[] = [
    ...analysis.quotes.map((quote) => ({ start: quote.start, end: quote.end, type: 'quote' as const })),
    ...analysis.terms.map((term) => ({ start: term.start, end: term.end, type: 'term' as const })),
  ];
  const pieces: TypedSpan[] = [...innerSpans];
  for (const span of dropOverlaps(outer.sort((a, b) => a.start - b.start))) {
    let cursor = span.start;
    for (const child of innerSpans) {
      if (child.end <= cursor || child.start >= span.end) continue;
      if (child.start > cursor) pieces.push({ start: cursor, end: child.start, type: span.type });
      cursor = Math.max(cursor, child.end);
    }
    if (cursor < span.end) pieces.push({ start: cursor, end: span.end, type: span.type });
  }
  return pieces.sort((a, b) => a.start - b.start);
}

const allEntityKinds: ReadonlySet<EntityTokenType> = new Set(entityKinds);

function dropOverlaps(sorted: TypedSpan[]): TypedSpan[] {
  const kept: TypedSpan[] = [];
  for (const span of sorted) {
    if (span.end <= span.start) continue;
    if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  }
  return kept;
}
