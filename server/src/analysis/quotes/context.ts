// The words around a quotation, with every quoted stretch taken out: where its attribution can be.
// Its own sentences first; the sentence before and after may hold the attribution too
// ("Bystrom agreed. “…”", "“…?” Trump asked."). The context never reaches further than a fixed
// number of tokens from the quotation, so that a "sentence" of minified JSON with thousands of
// quoted stretches costs each of them the same small window: attribution stays linear in the text.
import type { Sentence, Span, Token } from '../types';
import { isSpace, isOneOf, lowerCase } from '../characters';

/** A token of the context, or the place of a quoted stretch (which stops a noun phrase like punctuation).
 * Tokens go in as they are: a wrapper for each would be garbage made for every quotation near them. */
export type ContextItem = Token | QuotedPlace;

export interface QuotedPlace {
  quote: Span;
}

/** A stretch's place, with its first token, the first token after it, and the sentences holding its first and last character. */
interface PlacedStretch extends QuotedPlace {
  firstToken: number;
  afterToken: number;
  firstSentence: number;
  lastSentence: number;
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
  /** False when the window cut the quotation's own sentences short. */
  ownWhole: boolean;
  /** By item, the index of its token in the article, or -1 for a quoted stretch. */
  tokenIndexes: number[];
  /** By token of the article, its text in lower case, made when first asked for (lowerAt) and shared by
   * every context: the windows of a paragraph's quotations overlap, and most tokens are never read. */
  lowered: (string | undefined)[];
}

/** The item's text in lower case; '' for a quoted stretch or a place outside the context. Made once an
 * article, for the attribution and the classification alike. */
export function lowerAt(context: QuoteContext, at: number): string {
  if (at < 0 || at >= context.items.length) return '';
  const token = context.tokenIndexes[at];
  if (token < 0) return '';
  let lower = context.lowered[token];
  if (lower === undefined) {
    lower = lowerCase((context.items[at] as Token).text);
    context.lowered[token] = lower;
  }
  return lower;
}

/** How many tokens before and after a quotation its attribution may be read from (a long apposition
 * between a quotation and its verb takes some twenty: "”, Drew Heiserman, a steering committee member …, said"). */
export const contextReach = 60;
/** How many words of the sentence after a quotation may attribute it. */
const nextSentenceWords = 12;

/**
 * The contexts of an article's quoted stretches (sorted by start, apart). Where each stretch's tokens and
 * sentences are is found once, in one walk over the article, and each stretch's place in its neighbours'
 * contexts is one shared object: a context costs only its own window, with no search and no garbage.
 */
