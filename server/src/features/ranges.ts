// Spans of an indexed article as LSP ranges and locations.
import type { Location, Position, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import type { IndexedArticle } from '../corpus/corpusIndex';
import { offsetToPosition, positionToOffset } from '../corpus/lines';

export function spanToRange(article: IndexedArticle, span: Span): Range {
  return { start: offsetToPosition(article.lineStarts, span.start), end: offsetToPosition(article.lineStarts, span.end) };
}

export function spanToLocation(article: IndexedArticle, span: Span): Location {
  return { uri: article.uri, range: spanToRange(article, span) };
}

export function positionToArticleOffset(article: IndexedArticle, position: Position): number {
  return positionToOffset(article.lineStarts, position, article.textLength);
}
