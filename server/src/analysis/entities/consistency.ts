// An article names one thing one way: when the tagger gives the same name different types in one
// document, every mention takes the type at least two thirds of them got; and a capitalised name it
// tagged somewhere is tagged wherever else it appears untagged. A place that acts is an organisation
// in CoNLL's convention ("Bielorrusia invita…", but "…en Bielorrusia"), so a LOC/ORG split is no
// disagreement and each mention keeps its own type.
import { isInside, labelOf, spansOfLabels } from './bilouLabels';
import type { EntityType } from '../types';
import { startsUpperCase } from '../characters';

interface Mention {
  sentence: number;
  start: number;
  end: number;
  type: EntityType;
  name: string;
}

export function harmoniseTypes(sentences: readonly (readonly string[])[], labels: Uint8Array[]): void {
  const mentions: Mention[] = [];
  labels.forEach((sentenceLabels, s) => {
    for (const span of spansOfLabels(sentenceLabels))
      mentions.push({ sentence: s, start: span.start, end: span.end, type: span.type, name: sentences[s].slice(span.start, span.end).join(' ') });
  });
  if (mentions.length === 0) return;
  const votes = new Map<string, Map<EntityType, number>>();
  for (const mention of mentions) {
    const types = votes.get(mention.name) ?? new Map<EntityType, number>();
    types.set(mention.type, (types.get(mention.type) ?? 0) + 1);
    votes.set(mention.name, types);
  }
  for (const mention of mentions) {
    const types = votes.get(mention.name);
    if (!types || types.size < 2) continue;
    let total = 0;
    for (const count of types.values()) total += count;
    const [winner, count] = majority(types);
    if (isMetonymy(winner, mention.type)) continue;
    if (winner !== mention.type && 3 * count >= 2 * total) relabel(labels[mention.sentence], mention.start, mention.end, winner);
  }
  personSurnames(mentions, labels);
  fillMissedMentions(sentences, labels, votes);
}

// "Nicolás Maduro … Maduro": a name's last word standing alone in the article is that person, whatever
// type the tagger gave it there.
function personSurnames(mentions: Mention[], labels: Uint8Array[]): void {
  const surnames = new Set<string>();
  for (const mention of mentions)
    if (mention.type === 'PER' && mention.end - mention.start > 1) surnames.add(mention.name.slice(mention.name.lastIndexOf(' ') + 1));
  for (const mention of mentions) {
    if (mention.type !== 'PER' && mention.end - mention.start === 1 && surnames.has(mention.name))
      relabel(labels[mention.sentence], mention.start, mention.end, 'PER');
  }
}

function fillMissedMentions(sentences: readonly (readonly string[])[], labels: Uint8Array[], votes: Map<string, Map<EntityType, number>>): void {
  const byFirstWord = new Map<string, { words: string[]; type: EntityType }[]>();
  for (const [name, types] of votes) {
    const words = name.split(' ');
    if (!startsUpperCase(words[0])) continue;
    const candidates = byFirstWord.get(words[0]) ?? [];
    candidates.push({ words, type: majority(types)[0] });
    byFirstWord.set(words[0], candidates);
  }
  sentences.forEach((sentence, s) => {
    const sentenceLabels = labels[s];
    for (let i = 0; i < sentence.length; i++) {
      if (sentenceLabels[i] !== 0) continue;
      const candidates = byFirstWord.get(sentence[i]);
      if (!candidates) continue;
      let match: { words: string[]; type: EntityType } | null = null;
      for (const candidate of candidates) {
        if (fitsUntagged(candidate.words, sentence, sentenceLabels, i) && (!match || candidate.words.length > match.words.length)) match = candidate;
      }
      if (!match) continue;
      const end = i + match.words.length;
      // A name that runs on into a tagged entity is part of something longer; leave it.
      if (end < sentence.length && isInside(sentenceLabels[end])) continue;
      relabel(sentenceLabels, i, end, match.type);
      i = end - 1;
    }
  });
}

// A loop, not `every` with a closure: the closure would capture the loop's `i`, and every token
// would then allocate its own copy of the loop's scope.
function fitsUntagged(words: readonly string[], sentence: readonly string[], sentenceLabels: Uint8Array, start: number): boolean {
  for (let k = 0; k < words.length; k++) if (sentence[start + k] !== words[k] || sentenceLabels[start + k] !== 0) return false;
  return true;
}

function isMetonymy(a: EntityType, b: EntityType): boolean {
  return (a === 'LOC' && b === 'ORG') || (a === 'ORG' && b === 'LOC');
}

function majority(types: Map<EntityType, number>): [EntityType, number] {
  let best: [EntityType, number] = ['MISC', -1];
  for (const entry of types) if (entry[1] > best[1]) best = entry;
  return best;
}

function relabel(labels: Uint8Array, start: number, end: number, type: EntityType): void {
  labels[start] = labelOf(`B-${type}`);
  for (let i = start + 1; i < end; i++) labels[i] = labelOf(`I-${type}`);
}
