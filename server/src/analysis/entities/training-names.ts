// Names the training data typed (Ratinov & Roth 2009's gazetteer from the training data): a word that
// began, continued or ended a training name of one type, and a stretch of words that was a whole
// multiword name. At training time each document sees the names of the other folds only, so the
// tagger learns how far such a match is worth trusting on names it has not memorised.
import type { EntityType } from '../types';
import { entityTypes } from './labels';
import type { WordInfo } from './text-features';

/** Where a word stood in a training name. */
export enum NamePosition {
  Single = 0,
  First = 1,
  Inner = 2,
  Last = 3,
}
const positionCount = 4;

/** A typed name and how often the training data has it. */
export interface TypedName {
  words: string[];
  type: EntityType;
  count: number;
}

/** Names as a model stores them: words joined by spaces, type index (labels.ts order), count. */
export type TrainingNamesData = [string, number, number][];

/** Token bits: bit 4·position + type for the word's own majority type in each position it held. */
const wordBitCount = positionCount * entityTypes.length;
/** Token bits above the word bits: 4·position + type of a whole multiword training name matched here. */
export const phraseBitShift = wordBitCount;

export class TrainingNames {
  /** Per word form: its word bits and the multiword names it begins. */
  private readonly entries = new Map<string, TrainingNameEntry>();

  /** Names seen fewer than `minimumCount` times are left out (the jack-knife and the stored list apply the same threshold). */
  constructor(names: readonly TypedName[], minimumCount: number) {
    const wordCounts = new Map<string, number[]>();
    const phraseCounts = new Map<string, number[]>();
    for (const name of names) {
      if (name.count < minimumCount) continue;
      const type = entityTypes.indexOf(name.type);
      name.words.forEach((word, i) => {
        const position = name.words.length === 1 ? NamePosition.Single : i === 0 ? NamePosition.First : i === name.words.length - 1 ? NamePosition.Last : NamePosition.Inner;
        addCount(wordCounts, wordBitCount, word, position * entityTypes.length + type, name.count);
      });
      if (name.words.length > 1) addCount(phraseCounts, entityTypes.length, name.words.join(' '), type, name.count);
    }
    const phrases: PhraseNode = { next: new Map(), type: -1 };
    for (const [word, counts] of wordCounts) {
      let bits = 0;
      for (let position = 0; position < positionCount; position++) {
        const type = majority(counts.slice(position * entityTypes.length, (position + 1) * entityTypes.length));
        if (type >= 0) bits |= 1 << (position * entityTypes.length + type);
      }
      this.entries.set(word, { wordBits: bits, phrases: undefined });
    }
    for (const [phrase, counts] of phraseCounts) {
      let node = phrases;
      for (const word of phrase.split(' ')) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), type: -1 };
          node.next.set(word, child);
        }
        node = child;
      }
      node.type = majority(counts);
    }
    for (const [word, node] of phrases.next) {
      const entry = this.entries.get(word);
      if (entry) entry.phrases = node;
    }
  }

  static fromData(data: TrainingNamesData): TrainingNames {
    return new TrainingNames(data.map(([phrase, type, count]) => ({ words: phrase.split(' '), type: entityTypes[type], count })), 1);
  }

  /**
   * Bits per token: its word's positions and types in training names, and, above `phraseBitShift`,
   * its position in the longest whole training name matched from the left.
   */
  match(words: readonly WordInfo[]): Uint32Array {
    const length = words.length;
    const tags = new Uint32Array(length);
    // A multiword name matched so far covers tokens before `matchedEnd`; names do not overlap.
    let matchedEnd = 0;
    for (let i = 0; i < length; i++) {
      const word = words[i];
      const entry = word.namesReadBy === this ? word.namesEntry : this.entryOf(word);
      if (entry === null) continue;
      // Only capitalised words' own bits are read: a lower-case word in a name ("de") says little alone.
      if (word.capitalised) tags[i] |= entry.wordBits;
      if (i >= matchedEnd && entry.phrases !== undefined) matchedEnd = this.matchPhrase(words, i, entry.phrases, tags);
    }
    return tags;
  }

  /** Marks the longest whole multiword name starting at `start` and returns where it ends (`start` if none). */
  private matchPhrase(words: readonly WordInfo[], start: number, first: PhraseNode, tags: Uint32Array): number {
    let node: PhraseNode | undefined = first;
    let matchedLength = 0;
    let matchedType = -1;
    for (let end = start + 1; node !== undefined; end++) {
      if (node.type >= 0 && end - start >= 2) {
        matchedLength = end - start;
        matchedType = node.type;
      }
      node = end < words.length ? node.next.get(words[end].form) : undefined;
    }
    for (let k = 0; k < matchedLength; k++) {
      const position = k === 0 ? NamePosition.First : k === matchedLength - 1 ? NamePosition.Last : NamePosition.Inner;
      tags[start + k] |= 1 << (phraseBitShift + position * entityTypes.length + matchedType);
    }
    return start + matchedLength;
  }

  // Cached on the word itself: a field read is cheaper than a lookup, and news vocabulary repeats.
  private entryOf(word: WordInfo): TrainingNameEntry | null {
    word.namesReadBy = this;
    word.namesEntry = this.entries.get(word.form) ?? null;
    return word.namesEntry;
  }
}

/** What the training names hold for one word form. */
export interface TrainingNameEntry {
  /** Its majority type in each position it held in a name (bit 4·position + type). */
  wordBits: number;
  /** The multiword names that begin with it. */
  phrases: PhraseNode | undefined;
}

interface PhraseNode {
  next: Map<string, PhraseNode>;
  /** The majority type of the name that ends here, or -1. */
  type: number;
}

/** Mentions counted by name and type. */
export function countNames(mentions: readonly { words: string[]; type: EntityType }[]): TypedName[] {
  const names = new Map<string, TypedName>();
  for (const mention of mentions) {
    const key = `${mention.type} ${mention.words.join(' ')}`;
    const name = names.get(key);
    if (name) name.count++;
    else names.set(key, { words: mention.words, type: mention.type, count: 1 });
  }
  return [...names.values()];
}

/** The names a model stores: those seen at least `minimumCount` times with a type, in a stable order. */
export function trainingNamesData(names: readonly TypedName[], minimumCount: number): TrainingNamesData {
  const data: TrainingNamesData = names.filter((name) => name.count >= minimumCount).map((name) => [name.words.join(' '), entityTypes.indexOf(name.type), name.count]);
  return data.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

function addCount(counts: Map<string, number[]>, size: number, key: string, index: number, count: number): void {
  let entry = counts.get(key);
  if (!entry) {
    entry = new Array<number>(size).fill(0);
    counts.set(key, entry);
  }
  entry[index] += count;
}

/** The type with the most mentions (ties: the earlier type), or -1 if none has any. */
function majority(counts: readonly number[]): number {
  let best = -1;
  counts.forEach((count, type) => {
    if (count > 0 && (best < 0 || count > counts[best])) best = type;
  });
  return best;
}
