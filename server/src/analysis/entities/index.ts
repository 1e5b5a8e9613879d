// PLACEHOLDER until the tagger lands: capitalised word runs, typed PER.
import type { AnalysisInput, EntityMention } from '../types';

export interface EntityRecognizer {
  recognize(input: AnalysisInput): EntityMention[];
}

export function createCapitalisationRecognizer(): EntityRecognizer {
  return { recognize };
}

function recognize(input: AnalysisInput): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const sentence of input.sentences) {
    let runStart = -1;
    for (let i = sentence.tokenStart; i <= sentence.tokenEnd; i++) {
      const capitalised = i < sentence.tokenEnd && i > sentence.tokenStart && /^\p{Lu}\p{Ll}/u.test(input.tokens[i].text);
      if (capitalised && runStart < 0) runStart = i;
      if (!capitalised && runStart >= 0) {
        const start = input.tokens[runStart].start;
        const end = input.tokens[i - 1].end;
        mentions.push({ start, end, type: 'PER', text: input.text.slice(start, end) });
        runStart = -1;
      }
    }
  }
  return mentions;
}
