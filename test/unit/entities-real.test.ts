// The committed models on real news sentences: these entities must come out right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntityRecognizer } from '../../server/src/models';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { tokenize } from '../../server/src/analysis/tokens';
import type { EntityMention, Language } from '../../server/src/analysis/types';

const tagger = loadEntityRecognizer(join(__dirname, '../../models'));
const analyze = createAnalyzer(tagger);

function mentionsOf(text: string, language: Language): EntityMention[] {
  return tagger.recognize({ text, language, ...tokenize(text), articleDate: null });
}

function assertFound(mentions: EntityMention[], expected: [string, string][], context: string): void {
  const found = new Set(mentions.map((mention) => `${mention.type} ${mention.text}`));
  for (const [type, text] of expected) assert.ok(found.has(`${type} ${text}`), `${type} ${text} in ${context}; found ${[...found].join(', ')}`);
}

test('an article in the corpus format: its people, places and organisations', () => {
  const text = readFileSync(join(__dirname, '../fixtures/articles/es-putin-maduro.txt'), 'utf8');
  const analysis = analyze(text);
  assert.equal(analysis.language, 'es');
  for (const mention of analysis.entities) assert.equal(mention.text, text.slice(mention.start, mention.end));
  assertFound(
    analysis.entities,
    [
      ['PER', 'Vladímir Putin'],
      ['PER', 'Nicolás Maduro'],
      ['PER', 'Donald Trump'],
      ['PER', 'Alexander Lukashenko'],
      ['PER', 'Jesús Rafael Salazar Velázquez'],
      ['LOC', 'Venezuela'],
      ['LOC', 'Bielorrusia'],
      ['LOC', 'Moscú'],
      ['ORG', 'Kremlin'],
      ['ORG', 'Reuters'],
      ['ORG', 'Belta'],
      ['ORG', 'Cancillería de Venezuela'],
    ],
    'the article',
  );
  // CoNLL-2002 tags a country acting as a government ORG ("tensiones con EEUU"), so either type will do.
  assert.ok(analysis.entities.some((mention) => mention.text === 'EEUU' && (mention.type === 'LOC' || mention.type === 'ORG')));
});

const sentences: { language: Language; text: string; entities: [string, string][] }[] = [
  {
    language: 'es',
    text: 'El presidente del Gobierno español, Pedro Sánchez, se reunió en Bruselas con la presidenta de la Comisión Europea, Ursula von der Leyen.',
    entities: [
      ['PER', 'Pedro Sánchez'],
      ['LOC', 'Bruselas'],
      ['ORG', 'Comisión Europea'],
    ],
  },
  {
    language: 'es',
    text: 'La ONU y la Unión Europea pidieron a Israel que permita la entrada de ayuda en Gaza, según informó la agencia EFE desde Jerusalén.',
    entities: [
      ['ORG', 'ONU'],
      ['ORG', 'Unión Europea'],
      ['LOC', 'Gaza'],
      ['ORG', 'EFE'],
      ['LOC', 'Jerusalén'],
    ],
  },
  {
    language: 'es',
    text: '“No vamos a ceder”, afirmó el ministro Albares tras hablar con el secretario de Estado de EE.UU., Marco Rubio.',
    entities: [['PER', 'Marco Rubio']],
  },
  {
    language: 'en',
    text: 'Russian President Vladimir Putin told Venezuela’s Nicolas Maduro on Thursday that Moscow supports Caracas, the Kremlin said.',
    entities: [
      ['MISC', 'Russian'],
      ['PER', 'Vladimir Putin'],
      ['LOC', 'Venezuela'],
      ['PER', 'Nicolas Maduro'],
      ['LOC', 'Moscow'],
      ['LOC', 'Caracas'],
    ],
  },
  {
    language: 'en',
    text: 'Apple Inc. shares rose 3% in New York after Chief Executive Tim Cook met European Union officials in Brussels.',
    entities: [
      ['ORG', 'Apple Inc.'],
      ['LOC', 'New York'],
      ['PER', 'Tim Cook'],
      ['ORG', 'European Union'],
      ['LOC', 'Brussels'],
    ],
  },
  {
    language: 'en',
    text: 'Belarusian leader Alexander Lukashenko said on Wednesday, according to the state news agency Belta, that Maduro was welcome in Minsk.',
    entities: [
      ['MISC', 'Belarusian'],
      ['PER', 'Alexander Lukashenko'],
      ['PER', 'Maduro'],
      ['LOC', 'Minsk'],
    ],
  },
];

test('real sentences in each language', () => {
  for (const { language, text, entities } of sentences) assertFound(mentionsOf(text, language), entities, text);
});

test("a club, team or party named by its town in brackets after a person, or after 'el', is an organisation; a country stays a place", () => {
  const text =
    'El árbitro amonestó a Iván Helguera (Real Madrid) y a Mario Delgado (Uruguay), y expulsó a Joseba Etxeberria (Bilbao). Marcaron Diego Tristán (La Coruña) y Raúl Tamudo (Barcelona).';
  assertFound(
    mentionsOf(text, 'es'),
    [
      ['PER', 'Joseba Etxeberria'],
      ['ORG', 'Bilbao'],
      ['ORG', 'La Coruña'],
      ['ORG', 'Barcelona'],
      ['LOC', 'Uruguay'],
    ],
    text,
  );
  const tennis = 'Conchita Martínez (ESP) venció a Mary Pierce (FRA) por 6-3 y 6-4.';
  assertFound(
    mentionsOf(tennis, 'es'),
    [
      ['ORG', 'ESP'],
      ['ORG', 'FRA'],
    ],
    tennis,
  );
  const match = 'El Parma se hundió en la segunda parte y el Barcelona jugará la final en Madrid.';
  assertFound(
    mentionsOf(match, 'es'),
    [
      ['ORG', 'Parma'],
      ['ORG', 'Barcelona'],
      ['LOC', 'Madrid'],
    ],
    match,
  );
});

test('an article in another language still gets its capitalised names', () => {
  const mentions = mentionsOf('Il presidente Emmanuel Macron ha incontrato Angela Merkel a Berlino.', 'unknown');
  assertFound(
    mentions,
    [
      ['PER', 'Emmanuel Macron'],
      ['PER', 'Angela Merkel'],
    ],
    'an Italian sentence',
  );
});

test('a quoted name is marked without its quotation marks, which the CoNLL-2002 convention puts inside it', () => {
  const text = 'El diario “El País” publicó ayer que el periódico «El Mundo» había mentido sobre la crisis.';
  const mentions = mentionsOf(text, 'es');
  assertFound(
    mentions,
    [
      ['ORG', 'El País'],
      ['ORG', 'El Mundo'],
    ],
    text,
  );
  for (const mention of mentions) assert.doesNotMatch(mention.text, /^[“«"]|[”»"]$/u, `${mention.text} keeps a quotation mark`);
});
