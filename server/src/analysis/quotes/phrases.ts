// The noun phrases a speech cue can name, read off the context's tokens with the language's word lists.
import type { Span, Token } from '../types';
import type { ContextItem } from './context';
import { isToken } from './context';
import type { SpeechLexicon } from './lexicon';

const maximumPhraseTokens = 8;
const maximumSkippedTokens = 5;

export class Phrases {
  private readonly lowered: string[];

  constructor(
    readonly items: ContextItem[],
    readonly lexicon: SpeechLexicon,
  ) {
    this.lowered = items.map((item) => (isToken(item) ? item.text.toLowerCase() : ''));
  }

  token(at: number): Token | null {
    const item = this.items[at];
    return isToken(item) ? item : null;
  }

  text(at: number): string {
    return this.token(at)?.text ?? '';
  }

  lower(at: number): string {
    return this.lowered[at] ?? '';
  }

  /** Punctuation or a quoted stretch: nothing a noun phrase crosses. */
  isBoundary(at: number): boolean {
    const token = this.token(at);
    return !token || !/[\p{L}\p{N}]/u.test(token.text);
  }

  isQuote(at: number): boolean {
    const item = this.items[at];
    return item !== undefined && !isToken(item);
  }

  /** A lower-case word that may stand between a subject and its verb ("ha", "also", "le"). */
  isAuxiliary(at: number): boolean {
    const text = this.text(at);
    return /^\p{Ll}/u.test(text) && this.lexicon.auxiliaries.has(text);
  }

  /** Where the clause holding `self` starts: after the last "; but while pero mientras" before it. */
  clauseStart(from: number, self: number): number {
    for (let at = self - 1; at >= from; at--) if (this.lexicon.clauseBreaks.has(this.lower(at))) return at + 1;
    return from;
  }

  /** A time word between a subject and its verb: "Ryan on Tuesday called". */
  isTimeWord(at: number): boolean {
    return this.lexicon.timeWords.has(this.lower(at));
  }

  /** "gingerly", "rotundamente". */
  isAdverb(at: number): boolean {
    const text = this.text(at);
    return /^\p{Ll}/u.test(text) && this.lexicon.adverbEndings.some((ending) => text.endsWith(ending) && text.length > ending.length + 2);
  }

  private isPhraseWord(at: number): boolean {
    if (this.isBoundary(at) || this.isAdverb(at)) return false;
    const lower = this.lower(at);
    return !this.lexicon.nounPhraseStops.has(lower) && !this.lexicon.verbForms.has(lower);
  }

  /** The phrase starting at `from`; with fillers, after time words and the like ("said Tuesday the minister"). */
  after(from: number, skipFillers: boolean): Span | null {
    let start = from;
    if (skipFillers) {
      for (let skipped = 0; skipped < maximumSkippedTokens && this.isFiller(start); skipped++) start++;
      // A skipped determiner belongs to the phrase: "dijo el presidente".
      while (start > from && this.lexicon.determiners.has(this.lower(start - 1)) && this.isPhraseWord(start)) start--;
    }
    let end = start;
    // A lower-case time word after the first ends the phrase: "dijo Marín este jueves", "said the minister on Tuesday".
    const endsPhrase = (at: number) => at > start && this.isTimeWord(at) && /^\p{Ll}/u.test(this.text(at));
    while (end < this.items.length && end - start < maximumPhraseTokens && this.isPhraseWord(end) && !endsPhrase(end)) end++;
    // "dijo el ministro de Exteriores, José Manuel Albares, en rueda de prensa": the name in apposition belongs to it.
    if (end > start && this.text(end) === ',' && /^\p{Lu}/u.test(this.text(end + 1))) {
      const name = this.nameEnd(end + 1);
      if (this.isBoundary(name)) end = name;
    }
    return this.span(start, end);
  }

  /** The phrase ending at `last`, a parenthesis after it left out: "Sen. Ted Cruz (Tex.) said". */
  before(last: number): Span | null {
    if (this.text(last) === ')') {
      for (let at = last - 1; at > last - 8 && at >= 0; at--) if (this.text(at) === '(') return this.before(at - 1);
    }
    let start = last + 1;
    while (start > 0 && last + 1 - start < maximumPhraseTokens && this.isPhraseWord(start - 1)) start--;
    return this.span(start, last + 1);
  }

