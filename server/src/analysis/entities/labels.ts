// BIO labels over the four CoNLL entity types, and the conversion between label sequences and spans.
import type { EntityType } from '../types';

export const entityTypes: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Label 0 is O; label 2k+1 is B-type k and 2k+2 is I-type k. */
export const labelNames: readonly string[] = ['O', ...entityTypes.flatMap((type) => [`B-${type}`, `I-${type}`])];
export const labelCount = labelNames.length;
const outsideLabel = 0;

const labelIndex = new Map(labelNames.map((name, index) => [name, index]));

export function labelOf(name: string): number {
  const index = labelIndex.get(name);
  if (index === undefined) throw new Error(`Unknown entity label ${name}`);
  return index;
}

export function isInside(label: number): boolean {
  return label !== outsideLabel && label % 2 === 0;
}

export function typeOf(label: number): EntityType | null {
  return label === outsideLabel ? null : entityTypes[(label - 1) >> 1];
}

/** An I- label may only continue an entity of its own type. */
export function isAllowedTransition(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous !== outsideLabel && typeOf(previous) === typeOf(label);
}

export interface LabelledSpan {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
}

/** Entities of an IOB2 sequence; a stray I- label starts an entity, as conlleval reads it. */
export function spansOfLabels(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let current: LabelledSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const type = typeOf(labels[i]);
    const continues = current !== null && isInside(labels[i]) && current.type === type;
    if (continues && current) {
      current.end = i + 1;
      continue;
    }
    if (current) spans.push(current);
    current = type ? { start: i, end: i + 1, type } : null;
  }
  if (current) spans.push(current);
  return spans;
}
