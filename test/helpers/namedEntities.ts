// A stand-in entity recognizer for corpus and feature tests: it tags exactly the names it is given,
// so that these tests check linking and features, not the statistical tagger's accuracy. Its mentions
// are made as the tagger's are, in the one shape of every mention.
import { createAnalyzer, type Analyzer } from '../../server/src/analysis/analyze';
import type { EntityRecognizer } from '../../server/src/analysis/entities';
import { entityMention, noEvidence } from '../../server/src/analysis/entityMention';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';

export function recognizerOf(names: Record<string, EntityType>): EntityRecognizer {
  const byLength = Object.entries(names).sort((a, b) => b[0].length - a[0].length);
  return {
    recognize({ text }) {
      const found: EntityMention[] = [];
      const taken = new Uint8Array(text.length);
      for (const [name, type] of byLength) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const end = at + name.length;
          const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
          if (!bounded || taken.subarray(at, end).some(Boolean)) continue;
          taken.fill(1, at, end);
          found.push(entityMention(at, end, type, name, noEvidence, undefined));
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

export function analyzerOf(names: Record<string, EntityType>): Analyzer {
  return createAnalyzer(recognizerOf(names));
}
