// The corpus file newsmark.json: its rules (corpus/catalog.ts, corpus/catalogMentions.ts) on invented articles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../server/src/analysis/types';
import { Catalog, parseCatalog } from '../../server/src/corpus/catalog';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { entityDisplayName, entityMentions } from '../../server/src/corpus/entities';
import { searchEntities } from '../../server/src/corpus/entitySearch';
import { repairedAnalyzerOf } from '../helpers/taggedSpans';

function corpus(tagged: Record<string, EntityType>, catalogText: string, articles: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex(repairedAnalyzerOf(tagged));
  index.setCatalog(new Catalog([parseCatalog(catalogText)]));
  for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
  return index;
}

function entitiesIn(index: CorpusIndex, uri: string): string[] {
  return (index.article(uri)?.mentions ?? []).map((mention) => {
    const entity = index.entityOf(mention);
    return `${mention.text} → ${entity.slice(0, entity.indexOf(':'))} ${entityDisplayName(index, entity)}`;
  });
}

describe('the corpus file', () => {
  it('reads entities and notEntities, and says what is wrong and where while the valid part applies', () => {
    const text = `{
  "entities": [
    { "name": "Alexander Lukashenko", "type": "PER", "aliases": ["Lukashenko"] },
    { "name": "Cáceres", "type": "CITY" },
    { "name": "Aleksandr Lukashenko Jr", "type": "PER", "aliases": ["Lukashenko"] },
    { "type": "ORG" }
  ],
  "notEntities": ["Seguir en", 3],
  "colour": "red"
}`;
    const parsed = parseCatalog(text);
    assert.deepEqual(parsed.entities, [
      { name: 'Alexander Lukashenko', type: 'PER', aliases: ['Lukashenko'] },
      { name: 'Aleksandr Lukashenko Jr', type: 'PER', aliases: [] },
    ]);
    assert.deepEqual(parsed.notEntities, ['Seguir en']);
    const problems = parsed.problems.map((problem) => `${text.slice(problem.start, problem.end)}: ${problem.message}`);
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.ok(problems.some((problem) => problem.startsWith('"CITY"') && problem.includes('PER, ORG, LOC or MISC')));
    assert.ok(problems.some((problem) => problem.startsWith('"Lukashenko"') && problem.includes('already')));
    assert.ok(problems.some((problem) => problem.startsWith('"colour"')));
  });

  it('a broken file gives a problem at the break and no entities, never an exception', () => {
    const parsed = parseCatalog('{ "entities": [ { "name": "Vigo", "type": "LOC" ');
    assert.ok(parsed.problems.length > 0);
    // Said as a person reads it, not as jsonc-parser's error code ("CloseBraceExpected").
    assert.deepEqual(
      parseCatalog('{ "entities": [] ').problems.map((problem) => problem.message),
      ['Broken JSON: close brace expected'],
    );
    assert.doesNotThrow(() => parseCatalog('[1, 2'));
    assert.deepEqual(parseCatalog('').problems, []);
  });

  it('finds every occurrence of a name or alias, found by the tagger or not, whole words, accents folded, in capitals too', () => {
    const catalog = '{ "entities": [ { "name": "Alexander Lukashenko", "type": "PER", "aliases": ["Lukashenko", "Aleksandr Lukashenko"] } ] }';
    const index = corpus({}, catalog, {
      'a.txt': 'LUKASHENKO RECIBE A MADURO\n\nAleksandr Lukashenko habló. Lukashenkos no. El bielorruso Lukashénko insistió.',
    });
    assert.deepEqual(entitiesIn(index, 'a.txt'), [
      'LUKASHENKO → PER Alexander Lukashenko',
      'Aleksandr Lukashenko → PER Alexander Lukashenko',
      'Lukashénko → PER Alexander Lukashenko',
    ]);
  });

  it('an exact name wins over every automatic link, and a catalog name inside a longer name stays part of it', () => {
    const catalog = '{ "entities": [ { "name": "Cáceres", "type": "LOC" }, { "name": "Valencia", "type": "LOC" } ] }';
    const index = corpus({ 'José Cáceres': 'PER', Cáceres: 'PER', 'Catedral de Valencia': 'LOC' }, catalog, {
      'a.txt': 'José Cáceres ganó. Cáceres lo celebró en la Catedral de Valencia.',
      'b.txt': 'El tren llegó a Cáceres.',
    });
    assert.deepEqual(entitiesIn(index, 'a.txt'), [
      'José Cáceres → PER José Cáceres',
      'Cáceres → LOC Cáceres',
      'Catedral de Valencia → LOC Catedral de Valencia',
    ]);
    assert.equal(entityMentions(index, 'LOC:caceres').length, 2);
  });

  it('never makes an entity of a string in notEntities', () => {
    const index = corpus({ 'Seguir en': 'MISC', Vigo: 'LOC' }, '{ "notEntities": ["Seguir en"] }', { 'a.txt': ' date 2025-12-11 Vigo + Seguir en\n\nVigo.' });
    assert.deepEqual(entitiesIn(index, 'a.txt'), ['Vigo → LOC Vigo', 'Vigo → LOC Vigo']);
  });

  it('finds a catalog entity by any of its aliases', () => {
    const catalog = '{ "entities": [ { "name": "North Atlantic Marine Insurers\' Association", "type": "ORG", "aliases": ["NAMIA"] } ] }';
    const index = corpus({}, catalog, { 'a.txt': 'The NAMIA said so.' });
    const [match] = searchEntities(index, 'NAMIA', 5);
    assert.equal(match.name, "North Atlantic Marine Insurers' Association");
    assert.equal(match.matchedAlias, 'NAMIA');
  });
});

