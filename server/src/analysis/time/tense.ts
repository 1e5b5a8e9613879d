// Which way a sentence looks from the article date: the tense marker nearest the expression
// ("dijo", "said" → past; "reunirán", "will" → future), for expressions that carry no cue word.
import type { Sentence } from '../types';
import type { TimeLexicon } from './lexicon';

export type Direction = 'past' | 'future';

export function sentenceAt(sentences: Sentence[], position: number): Sentence | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return null;
}

export function tenseAround(text: string, start: number, end: number, sentence: Sentence | null, lexicon: TimeLexicon): Direction | null {
  const from = sentence?.start ?? Math.max(0, start - 200);
  const to = sentence?.end ?? Math.min(text.length, end + 200);
  const window = text.slice(from, to);
  lexicon.tense.lastIndex = 0;
  let best: Direction | null = null;
  let bestDistance = Infinity;
  for (const match of window.matchAll(lexicon.tense)) {
    const markerStart = from + match.index;
    const markerEnd = markerStart + match[0].length;
    if (markerEnd > start && markerStart < end) continue;
    const distance = markerEnd <= start ? start - markerEnd : markerStart - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = match.groups?.future ? 'future' : match.groups?.present ? null : 'past';
    }
  }
  return best;
}
