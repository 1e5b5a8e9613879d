// The tagger's labels and the conversion between label sequences and spans. The tagger decodes
// BILOU labels (Ratinov & Roth 2009): a name's last word (L-) and a one-word name (U-) get labels of
// their own, which lets single-word features tell "Unidos" from "Estados". Everything outside the
// decoder reads IOB2: `fromBilou` maps the decoded labels onto the B- and I- labels of the same set.
import type { EntityType } from '../types';

export const entityTypes: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

const enum Position {
  Begin = 0,
  Inside = 1,
  Last = 2,
  Unit = 3,
}
const positionPrefixes = ['B', 'I', 'L', 'U'];
const positionCount = positionPrefixes.length;

/** Label 0 is O; label 4k+1+p is position p (B, I, L, U) of type k. */
export const labelNames: readonly string[] = ['O', ...entityTypes.flatMap((type) => positionPrefixes.map((prefix) => `${prefix}-${type}`))];
export const labelCount = labelNames.length;
const outsideLabel = 0;

const labelIndex = new Map(labelNames.map((name, index) => [name, index]));

export function labelOf(name: string): number {
  const index = labelIndex.get(name);
  if (index === undefined) throw new Error(`Unknown entity label ${name}`);
  return index;
}

function positionOf(label: number): Position | null {
  return label === outsideLabel ? null : (((label - 1) % positionCount) as Position);
}

/** Whether the label continues an entity (I- or L-). */
export function isInside(label: number): boolean {
  const position = positionOf(label);
  return position === Position.Inside || position === Position.Last;
}

/** Whether the entity must go on after this label (B- or I-). */
function isOpen(label: number): boolean {
  const position = positionOf(label);
  return position === Position.Begin || position === Position.Inside;
}

/** Whether the label ends its entity (L- or U-). */
function isClosing(label: number): boolean {
  const position = positionOf(label);
  return position === Position.Last || position === Position.Unit;
}

export function typeOf(label: number): EntityType | null {
  return label === outsideLabel ? null : entityTypes[Math.floor((label - 1) / positionCount)];
}

function withPosition(label: number, position: Position): number {
  return label - ((label - 1) % positionCount) + position;
}

/**
 * I- and L- continue an open entity (B- or I-) of their own type; every other label needs the
 * entity before it closed. Label O stands for the sentence start.
 */
export function isAllowedTransition(previous: number, label: number): boolean {
  if (isInside(label)) return isOpen(previous) && typeOf(previous) === typeOf(label);
  return !isOpen(previous);
}

/** B-/I- labels (IOB2) to BILOU, in place. */
export function toBilou(labels: Uint8Array): Uint8Array {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === outsideLabel) continue;
    const next = i + 1 < labels.length ? labels[i + 1] : outsideLabel;
    const continues = positionOf(next) === Position.Inside && typeOf(next) === typeOf(labels[i]);
    if (continues) continue;
    const position = positionOf(labels[i]);
    if (position === Position.Begin) labels[i] = withPosition(labels[i], Position.Unit);
    else if (position === Position.Inside) labels[i] = withPosition(labels[i], Position.Last);
  }
  return labels;
}

/** BILOU labels to the B- and I- labels of the same entities (IOB2), in place. */
export function fromBilou(labels: Uint8Array): Uint8Array {
  for (let i = 0; i < labels.length; i++) {
    const position = positionOf(labels[i]);
    if (position === Position.Last) labels[i] = withPosition(labels[i], Position.Inside);
    else if (position === Position.Unit) labels[i] = withPosition(labels[i], Position.Begin);
  }
  return labels;
}

export interface LabelledSpan {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Entities of a BILOU or IOB2 sequence; a stray I- or L- label starts an entity, as conlleval reads
 * IOB2, and an L- or U- label ends one.
 */
export function spansOfLabels(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let current: LabelledSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const type = typeOf(labels[i]);
    if (current !== null && isInside(labels[i]) && current.type === type) current.end = i + 1;
    else {
      if (current) spans.push(current);
      current = type ? { start: i, end: i + 1, type } : null;
    }
    if (current && isClosing(labels[i])) {
      spans.push(current);
      current = null;
    }
  }
  if (current) spans.push(current);
  return spans;
}
