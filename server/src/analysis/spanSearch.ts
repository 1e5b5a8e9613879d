// Binary searches over spans sorted by offset (tokens, sentences, mentions), shared by the recognizers.
import type { Span } from './types';

/** Index of the span holding `offset`, else of the first span after it (spans.length when none). */
export function spanIndexAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (offset < spans[middle].start) high = middle - 1;
    else if (offset >= spans[middle].end) low = middle + 1;
    else return middle;
  }
  return low;
}

/** Index of the first span ending after `offset`. */
export function firstSpanEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The span holding `offset`, or null (a sentence of a text, for a position in it). */
export function spanHolding<T extends Span>(spans: readonly T[], offset: number): T | null {
  const span = spans[spanIndexAtOrAfter(spans, offset)];
  return span && span.start <= offset ? span : null;
}
