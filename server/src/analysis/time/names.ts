// A time word inside a name or a title is not a time expression: the newscast "VOA Today", the film
// "High Noon", the programme "This Week", the "March for Life". English capitalises month, weekday
// and holiday names only, so another time word written capitalised mid-sentence belongs to a name.
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
  if (titleCaseWord.test(expression) && openingQuote.test(text.slice(Math.max(0, start - 3), start)) && closingQuote.test(text.slice(end, end + 3))) return true;
  if (!lexicon.capitalizedNames || (sentence && isHeadline(text.slice(sentence.start, sentence.end)))) return false;
  for (const word of expression.matchAll(/[\p{L}']+/gu)) {
    const index = start + word.index;
    if (titleCaseWord.test(word[0]) && !isProperWord(word[0], lexicon) && isMidSentence(text, index)) return true;
  }
  return false;
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
