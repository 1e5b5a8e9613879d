// Sentences where a capital letter says nothing about names: headlines and lines of capitals.
import type { AnalysisInput } from '../types';
import { LetterCase, letterCase } from '../characters';

// Headlines in Title Case and lines of capitals capitalise every word: there a capital says nothing
// about names. Most words in capitals; or most longer words capitalised (the first word aside) in a
// sentence that ends without a full stop, as headlines do (a sentence full of long names ends with one).
export function capitalsSayNothing(input: AnalysisInput, sentence: number): boolean {
  const { tokenStart, tokenEnd } = input.sentences[sentence];
  // An article's first line alone is its headline, full stop or not ("Guns Are ‘The Ultimate Public
  // Health Crisis,’ Howard Dean Tells Democratic Convention.").
  const headline = sentence === 0 && tokenEnd > tokenStart && endsLine(input.text, input.tokens[tokenEnd - 1].end);
  const endsWithStop = input.tokens[tokenEnd - 1]?.text === '.' && !headline;
  let words = 0;
  let upper = 0;
  let content = 0;
  let capitalised = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const text = input.tokens[i].text;
    const letters = letterCase(text);
    if (letters === LetterCase.Caseless) continue;
    words++;
    if (text.length > 1 && (letters & LetterCase.AllCapitals) !== 0) upper++;
    if (i > tokenStart && text.length > 3) {
      content++;
      if ((letters & LetterCase.StartsWithCapital) !== 0) capitalised++;
    }
  }
  return (words >= 2 && upper >= 0.8 * words) || (!endsWithStop && content >= 3 && capitalised >= 0.8 * content);
}

// Only spaces between `at` and the line's end (or the text's).
function endsLine(text: string, at: number): boolean {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\r')) at++;
  return at === text.length || text[at] === '\n';
}