  /** "Haley Morris, a spokeswoman for the campaign, said": the head with its apposition (else the apposition alone). */
  beforeApposition(comma: number): Span | null {
    for (let at = comma - 1; at > comma - 16 && at >= 0; at--) {
      if (this.text(at) === ',') {
        // The whole "head, apposition": either may be the name ("El presidente del Gobierno, Pedro Sánchez,").
        const head = this.before(at - 1);
        const last = this.token(comma - 1);
        return head && last ? { start: head.start, end: last.end } : this.before(comma - 1);
      }
      // A possessive apostrophe ("Sanders’ campaign manager") stays inside the apposition.
      if (this.isBoundary(at) && !/^['’]$/u.test(this.text(at))) break;
    }
    return this.before(comma - 1);
  }

  /** "Donald Trump Jr., who suggested": the name a relative pronoun stands for. */
  beforeRelative(relative: number): Span | null {
    if (!this.lexicon.relativePronouns.has(this.lower(relative))) return null;
    const last = this.text(relative - 1) === ',' ? relative - 2 : relative - 1;
    return this.before(last);
  }

  /** The first name or pronoun of the sentence part before `limit`: the subject of "…, saying" or of "X has a stance: “…”". */
  subjectBefore(from: number, limit: number): Span | null {
    const { personPronouns, gerundEndings, timeWords, determiners } = this.lexicon;
    for (let at = from; at < limit; at++) {
      const text = this.text(at);
      const lower = this.lower(at);
      const skipped = timeWords.has(lower) || this.lexicon.nounPhraseStops.has(lower) || this.lexicon.auxiliaries.has(lower) || this.lexicon.fillers.has(lower);
      const name = /^\p{Lu}/u.test(text) && !skipped && !gerundEndings.some((ending) => lower.endsWith(ending));
      if (personPronouns.has(lower) && !determiners.has(lower)) return this.span(at, at + 1);
      if (name) return determiners.has(lower) ? this.after(at, false) : this.name(at);
    }
    return null;
  }

  private name(start: number): Span | null {
    return this.span(start, this.nameEnd(start + 1));
  }

  // Capitalised words and the joiners between them: "Mrs. Schlafly", "Secretary of State John Kerry".
  private nameEnd(from: number): number {
    let end = from;
    const capitalised = (at: number) => /^\p{Lu}/u.test(this.text(at));
    while (end < this.items.length && (capitalised(end) || (this.lexicon.nounPhraseJoiners.has(this.lower(end)) && capitalised(end + 1)))) end++;
    return end;
  }

  private isFiller(at: number): boolean {
    const token = this.token(at);
    if (!token) return false;
    return this.lexicon.fillers.has(token.text.toLowerCase()) || /^\d/u.test(token.text);
  }

  // Joiners and determiners do not end a phrase ("la Cancillería de", "the"), nor do joiners start one.
  private span(start: number, end: number): Span | null {
    const { nounPhraseJoiners, determiners, personPronouns } = this.lexicon;
    // A personal pronoun is a phrase of its own: "he" in "he hasn’t", "he wants a platform".
    for (let at = end - 1; at >= start; at--) {
      // "he’d", "she's": the pronoun before its contraction.
      const word = this.lower(at).replace(/['’]\p{L}+$/u, '');
      if (personPronouns.has(word) && !determiners.has(word) && /^\p{Ll}/u.test(this.text(at))) {
        start = at;
        end = at + 1;
        break;
      }
    }
    while (end > start && (nounPhraseJoiners.has(this.lower(end - 1)) || determiners.has(this.lower(end - 1)))) end--;
    while (start < end && nounPhraseJoiners.has(this.lower(start))) start++;
    const first = this.token(start);
    const last = this.token(end - 1);
    if (!first || !last || end <= start) return null;
    return { start: first.start, end: last.end };
  }
}