export class QuoteContexts {
  /** By stretch: its place among the items of the contexts it is in, with where its tokens and sentences are. */
  private readonly places: PlacedStretch[];
  /** By token of the article, its text in lower case once read: one list for every context (`lowerAt`). */
  private readonly lowered: (string | undefined)[];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly sentences: Sentence[],
    private readonly stretches: Span[],
  ) {
    this.lowered = new Array<string | undefined>(tokens.length);
    // One walk over the tokens and sentences for all the stretches, which are sorted and apart: cheaper
    // than four binary searches a stretch, whose every step reads a token far from the last.
    let token = 0;
    let sentence = 0;
    this.places = stretches.map((quote) => {
      token = firstEndingAfter(tokens, quote.start, token);
      sentence = firstEndingAfter(sentences, quote.start, sentence);
      return {
        quote,
        firstToken: token,
        afterToken: firstEndingAfter(tokens, quote.end, token),
        firstSentence: sentence,
        lastSentence: firstEndingAfter(sentences, Math.max(quote.start, quote.end - 1), sentence),
      };
    });
  }

  /** The context of `stretches[index]`. */
  of(index: number): QuoteContext {
    const { text, tokens, sentences, stretches } = this;
    const stretch = stretches[index];
    const place = this.places[index];
    const first = place.firstSentence;
    const last = place.lastSentence;
    const own = { start: sentences[first]?.start ?? stretch.start, end: sentences[last]?.end ?? stretch.end };
    const previous = first > 0 ? sentences[first - 1] : undefined;
    const next = last + 1 < sentences.length ? sentences[last + 1] : undefined;
    // A quotation opening its sentence may be attributed in the one before, if that one is in its paragraph or
    // ends with a colon; a quotation that is a whole paragraph, in the last sentence of the paragraph before
    // ("Carter said that critics had predicted a withdrawal.⏎⏎“That’s because this region …”").
    const wholeParagraph = own.start >= stretch.start && own.end <= stretch.end && paragraphBreak(text, previous?.end ?? 0, own.start);
    const withPrevious =
      previous && own.start >= stretch.start && (!paragraphBreak(text, previous.end, own.start) || text[previous.end - 1] === ':' || wholeParagraph);
    // One closing its sentence ("…?”) may be attributed in the one after, in its paragraph.
    // A quotation that is a whole paragraph is signed by a short paragraph after it opening with a dash
    // ("“…”⏎⏎- Sanders.", "-President Obama, tweeting after Clinton's speech.").
    const withNext = next && own.end <= stretch.end && (!paragraphBreak(text, own.end, next.start) || (wholeParagraph && signatureParagraph(text, next)));
    const windowFirst = Math.max(0, place.firstToken - contextReach);
    const windowAfter = Math.min(tokens.length, place.afterToken + contextReach);
    const windowEnd = tokens[windowAfter - 1]?.end ?? stretch.end;
    // Of the sentence after, only its first words can attribute the quotation ("“…?” Trump asked.").
    const nextEnd = withNext ? Math.min(next.end, tokens[Math.min(tokens.length - 1, next.tokenStart + nextSentenceWords)]?.end ?? next.end) : own.end;
    // A sentence starts at its first token: the window and the sentences start at token indexes alike.
    const firstSentenceToken = withPrevious ? previous.tokenStart : (sentences[first]?.tokenStart ?? place.firstToken);
    const firstItemToken = Math.max(firstSentenceToken, windowFirst);
    const from = tokens[firstItemToken]?.start ?? stretch.start;
    const to = Math.min(nextEnd, windowEnd);
    const items: ContextItem[] = [];
    const tokenIndexes: number[] = [];
    let self = -1;
    let ownStart = -1;
    let ownEnd = -1;
    // The first stretch ending after the window's start: the stretches before this one, walked back over.
    let stretchIndex = index;
    while (stretchIndex > 0 && stretches[stretchIndex - 1].end > from) stretchIndex--;
    for (let i = firstItemToken; i < tokens.length && tokens[i].start < to; i++) {
      const token = tokens[i];
      if (ownStart < 0 && token.start >= own.start) ownStart = items.length;
      if (ownEnd < 0 && token.start >= own.end) ownEnd = items.length;
      while (stretchIndex < stretches.length && stretches[stretchIndex].end <= token.start) stretchIndex++;
      const inside = stretches[stretchIndex];
      if (inside && inside.start <= token.start && token.end <= inside.end) {
        if (stretchIndex === index) self = items.length;
        items.push(this.places[stretchIndex]);
        tokenIndexes.push(-1);
        // A quoted stretch is one item: its tokens are passed over at once, however long it is.
        i = this.places[stretchIndex].afterToken - 1;
        continue;
      }
      items.push(token);
      tokenIndexes.push(i);
    }
    if (ownStart < 0) ownStart = items.length;
    if (ownEnd < 0) ownEnd = items.length;
    if (self < 0) {
      self = ownStart;
      items.splice(self, 0, this.places[index]);
      tokenIndexes.splice(self, 0, -1);
      ownEnd++;
    }
    return { items, self, ownStart, ownEnd, ownWhole: from <= own.start && to >= own.end, tokenIndexes, lowered: this.lowered };
  }
}

/** The first of `spans` from `from` on that ends after `offset`. */
function firstEndingAfter(spans: readonly Span[], offset: number, from: number): number {
  let at = from;
  while (at < spans.length && spans[at].end <= offset) at++;
  return at;
}

/** How many tokens a signature standing as a paragraph of its own may have ("-President Obama, tweeting after Clinton's speech."). */
const signatureTokens = 12;

// A short sentence opening with a dash that is its whole paragraph: the signature of the quotation before it.
function signatureParagraph(text: string, sentence: Sentence): boolean {
  if (!isOneOf(text[sentence.start] ?? '', '—–―-') || sentence.tokenEnd - sentence.tokenStart > signatureTokens) return false;
  let after = sentence.end;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  return after >= text.length || paragraphBreak(text, sentence.end, after);
}

// Two line ends with only spaces between them: read character by character, not by a pattern on a slice.
function paragraphBreak(text: string, from: number, to: number): boolean {
  let lineEnds = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) {
      if (++lineEnds === 2) return true;
    } else if (!isSpace(code)) lineEnds = 0;
  }
  return false;
}
