// A time word inside a name or a title is not a time expression: the newscast "VOA Today", the film
// "High Noon", the programme "This Week", la Avenida 17 de Junio, Domingo García, Sydney-2000, the
// newspaper CINCO DIAS. English capitalises month, weekday and holiday names only, so another time
// word written capitalised mid-sentence belongs to a name; Spanish capitalises none of them.
import type { Sentence } from '../types';
import type { TimeLexicon } from './lexicon';

const titleCaseWord = /^\p{Lu}\p{Ll}/u;
const openingQuote = /(?:["“‘«]|``|'')\s*$/u;
const closingQuote = /^[,.]?\s*(?:["”’»]|'')/u;

/** Whether the word starting at `index` follows a word or comma in its sentence. */
export function isMidSentence(text: string, index: number): boolean {
  return /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, index - 3), index));
}

export function isPartOfName(text: string, start: number, end: number, lexicon: TimeLexicon, sentence: Sentence | null): boolean {
  const expression = text.slice(start, end);
  if (isQuotedTitle(text, start, end, expression) || followsNameWord(text, start, lexicon) || isYearOfName(text, start, expression)) return true;
  if (sentence && isHeadline(text.slice(sentence.start, sentence.end))) return false;
  const midSentence = isMidSentence(text, start);
  if (midSentence && isAllCaps(expression)) return true;
  if (!lexicon.capitalizedNames) return midSentence && titleCaseWord.test(expression) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
  for (const word of expression.matchAll(/[\p{L}']+/gu)) {
    if (titleCaseWord.test(word[0]) && !isProperWord(word[0], lexicon) && isMidSentence(text, start + word.index)) return true;
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
  if (!/^[\p{Lu}\d]/u.test(text.slice(start, start + 1))) return false;
  const clause = /[^.,;:()«»"“”]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? '';
  const words = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let back = 1; back <= wordsWithinName && back <= words.length; back++) {
    const word = words[words.length - back];
    if (lexicon.namesBeforeDates.has(word.toLowerCase())) return true;
    if (!/^(?:\d+|de|del|of)$/u.test(word)) return false;
  }
  return false;
}

// Sydney-2000, el Mundial'2002: a year joined to a name is part of it.
function isYearOfName(text: string, start: number, expression: string): boolean {
  return /^\d/u.test(expression) && /\p{Lu}\p{L}*['’-]$/u.test(text.slice(Math.max(0, start - 24), start));
}

// CINCO DIAS in a sentence written in lower case is a newspaper's name.
function isAllCaps(expression: string): boolean {
  return !/\d/u.test(expression) && (expression.match(/\p{Lu}/gu)?.length ?? 0) >= 4 && !/\p{Ll}/u.test(expression);
}

// "Mondays", "Christmases": a name's plural is still written capitalised.
function isProperWord(word: string, lexicon: TimeLexicon): boolean {
  const lower = word.toLowerCase();
  return lexicon.properWords.has(lower) || (lower.endsWith('s') && lexicon.properWords.has(lower.slice(0, -1)));
}

// A headline capitalises every word but the short ones ("Trump to Visit China Next Month"); four
// such words tell it from a sentence with names in it ("This is VOA Today").
const headlineWords = 4;

function isHeadline(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= headlineWords && words.every((word) => /^\p{Lu}/u.test(word));
}
