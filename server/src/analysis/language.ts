// Spanish or English, from the share of each language's frequent function words.
import type { Language, Token } from './types';
import esStopwords from './resources/es/stopwords.json';
import enStopwords from './resources/en/stopwords.json';
import { lowerCase } from './characters';

const es = new Set(esStopwords.words);
const en = new Set(enStopwords.words);
// ñ á é í ó ú ¿ ¡, looked up by character code: a regular expression per token is most of the cost.
const spanishLetters = new Set([0xf1, 0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xbf, 0xa1]);

export function detectLanguage(tokens: Token[]): Language {
  let esScore = 0;
  let enScore = 0;
  const sample = Math.min(tokens.length, 2000);
  for (let i = 0; i < sample; i++) {
    // Most words are in lower case already: lowerCase gives them back without a new string each.
    const word = lowerCase(tokens[i].text);
    if (es.has(word)) esScore++;
    if (en.has(word)) enScore++;
    if (hasSpanishLetter(word)) esScore += 0.5;
  }
  if (esScore + enScore < 2) return 'unknown';
  return esScore >= enScore ? 'es' : 'en';
}

function hasSpanishLetter(lowerCaseWord: string): boolean {
  for (let i = 0; i < lowerCaseWord.length; i++) {
    const code = lowerCaseWord.charCodeAt(i);
    if (code >= 0xa1 && code <= 0xfa && spanishLetters.has(code)) return true;
  }
  return false;
}
