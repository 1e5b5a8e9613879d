// The words of a quotation's context as the attribution reads them, one item at a time: its text in
// lower case, punctuation, quoted stretches, speech cues, auxiliaries and time words between a subject
// and its verb, clause ends, and the entity mention a token belongs to. Phrases (phrases.ts) are read
// on top of these. Positions are indexes into the context's items.
import type { EntityMention, Span, Token } from '../types';
import type { ContextItem, QuoteContext } from './context';
import { isToken, lowerAt } from './context';
import type { SpeechLexicon } from './lexicon';
import { hasLetterOrDigit, isDigit, lowerCase, startsUpperCase, startsLowerCase, isOneOf } from '../characters';
import { spanIndexAtOrAfter } from '../spanSearch';

/** items[start, end) */
export interface Range {
  start: number;
  end: number;
}

const clauseEnds = new Set(['.', '!', '?', ';', ':']);

/** How far after a speech verb its complementizer may come ("said on Tuesday, twice, that"). */
const clauseReach = 6;

export class ContextWords {
  readonly items: ContextItem[];

  constructor(
    protected readonly source: string,
    /** The quotation's context, whose items' lower-case texts are kept with it for the classification too. */
    private readonly context: QuoteContext,
    readonly lexicon: SpeechLexicon,
    /** The article's entity mentions, sorted by start. */
    protected readonly mentions: EntityMention[],
  ) {
    this.items = context.items;
  }

  token(at: number): Token | null {
    const item = this.items[at];
    return isToken(item) ? item : null;
  }

  text(at: number): string {
    return this.token(at)?.text ?? '';
  }

  lower(at: number): string {
    return lowerAt(this.context, at);
  }

  /** A line break between item `at - 1` and item `at` (the gap between two items is only spaces). */
  lineBreakBefore(at: number): boolean {
    const before = this.items[at - 1];
    const item = this.items[at];
    if (!before || !item) return false;
    const to = isToken(item) ? item.start : item.quote.start;
    for (let offset = isToken(before) ? before.end : before.quote.end; offset < to; offset++) if (this.source.charCodeAt(offset) === 10) return true;
    return false;
  }

  /** Punctuation or a quoted stretch: nothing a noun phrase crosses. */
  isBoundary(at: number): boolean {
    const token = this.token(at);
    if (!token) return true;
    return !hasLetterOrDigit(token.text) && !(token.text === '-' && this.joinsWord(at, token));
  }

  /** The hyphen at `at` touches the tokens on both sides, joining one word: "46-year-old" (tokenized "46", "-", "year-old"). */
  private joinsWord(at: number, hyphen: Token): boolean {
    const before = this.token(at - 1);
    const after = this.token(at + 1);
    return before !== null && after !== null && before.end === hyphen.start && hyphen.end === after.start;
  }

  isQuote(at: number): boolean {
    const item = this.items[at];
    return item !== undefined && !isToken(item);
  }

  /** The quoted words at `at` end with punctuation closing a clause: “…,” “…?” “….” */
  quoteEndsClause(at: number): boolean {
    const item = this.items[at];
    if (!item || isToken(item)) return false;
    let end = item.quote.end - 1;
    while (end > item.quote.start && !/[\p{L}\p{N}.,;:!?…]/u.test(this.source[end])) end--;
    return /[.,;:!?…]/u.test(this.source[end]);
  }

  /** The quoted stretch at `at` ends its words with a question or exclamation mark: "“Who do they think they are?”". */
  quoteAsksOrExclaims(at: number): boolean {
    const item = this.items[at];
    if (!item || isToken(item)) return false;
    let end = item.quote.end - 1;
    while (end > item.quote.start && !/[\p{L}\p{N}.,;:!?…]/u.test(this.source[end])) end--;
    return /[!?]/u.test(this.source[end]);
  }

  /** A speech verb form, or (when `loosely`) a form that is a speech verb only in a plain "X notes." next to a quotation. */
  isCue(at: number, loosely = false): boolean {
    const lower = this.lower(at);
    return (
      this.lexicon.verbForms.has(lower) ||
      // Asked of most words near every quotation: the particle is read only after a listed verb.
      (this.lexicon.phrasalCues.has(lower) && this.isPhrasalCue(at)) ||
      (loosely && this.lexicon.ambiguousVerbForms.has(lower) && startsLowerCase(this.text(at)))
    );
  }

  /** The verb at `at` and the particle after it make a speech cue: "shot back", "went on". */
  isPhrasalCue(at: number): boolean {
    return this.lexicon.phrasalCues.get(this.lower(at))?.has(this.lower(at + 1)) ?? false;
  }

  /** Where the words after the cue at `at` start: past its particle ("Trump shot back on Tuesday"). */
  afterCue(at: number): number {
    return this.isPhrasalCue(at) ? at + 2 : at + 1;
  }

  /** The cue ending at `at`: its verb when `at` is a phrasal cue's particle ("Rubio fired back: “…”"). */
  cueEndingAt(at: number): number {
    return this.isPhrasalCue(at - 1) ? at - 1 : at;
  }

  /** A lower-case word that may stand between a subject and its verb ("ha", "also", "le"). */
  isAuxiliary(at: number): boolean {
    const text = this.text(at);
    return startsLowerCase(text) && this.lexicon.auxiliaries.has(text);
  }

