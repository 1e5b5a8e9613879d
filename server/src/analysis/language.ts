// Spanish or English, from the share of each language's frequent function words.
import type { Language, Token } from './types';
import esStopwords from './resources/es/stopwords.json';
import enStopwords from './resources/en/stopwords.json';

const es = new Set(esStopwords.words);
const en = new Set(enStopwords.words);
const spanishLetters = /[ñáéíóú¿¡]/i;

export function detectLanguage(tokens: Token[]): Language {
  let esScore = 0;
  let enScore = 0;
  const sample = Math.min(tokens.length, 2000);
  for (let i = 0; i < sample; i++) {
    const word = tokens[i].text.toLowerCase();
    if (es.has(word)) esScore++;
    if (en.has(word)) enScore++;
    if (spanishLetters.test(word)) esScore += 0.5;
  }
  if (esScore + enScore < 2) return 'unknown';
  return esScore >= enScore ? 'es' : 'en';
}