describe('the corpus file applied to an index as it changes', () => {
  const tagged: Record<string, EntityType> = { 'Elena Marín Ortega': 'PER', Marín: 'PER', Vigo: 'LOC', Burela: 'LOC' };
  const texts: Record<string, string> = {
    'a.txt': 'Elena Marín Ortega llegó a Vigo. Marín habló.',
    'b.txt': 'Marín respondió desde Burela, cerca de Cedeira.',
  };

  it('resolves names by a new catalog at once, finds its names once the texts are searched, and undoes both', () => {
    const index = new CorpusIndex(repairedAnalyzerOf(tagged));
    for (const [uri, text] of Object.entries(texts)) index.setArticle(uri, text);
    index.setCatalog(
      new Catalog([
        parseCatalog('{ "entities": [ { "name": "Elena Marín Ortega", "type": "ORG" }, { "name": "Cedeira", "type": "LOC" } ], "notEntities": ["Burela"] }'),
      ]),
    );
    // At once: the type, and the notEntities (which need no text).
    assert.deepEqual(entitiesIn(index, 'b.txt'), ['Marín → ORG Elena Marín Ortega']);
    assert.deepEqual([...index.unscannedForCatalog()].sort(), ['a.txt', 'b.txt']);
    // Once the texts are searched: the name the tagger missed.
    for (const [uri, text] of Object.entries(texts)) index.scanForCatalog(uri, text);
    assert.deepEqual(entitiesIn(index, 'b.txt'), ['Marín → ORG Elena Marín Ortega', 'Cedeira → LOC Cedeira']);
    assert.equal(index.unscannedForCatalog().size, 0);
    index.setCatalog(new Catalog());
    assert.deepEqual(entitiesIn(index, 'b.txt'), ['Marín → PER Elena Marín Ortega', 'Burela → LOC Burela']);
  });

  it('finds the names in an article that arrives with its text, and waits for a scan when it comes from the cache', () => {
    const index = new CorpusIndex(repairedAnalyzerOf(tagged));
    index.setCatalog(new Catalog([parseCatalog('{ "entities": [ { "name": "Cedeira", "type": "LOC" } ] }')]));
    index.setArticle('b.txt', texts['b.txt']);
    assert.ok(entitiesIn(index, 'b.txt').includes('Cedeira → LOC Cedeira'));
    const { analysis, lineStarts, textLength, mentions } = index.article('b.txt')!;
    index.setAnalyzedArticle(
      'c.txt',
      analysis,
      lineStarts,
      textLength,
      mentions.filter((mention) => mention.text !== 'Cedeira'),
    );
    assert.ok(index.unscannedForCatalog().has('c.txt'));
  });
});

describe('a change of the corpus file without new names', () => {
  it('needs no text: a new type, or a notEntity, applies at once, and the names found so far stay found', () => {
    const tagged: Record<string, EntityType> = { Vigo: 'LOC' };
    const text = 'Vigo recibió a la flota en Cedeira.';
    const index = new CorpusIndex(repairedAnalyzerOf(tagged));
    index.setCatalog(new Catalog([parseCatalog('{ "entities": [ { "name": "Cedeira", "type": "LOC" } ] }')]));
    index.setArticle('a.txt', text);
    assert.ok(entitiesIn(index, 'a.txt').includes('Cedeira → LOC Cedeira'));
    index.setCatalog(new Catalog([parseCatalog('{ "entities": [ { "name": "Cedeira", "type": "ORG" } ], "notEntities": ["Vigo"] }')]));
    assert.equal(index.unscannedForCatalog().size, 0);
    assert.deepEqual(entitiesIn(index, 'a.txt'), ['Cedeira → ORG Cedeira']);
  });
});
