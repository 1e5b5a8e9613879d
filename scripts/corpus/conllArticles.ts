// CoNLL documents made into article files as a reader would keep them: a sentence a line, tokens
// joined with the spacing of ordinary text, and the gold entity spans as offsets into that text.
import type { EntityType } from '../../server/src/analysis/types';
import { labelNames } from '../../server/src/analysis/entities/bilouLabels';
import type { LabelledDocument } from '../ner/corpus';

export interface GoldMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface GoldArticle {
  name: string;
  text: string;
  mentions: GoldMention[];
}

const noSpaceBefore = new Set([',', '.', ';', ':', ')', ']', '?', '!', '%', "'s", "n't", "'", '”', '»']);
const noSpaceAfter = new Set(['(', '[', '¿', '¡', '“', '«', '$']);

export function documentsToArticles(documents: readonly LabelledDocument[], prefix: string): GoldArticle[] {
  return documents.map((document, index) => documentToArticle(document, `${prefix}-${String(index + 1).padStart(4, '0')}.txt`));
}

function documentToArticle(document: LabelledDocument, name: string): GoldArticle {
  let text = '';
  const mentions: GoldMention[] = [];
  for (const sentence of document) {
    if (text !== '') text += '\n';
    const starts: number[] = [];
    const ends: number[] = [];
    let quoteOpen = false;
    sentence.tokens.forEach((token, i) => {
      const previous = sentence.tokens[i - 1];
      const isQuote = token === '"';
      const glue = i === 0 || noSpaceBefore.has(token) || noSpaceAfter.has(previous) || (isQuote && quoteOpen) || (previous === '"' && quoteOpen && !isQuote);
      if (isQuote) quoteOpen = !quoteOpen;
      if (!glue) text += ' ';
      starts.push(text.length);
      text += token;
      ends.push(text.length);
    });
    let open: { first: number; type: EntityType } | null = null;
    const close = (last: number) => {
      if (!open) return;
      mentions.push({ start: starts[open.first], end: ends[last], type: open.type, text: text.slice(starts[open.first], ends[last]) });
      open = null;
    };
    sentence.labels.forEach((label, i) => {
      const name = labelNames[label];
      if (name.startsWith('B-') || name === 'O' || (open && name.slice(2) !== open.type)) close(i - 1);
      if (name !== 'O' && !open) open = { first: i, type: name.slice(2) as EntityType };
    });
    close(sentence.labels.length - 1);
  }
  return { name, text: `${text}\n`, mentions };
}
