// The table of speaker cases the quotation tests share: each text is tokenized, its names marked as
// the entity tagger would, and every quotation's speaker, mention and kind compared in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotations } from '../../server/src/analysis/quotes';
import { tokenize } from '../../server/src/analysis/tokens';
import type { EntityMention, EntityType, Language, QuotationAnalysis } from '../../server/src/analysis/types';

export interface SpeakerCase {
  name: string;
  language: Language;
  text: string;
  /** The names the entity tagger would find (every occurrence is marked). */
  names: Record<string, EntityType>;
  /** [quotation's first characters, speaker, mention, kind] for each quotation, in order. */
  quotes: [string, string | null, string | null, string | undefined][];
}

/** The quotations of a text whose names are marked as the entity tagger would (the tagger is someone else's). */
export function quotationsOf(text: string, language: Language, names: Record<string, EntityType> = {}): QuotationAnalysis {
  const { tokens, sentences } = tokenize(text);
  return findQuotations({ text, language, tokens, sentences, articleDate: null }, mentions(text, names));
}

function mentions(text: string, names: Record<string, EntityType>): EntityMention[] {
  const found: EntityMention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) found.push({ start: at, end: at + name.length, type, text: name });
  }
  // A longer name holds the shorter ones inside it ("Carlos Marin" and "Marin").
  return found.filter(
    (mention) =>
      !found.some(
        (other) => other !== mention && other.start <= mention.start && mention.end <= other.end && other.end - other.start > mention.end - mention.start,
      ),
  );
}

export function testSpeakers(cases: SpeakerCase[]): void {
  for (const { name, language, text, names, quotes } of cases) {
    test(`speakers: ${name}`, () => {
      const { tokens, sentences } = tokenize(text);
      const found = findQuotations({ text, language, tokens, sentences, articleDate: null }, mentions(text, names)).quotes;
      assert.deepEqual(
        found.map((quote, at) => [
          quote.text.slice(0, quotes[at]?.[0].length ?? 20),
          quote.speaker?.text ?? null,
          quote.speakerMention?.text ?? null,
          quote.speakerKind,
        ]),
        quotes,
      );
    });
  }
}
