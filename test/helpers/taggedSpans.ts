// A stand-in tagger for the mention repairs: it tags exactly the strings it is given (as a statistical
// tagger's spans, errors included), and the real repairs then run over them, as they do after the model.
import { createAnalyzer, type Analyzer } from '../../server/src/analysis/analyze';
import type { EntityRecognizer } from '../../server/src/analysis/entities';
import { mentionRepairsFor } from '../../server/src/analysis/entities/mentionRepairs';
import type { TaggedSpan } from '../../server/src/analysis/entities/mentionWords';
import type { AnalysisInput, EntityType } from '../../server/src/analysis/types';

/** The token spans the tagger would give for these strings, in text order. */
export function taggedSpans(input: AnalysisInput, names: Record<string, EntityType>): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  const byLength = Object.entries(names).sort((a, b) => b[0].length - a[0].length);
  const taken = new Set<number>();
  input.sentences.forEach((sentence, s) => {
    for (const [name, type] of byLength) {
      for (let first = sentence.tokenStart; first < sentence.tokenEnd; first++) {
        const start = input.tokens[first].start;
        if (!input.text.startsWith(name, start)) continue;
        let last = first;
        while (last + 1 < sentence.tokenEnd && input.tokens[last].end < start + name.length) last++;
        if (input.tokens[last].end !== start + name.length) continue;
        let free = true;
        for (let i = first; i <= last; i++) free &&= !taken.has(i);
        if (!free) continue;
        for (let i = first; i <= last; i++) taken.add(i);
        spans.push({ first, last, type, sentence: s });
      }
    }
  });
  return spans.sort((a, b) => a.first - b.first);
}

export function repairedRecognizerOf(names: Record<string, EntityType>): EntityRecognizer {
  return { recognize: (input) => mentionRepairsFor(input.language === 'es' ? 'es' : 'en').repair(input, taggedSpans(input, names)) };
}

export function repairedAnalyzerOf(names: Record<string, EntityType>): Analyzer {
  return createAnalyzer(repairedRecognizerOf(names));
}
