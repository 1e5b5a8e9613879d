// The words around a quotation, with every quoted stretch taken out: where its attribution can be.
// Its own sentences first; the sentence before and after may hold the attribution too
// ("Bystrom agreed. “…”", "“…?” Trump asked.").
import type { Sentence, Span, Token } from '../types';
import { firstSpanEndingAfter, spanIndexAtOrAfter } from '../spanSearch';

/** A token of the context, or the place of a quoted stretch (which stops a noun phrase like punctuation).
 * Tokens go in as they are: a wrapper for each would be garbage made for every quotation near them. */
export type ContextItem = Token | QuotedPlace;

export interface QuotedPlace {
  quote: Span;
}

export function isToken(item: ContextItem | undefined): item is Token {
  return item !== undefined && !('quote' in item);
}

export interface QuoteContext {
  items: ContextItem[];
  /** Index in `items` of the quotation being attributed. */
  self: number;
  /** items[ownStart, ownEnd) are the quotation's own sentences; before and after them, its neighbours'. */
  ownStart: number;
  ownEnd: number;
}

export function quoteContext(text: string, stretch: Span, tokens: Token[], sentences: Sentence[], stretches: Span[]): QuoteContext {
  const first = spanIndexAtOrAfter(sentences, stretch.start);
  const last = Math.max(first, spanIndexAtOrAfter(sentences, Math.max(stretch.start, stretch.end - 1)));
  const own = { start: sentences[first]?.start ?? stretch.start, end: sentences[last]?.end ?? stretch.end };
  const previous = sentences[first - 1];
  const next = sentences[last + 1];
  // A quotation opening its sentence may be attributed in the one before, if that one is in its paragraph or ends with a colon.
  const withPrevious = previous && own.start >= stretch.start && (!paragraphBreak(text, previous.end, own.start) || text[previous.end - 1] === ':');
  // One closing its sentence ("…?”) may be attributed in the one after, in its paragraph.
  const withNext = next && own.end <= stretch.end && !paragraphBreak(text, own.end, next.start);
  const from = withPrevious ? previous.start : own.start;
  const to = withNext ? next.end : own.end;
  const items: ContextItem[] = [];
  let self = -1;
  let ownStart = -1;
  let ownEnd = -1;
  let stretchIndex = firstSpanEndingAfter(stretches, from);
  for (let i = firstSpanEndingAfter(tokens, from); i < tokens.length && tokens[i].start < to; i++) {
    const token = tokens[i];
    if (ownStart < 0 && token.start >= own.start) ownStart = items.length;
    if (ownEnd < 0 && token.start >= own.end) ownEnd = items.length;
    while (stretchIndex < stretches.length && stretches[stretchIndex].end <= token.start) stretchIndex++;
    const inside = stretches[stretchIndex];
    if (inside && inside.start <= token.start && token.end <= inside.end) {
      const previousItem = items[items.length - 1];
      if (!previousItem || isToken(previousItem) || previousItem.quote !== inside) {
        if (inside === stretch) self = items.length;
        items.push({ quote: inside });
      }
      continue;
    }
    items.push(token);
  }
  if (ownStart < 0) ownStart = items.length;
  if (ownEnd < 0) ownEnd = items.length;
  if (self < 0) {
    self = ownStart;
    items.splice(self, 0, { quote: stretch });
    ownEnd++;
  }
  return { items, self, ownStart, ownEnd };
}

function paragraphBreak(text: string, from: number, to: number): boolean {
  return /\n\s*\n/u.test(text.slice(from, to));
}
