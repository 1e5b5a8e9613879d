// Numerals in figures or words ("17", "1,5", "dos", "twenty-four", "treinta y cinco", "a hundred").
import type { TimeLexicon } from './lexicon';
import { normalizeWords } from './lexicon';

export function parseNumber(text: string, lexicon: TimeLexicon): number | null {
  const phrase = normalizeWords(text);
  if (phrase === '') return 0;
  if (/^\d+(?:[.,]\d+)?$/.test(phrase)) return Number(phrase.replace(',', '.'));
  const whole = lexicon.numbers.get(phrase);
  if (whole !== undefined) return whole;
  let total = 0;
  let current = 0;
  for (const word of phrase.split(/[\s-]+/)) {
    if (lexicon.numberJoiners.has(word)) continue;
    const value = lexicon.numbers.get(word);
    if (value === undefined) return null;
    if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 100) {
      current = (current || 1) * 100;
    } else {
      current += value;
    }
  }
  return total + current;
}
