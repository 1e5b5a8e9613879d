// The words around a quotation, with every quoted stretch taken out: where its attribution can be.
import type { Sentence, Span, Token } from '../types';

/** A token of the context, or the place of a quoted stretch (which stops a noun phrase like punctuation). */
export type ContextItem = { token: Token } | { quote: Span };

export interface QuoteContext {
  items: ContextItem[];
  /** Index in `items` of the quotation being attributed. */
  self: number;
}

/** The sentences the stretch overlaps, with its own place and every other quoted stretch marked. */
export function quoteContext(stretch: Span, tokens: Token[], sentences: Sentence[], stretches: Span[]): QuoteContext {
  const first = sentenceAt(sentences, stretch.start);
  const last = sentenceAt(sentences, Math.max(stretch.start, stretch.end - 1));
  const from = first ? tokens[first.tokenStart].start : stretch.start;
  const to = last ? tokens[last.tokenEnd - 1].end : stretch.end;
  const items: ContextItem[] = [];
  let self = -1;
  let stretchIndex = lowerBound(stretches, from);
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].start < to; i++) {
    const token = tokens[i];
    while (stretchIndex < stretches.length && stretches[stretchIndex].end <= token.start) stretchIndex++;
    const inside = stretches[stretchIndex];
    if (inside && inside.start <= token.start && token.end <= inside.end) {
      const previous = items[items.length - 1];
      if (!previous || !('quote' in previous) || previous.quote !== inside) {
        if (inside === stretch || (inside.start === stretch.start && inside.end === stretch.end)) self = items.length;
        items.push({ quote: inside });
      }
      continue;
    }
    items.push({ token });
  }
  if (self < 0) {
    self = items.length;
    items.push({ quote: stretch });
  }
  return { items, self };
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  // Between sentences (a mark the tokenizer left out): the next sentence.
  return sentences[low];
}

/** Index of the first token ending after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lowerBound(spans: Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