  /** A time word between a subject and its verb: "Ryan on Tuesday called". */
  isTimeWord(at: number): boolean {
    return this.lexicon.timeWords.has(this.lower(at));
  }

  /** "gingerly", "rotundamente". */
  isAdverb(at: number): boolean {
    const text = this.text(at);
    return startsLowerCase(text) && endsInflected(text, this.lexicon.adverbEndings);
  }

  /** Auxiliaries, adverbs and time words between a subject and its verb, skipped from `at` ("has in the past described", "at the time said"). */
  skipModifiers(at: number, step: 1 | -1): number {
    let time = false;
    for (let skipped = 0; skipped < 6; skipped++) {
      const timeWord = this.isTimeWord(at);
      const around = time || this.isTimeWord(at + step);
      // "in 2010": a preposition, determiner or year next to a time word (not "four in 10").
      const timePhrase =
        around && (this.lexicon.determiners.has(this.lower(at)) || this.lexicon.prepositions.has(this.lower(at)) || /^\d{4}$/u.test(this.text(at)));
      if (!(this.isAuxiliary(at) || timeWord || this.isAdverb(at) || timePhrase)) break;
      time = timeWord;
      at += step;
    }
    return at;
  }

  /** Only spaces between the line's start and `offset`. */
  lineStartsAt(offset: number): boolean {
    for (let at = offset - 1; at >= 0; at--) {
      if (this.source[at] === '\n') return true;
      if (!/\s/u.test(this.source[at])) return false;
    }
    return true;
  }

  /** What may follow a subject placed after its verb ("”, said the minister on Tuesday, in Madrid."): punctuation, a preposition, a time word. */
  endsInvertedSubject(at: number): boolean {
    const lower = this.lower(at);
    return (
      at >= this.items.length ||
      this.isBoundary(at) ||
      this.isTimeWord(at) ||
      this.isAdverb(at) ||
      this.lexicon.prepositions.has(lower) ||
      this.lexicon.relativePronouns.has(lower)
    );
  }

  /**
   * The verb at `verb` reports a clause of its own ("He said, twice, that he would", "She added Tuesday
   * that"): a complementizer soon after it, before the sentence ends, and not an object ("said that.").
   */
  reportsClause(verb: number): boolean {
    for (let at = verb + 1; at <= verb + clauseReach && at < this.items.length; at++) {
      if (this.isQuote(at) || isOneOf(this.text(at), '.!?;:')) return false;
      if (this.lexicon.complementizers.has(this.lower(at))) return !isOneOf(this.text(at + 1), '.!?;:,');
    }
    return false;
  }

  /** Punctuation ending a sentence or clause: not the period of an abbreviation before a comma ("Mitch McConnell, R-Ky., said"). */
  endsClauseAt(at: number): boolean {
    const text = this.text(at);
    // Asked of every word a report noun's window passes: a length test before any pattern.
    return text.length === 1 && clauseEnds.has(text) && !(text === '.' && this.text(at + 1) === ',');
  }

  /** A negation among items[from, to): "He did not elaborate", "declined to". */
  negated(from: number, to: number): boolean {
    for (let at = from; at < to; at++) if (this.lexicon.negations.has(this.lower(at))) return true;
    return false;
  }

  /** The entity mention holding the token at `at`, if any. */
  mentionAt(at: number): EntityMention | null {
    const token = this.token(at);
    if (!token) return null;
    const mention = this.mentions[spanIndexAtOrAfter(this.mentions, token.start)];
    return mention && mention.start <= token.start && token.end <= mention.end ? mention : null;
  }

  /** The character span of a phrase. */
  span(range: Range): Span {
    return { start: (this.token(range.start) as Token).start, end: (this.token(range.end - 1) as Token).end };
  }

  // Capitalised words and the joiners between them: "Mrs. Schlafly", "Secretary of State John Kerry".
  nameEnd(from: number): number {
    let end = from;
    const capitalised = (at: number) => startsUpperCase(this.text(at));
    while (end < this.items.length && (capitalised(end) || (this.lexicon.nounPhraseJoiners.has(this.lower(end)) && capitalised(end + 1)))) end++;
    return end;
  }

  protected isFiller(at: number): boolean {
    const token = this.token(at);
    if (!token) return false;
    // Numbers of dates and times ("said Tuesday, Nov. 3"), not "the 46-year-old".
    return (
      this.lexicon.fillers.has(lowerCase(token.text)) ||
      (isDigit(token.text.charCodeAt(0)) &&
        /^\d+(?:[.,:/]\d+)*$/u.test(token.text) &&
        !(this.text(at + 1) === '-' && this.joinsWord(at + 1, this.token(at + 1) as Token)))
    );
  }
}

/** A word with one of the endings and a stem of three letters or more before it ("saying", "finally"). */
export function endsInflected(word: string, endings: readonly string[]): boolean {
  // A loop, not some() with a closure: asked of most words near every quotation.
  for (const ending of endings) if (word.endsWith(ending) && word.length > ending.length + 2) return true;
  return false;
}

/** The word without a contraction or possessive ending: "he" for "he’d", "she" for "she's". */
export function withoutContraction(word: string): string {
  // Most words have no apostrophe: the pattern runs only on those that do.
  return word.includes("'") || word.includes('’') ? word.replace(/['’]\p{L}+$/u, '') : word;
}
