// Annotated text as the trainer sees it: documents of sentences of tokens with IOB2 labels.
import { labelOf, labelNames } from '../../server/src/analysis/entities/bilouLabels';

export interface LabelledSentence {
  tokens: string[];
  /** IOB2 label indices (see labels.ts). */
  labels: Uint8Array;
}

export type LabelledDocument = LabelledSentence[];

const typeAliases: Record<string, string> = {
  PER: 'PER',
  PERSON: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  CORPORATION: 'ORG',
  GROUP: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  GPE: 'LOC',
  MISC: 'MISC',
  PRODUCT: 'MISC',
  'CREATIVE-WORK': 'MISC',
  EVENT: 'MISC',
  NORP: 'MISC',
};

/** The CoNLL type of a tag's type name in any of the corpora ("person", "corporation", "LOC"), or null. */
export function normaliseEntityType(type: string): string | null {
  return typeAliases[type.toUpperCase()] ?? null;
}

/**
 * IOB1 or IOB2 tags to IOB2 label indices. In IOB1 (CoNLL-2003) an entity starts with I- unless it
 * directly follows one of the same type, so an I- tag after O or another type begins an entity.
 */
export function toIob2(tags: readonly string[]): Uint8Array {
  const labels = new Uint8Array(tags.length);
  let previousType: string | null = null;
  tags.forEach((tag, i) => {
    const match = /^([BIES])-(.+)$/.exec(tag);
    const type = match ? normaliseEntityType(match[2]) : null;
    if (!match || !type) {
      previousType = null;
      return;
    }
    const begins = match[1] === 'B' || match[1] === 'S' || previousType !== type;
    labels[i] = labelOf(`${begins ? 'B' : 'I'}-${type}`);
    previousType = match[1] === 'E' || match[1] === 'S' ? null : type;
  });
  return labels;
}

export function labelStrings(labels: ArrayLike<number>): string[] {
  return Array.from(labels, (label) => labelNames[label]);
}

export function countTokens(documents: readonly LabelledDocument[]): number {
  let count = 0;
  for (const document of documents) for (const sentence of document) count += sentence.tokens.length;
  return count;
}
