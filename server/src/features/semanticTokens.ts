// Semantic tokens: entities, time expressions, quotations and quoted terms, never overlapping and
// one line at a time (editors without multiline token support draw nothing otherwise).
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { EntityType, Span, TimexType } from '../analysis/types';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { offsetToPosition } from '../corpus/lines';
import { positionToArticleOffset } from './ranges';

export const tokenTypes = ['person', 'organization', 'location', 'misc', 'date', 'time', 'duration', 'set', 'quote', 'term'] as const;
export type TokenType = (typeof tokenTypes)[number];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [] };

export const entityTokenTypes: Record<EntityType, TokenType> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };
export const timexTokenTypes: Record<TimexType, TokenType> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'set' };

interface TypedSpan extends Span {
  type: TokenType;
}

export function documentSemanticTokens(index: CorpusIndex, uri: string, range?: Range): SemanticTokens {
  const article = index.article(uri);
  return article ? semanticTokens(article, range) : { data: [] };
}

function semanticTokens(article: IndexedArticle, range?: Range): SemanticTokens {
  const from = range ? positionToArticleOffset(article, range.start) : 0;
  const to = range ? positionToArticleOffset(article, range.end) : article.textLength;
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const span of flattenSpans(article)) {
    if (span.end <= from || span.start >= to) continue;
    for (const piece of splitByLine(article.lineStarts, span)) {
      const start = offsetToPosition(article.lineStarts, piece.start);
      const deltaLine = start.line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? start.character - previousCharacter : start.character, piece.end - piece.start, tokenTypes.indexOf(span.type), 0);
      previousLine = start.line;
      previousCharacter = start.character;
    }
  }
  return { data };
}

/** Names and dates win over the quotation around them, which keeps its colour in the gaps. */
export function flattenSpans(article: IndexedArticle): TypedSpan[] {
  const { analysis } = article;
  const inner: TypedSpan[] = [
    ...analysis.entities.map((entity) => ({ start: entity.start, end: entity.end, type: entityTokenTypes[entity.type] })),
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

function dropOverlaps(sorted: TypedSpan[]): TypedSpan[] {
  const kept: TypedSpan[] = [];
  for (const span of sorted) {
    if (span.end <= span.start) continue;
    if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  }
  return kept;
}

function splitByLine(lineStarts: Uint32Array, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  let line = offsetToPosition(lineStarts, start).line;
  while (start < span.end) {
    const nextLineStart = line + 1 < lineStarts.length ? lineStarts[line + 1] : Infinity;
    // Leave the line end (\n or \r\n) out of the token.
    const lineEnd = Math.min(span.end, nextLineStart);
    const end = lineEnd === nextLineStart ? lineEnd - 1 : lineEnd;
    if (end > start) pieces.push({ start, end });
    start = nextLineStart;
    line++;
  }
  return pieces;
}
