// A time word inside a name or a title is not a time expression: the newscast "VOA Today", the film
// "High Noon", the programme "This Week", la Avenida 17 de Junio, Domingo García, Sydney-2000, the
// newspaper CINCO DIAS. English capitalises month, weekday and holiday names only, so another time
// word written capitalised mid-sentence belongs to a name; Spanish capitalises none of them.
import type { Sentence } from '../types';
import type { TimeLexicon } from './lexicon';
import { spanHolding } from '../spanSearch';
import { isDigit, isSpace, startsUpperCase } from '../characters';

const titleCaseWord = /^\p{Lu}\p{Ll}/u;
const openingQuote = /(?:["“‘«]|``|'')\s*$/u;
const closingQuote = /^[,.]?\s*(?:["”’»]|'')/u;

/** Whether the word starting at `index` follows a word or comma in its sentence. */
export function isMidSentence(text: string, index: number): boolean {
  let at = index;
  while (at > 0 && index - at < 2 && isSpace(text.charCodeAt(at - 1))) at--;
  return at > 0 && (text[at - 1] === ',' || isWordCharacter(text, at - 1));
}

/** Tells the expressions that are part of a name, reading each sentence's case once. */
export class NameReader {
  private readonly headlines = new Map<Sentence, boolean>();

  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
  ) {}

  isPartOfName(start: number, end: number, lexicon: TimeLexicon): boolean {
    const { text } = this;
    // Every test needs a capital letter or a leading digit: most expressions ("días", "now") have neither,
    // and those with digits alone can only be a street's date or a name's year.
    const capital = hasCapital(text, start, end);
    if (!capital && !isDigit(text.charCodeAt(start))) return false;
    if (followsNameWord(text, start, lexicon) || isYearOfName(text, start)) return true;
    if (!capital) return false;
    const expression = text.slice(start, end);
    if (isQuotedTitle(text, start, end, expression)) return true;
    // The tests by case, last: a headline, which capitalises every word, is read only for them.
    return isNamedByCase(text, start, end, expression, lexicon) && !this.inHeadline(start);
  }

  private inHeadline(position: number): boolean {
    const sentence = spanHolding(this.sentences, position);
    if (!sentence) return false;
    let headline = this.headlines.get(sentence);
    if (headline === undefined) {
      headline = isHeadline(this.text.slice(sentence.start, sentence.end));
      this.headlines.set(sentence, headline);
    }
    return headline;
  }
}

function isNamedByCase(text: string, start: number, end: number, expression: string, lexicon: TimeLexicon): boolean {
  const midSentence = isMidSentence(text, start);
  if (midSentence && isAllCaps(expression)) return true;
  if (!lexicon.capitalizedNames) return midSentence && titleCaseWord.test(expression) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
  // Only the capitalised words need reading: "last Friday", "March 5" have one, a month's.
  for (let at = start; at < end; at++) {
    if (!hasCapital(text, at, at + 1) || (at > start && isWordCharacter(text, at - 1))) continue;
    let wordEnd = at + 1;
    while (wordEnd < end && (isWordCharacter(text, wordEnd) || text[wordEnd] === "'")) wordEnd++;
    const word = text.slice(at, wordEnd);
    if (titleCaseWord.test(word) && !isProperWord(word, lexicon) && isMidSentence(text, at)) return true;
    at = wordEnd;
  }
  return false;
}

// ABC's "This Week," CBS's ''60 Minutes'': a quotation that is a capitalised title alone.
function isQuotedTitle(text: string, start: number, end: number, expression: string): boolean {
  return titleCaseWord.test(expression) && openingQuote.test(text.slice(Math.max(0, start - 3), start)) && closingQuote.test(text.slice(end, end + 3));
}

// la Avenida 17 de Junio, la plaza Dos de Mayo: a date after a street's word names the street (and
// so does a part of that date: "Junio").
const wordsWithinName = 4;

function followsNameWord(text: string, start: number, lexicon: TimeLexicon): boolean {
  if (lexicon.namesBeforeDates.size === 0 || !(isDigit(text.charCodeAt(start)) || hasCapital(text, start, start + 1))) return false;
  let position = start;
  for (let back = 0; back < wordsWithinName; back++) {
    const word = wordBefore(text, position);
    if (!word) return false;
    const lower = text.slice(word, position).trim().toLowerCase();
    if (lexicon.namesBeforeDates.has(lower)) return true;
    if (!/^(?:\d+|de|del|of)$/u.test(lower)) return false;
    position = word;
  }
  return false;
}

/** Where the word right before `position` starts, past spaces only (punctuation ends the name). */
function wordBefore(text: string, position: number): number | null {
  let at = position;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  const end = at;
  while (at > 0 && isWordCharacter(text, at - 1)) at--;
  return at < end ? at : null;
}

function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(text[at]);
}

function hasCapital(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) return true;
    if (code >= 128 && /\p{Lu}/u.test(text[at])) return true;
  }
  return false;
}

// Sydney-2000, el Mundial'2002: a year joined to a name is part of it.
function isYearOfName(text: string, start: number): boolean {
  return isDigit(text.charCodeAt(start)) && /['’-]/u.test(text[start - 1] ?? '') && /\p{Lu}\p{L}*['’-]$/u.test(text.slice(Math.max(0, start - 24), start));
}

// CINCO DIAS in a sentence written in lower case is a newspaper's name.
function isAllCaps(expression: string): boolean {
  return !/[\p{Ll}\d]/u.test(expression) && (expression.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

// "Mondays", "Christmases": a name's plural is still written capitalised.
function isProperWord(word: string, lexicon: TimeLexicon): boolean {
  const lower = word.toLowerCase();
  return lexicon.properWords.has(lower) || (lower.endsWith('s') && lexicon.properWords.has(lower.slice(0, -1)));
}

// A headline capitalises every word but the short ones ("Trump to Visit China Next Month"); four
// such words tell it from a sentence with names in it ("This is VOA Today").
const headlineWords = 4;

const longWord = /\p{L}{4,}/gu;

function isHeadline(sentence: string): boolean {
  let words = 0;
  longWord.lastIndex = 0;
  // The first longer word in lower case settles it, however long the sentence.
  for (let match = longWord.exec(sentence); match; match = longWord.exec(sentence)) {
    if (!startsUpperCase(match[0])) return false;
    words++;
  }
  return words >= headlineWords;
}
