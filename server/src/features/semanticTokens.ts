// Semantic tokens: entities of the kinds the settings colour, time expressions, quotations and quoted
// terms, never overlapping and one line at a time (editors without multiline token support draw
// nothing otherwise).
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { offsetToPosition } from '../corpus/lines';
import { flattenSpans } from '../display/flattenSpans';
import { tokenTypes, type EntityTokenType } from '../display/tokenTypes';
import { positionToArticleOffset } from './ranges';

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [] };

export function documentSemanticTokens(index: CorpusIndex, uri: string, range?: Range, shownEntities?: ReadonlySet<EntityTokenType>): SemanticTokens {
  const article = index.article(uri);
  return article ? semanticTokens(index, article, range, shownEntities) : { data: [] };
}

function semanticTokens(
  index: CorpusIndex,
  article: IndexedArticle,
  range: Range | undefined,
  shownEntities: ReadonlySet<EntityTokenType> | undefined,
): SemanticTokens {
  const from = range ? positionToArticleOffset(article, range.start) : 0;
  const to = range ? positionToArticleOffset(article, range.end) : article.textLength;
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const span of flattenSpans(index, article, shownEntities)) {
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
