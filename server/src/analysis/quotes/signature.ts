// A pull quote signed inside its own marks, the closing mark after the attribution line:
// "“We will win this state.⏎— Rep. Jim Clyburn”". The quotation ends before the signature and the
// signature is its speaker. A transcript's turn labelled inside its marks ("\"PENCE: Well, …") is said
// by the label's person.
import type { EntityMention, Span } from '../types';
import type { SpeechLexicon } from './lexicon';
import type { QuotedStretch } from './marks';
import { firstSpanEndingAfter } from '../spanSearch';

/** The longest signature (in characters): a title and a name, perhaps a place; a pull quote's signing line too. */
export const maximumSignature = 100;
const maximumSignatureWords = 10;

export interface Signature {
  /** Where the quoted words start: after a transcript's label, else at the quotation's start. */
  wordsStart: number;
  /** Where the quoted words end, after the sentence before the signature. */
  quoteEnd: number;
  speaker: Span;
}

/** A transcript's turn opening with its speaker's label: one to four words in capitals, then a colon ("PENCE: Well, look"). */
const transcriptLabel = /^[ \t]*((?:\p{Lu}[\p{Lu}.'’-]*[ \t]){0,3}\p{Lu}[\p{Lu}.'’-]+):\s/u;
/** Enough characters to hold a label: the pattern never reads a whole paragraph. */
const longestLabel = 60;

/** The label opening a transcript's turn at `from` ("WALLACE: If I may, sir"), or null. */
export function transcriptLabelAt(text: string, from: number): Span | null {
  const found = transcriptLabel.exec(text.slice(from, from + longestLabel));
  if (!found) return null;
  const start = from + found[0].indexOf(found[1]);
  return { start, end: start + found[1].length };
}

/**
 * The turns of a transcript quoted whole, each said by the person its label names: "\"PENCE: Well, look…",
 * "\"WALLACE: If I may, sir…". A label is a speaker's when the article names that person ("Gov. Mike
 * Pence") or opens more than one turn with it; a label seen once and naming no one ("VIDEO:") is not.
 */
export function transcriptTurns(
  text: string,
  stretches: readonly QuotedStretch[],
  labels: readonly (Span | null)[],
  mentions: EntityMention[],
): (Signature | null)[] {
  if (labels.every((label) => label === null)) return labels.map(() => null);
  const turnsOf = new Map<string, number>();
  for (const label of labels) if (label) turnsOf.set(labelText(text, label), (turnsOf.get(labelText(text, label)) ?? 0) + 1);
  const surnames = new Set<string>();
  for (const mention of mentions) if (mention.type === 'PER') surnames.add(lastWord(mention.text));
  return labels.map((label, index) => {
    if (!label) return null;
    const named = (turnsOf.get(labelText(text, label)) ?? 0) > 1 || surnames.has(lastWord(labelText(text, label)));
    return named ? { wordsStart: label.end + 1, quoteEnd: stretches[index].end, speaker: label } : null;
  });
}

const labelText = (text: string, label: Span) => text.slice(label.start, label.end);
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

export function signatureInside(text: string, stretch: QuotedStretch, mentions: EntityMention[], lexicon: SpeechLexicon): Signature | null {
  let end = stretch.inner.end;
  // Only a line break or a dash near the end can set a signature apart: most quotations end here.
  if (!/[\n—–―-]/u.test(text.slice(Math.max(stretch.inner.start, end - maximumSignature), end))) return null;
  while (end > stretch.inner.start && /[\s.,!?…]/u.test(text[end - 1])) end--;
  for (let boundary = end - 1; boundary > stretch.inner.start && boundary > end - maximumSignature; boundary--) {
    if (!/[.!?…]/u.test(text[boundary]) || !/\s/u.test(text[boundary + 1] ?? '')) continue;
    let start = boundary + 1;
    while (start < end && /[\s—–―-]/u.test(text[start])) start++;
    // A signature stands on a line of its own or after a dash; "… who else knows that? Hillary Clinton." is an answer.
    const set = /[\n—–―-]/u.test(text.slice(boundary + 1, start));
    return set && isSignature(text, { start, end }, mentions, lexicon) && hasWords(text, stretch.inner.start, boundary)
      ? { wordsStart: stretch.start, quoteEnd: boundary + 1, speaker: { start, end } }
      : null;
  }
  return null;
}

// Capitalised words, titles and joiners only, holding a person's name: "Rep. Jim Clyburn", "Michelle Marks, Philadelphia".
function isSignature(text: string, span: Span, mentions: EntityMention[], lexicon: SpeechLexicon): boolean {
  const words = text.slice(span.start, span.end).split(/[\s,]+/u);
  if (words.length === 0 || words.length > maximumSignatureWords) return false;
  const signed = words.every(
    (word) => /^[\p{Lu}(]/u.test(word) || lexicon.personNouns.has(word.toLowerCase()) || lexicon.nounPhraseJoiners.has(word.toLowerCase()),
  );
  const first = mentions[firstSpanEndingAfter(mentions, span.start)];
  return signed && first !== undefined && first.start >= span.start && first.start < span.end && first.type === 'PER';
}

function hasWords(text: string, from: number, to: number): boolean {
  return /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(text.slice(from, to));
}
