import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { entityMentions, mainMention, summarizeEntity } from '../../server/src/corpus/entities';
import { searchEntities } from '../../server/src/corpus/entitySearch';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({
  'Vladímir Putin': 'PER',
  'Vladimir Putin': 'PER',
  Putin: 'PER',
  'Carlos Marín': 'PER',
  'Elena Marín': 'PER',
  'Elena Marín Ortega': 'PER',
  Elena: 'PER',
  Marín: 'PER',
  Kremlin: 'ORG',
  'Organización de las Naciones Unidas': 'ORG',
  ONU: 'ORG',
  Bielorrusia: 'LOC',
});

function corpus(articles: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex(analyzer);
  for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
  return index;
}

function entityOfMention(index: CorpusIndex, uri: string, text: string, nth = 0): string {
  const article = index.article(uri);
  const mention = article?.mentions.filter((candidate) => candidate.text === text)[nth];
  assert.ok(mention, `no mention '${text}' in ${uri}`);
  return index.entityOf(mention);
}

describe('corpus entity linking', () => {
  it('treats names that differ only in accents and case as one entity', () => {
    const index = corpus({ 'a.txt': 'Vladímir Putin habló.', 'b.txt': 'Vladimir Putin llamó.' });
    assert.equal(entityOfMention(index, 'a.txt', 'Vladímir Putin'), entityOfMention(index, 'b.txt', 'Vladimir Putin'));
    assert.equal(index.stats().entities, 1);
  });

  it('links a surname to the full name in the same article and across the corpus', () => {
    const index = corpus({
      'a.txt': ' date 2025-11-01 Cumbre\n\nVladimir Putin llegó. Putin habló.',
      'b.txt': ' date 2025-12-01 Otra\n\nPutin respondió.',
    });
    assert.equal(entityOfMention(index, 'a.txt', 'Putin'), 'PER:vladimir putin');
    assert.equal(entityOfMention(index, 'b.txt', 'Putin'), 'PER:vladimir putin');
    const summary = summarizeEntity(index, 'PER:vladimir putin');
    assert.equal(summary.mentions.length, 3);
    assert.equal(summary.articleCount, 2);
    assert.deepEqual([summary.firstDate, summary.lastDate], ['2025-11-01', '2025-12-01']);
    assert.deepEqual(summary.aliases.sort(), ['Putin', 'Vladimir Putin']);
  });

  it('links a shorter full name to the longer one it begins, but not a first name alone', () => {
    const index = corpus({ 'a.txt': 'Elena Marín Ortega llegó.', 'b.txt': 'Elena Marín habló.', 'c.txt': 'Elena llamó.' });
    assert.equal(entityOfMention(index, 'b.txt', 'Elena Marín'), 'PER:elena marin ortega');
    assert.equal(entityOfMention(index, 'c.txt', 'Elena'), 'PER:elena');
  });

  it('keeps different people with the same surname apart', () => {
    const index = corpus({
      'a.txt': 'Carlos Marín dimitió.',
      'b.txt': 'Elena Marín llegó. Marín dijo que no.',
      'c.txt': 'Marín no respondió.',
    });
    assert.equal(entityOfMention(index, 'b.txt', 'Marín'), 'PER:elena marin');
    assert.equal(entityOfMention(index, 'c.txt', 'Marín'), 'PER:marin');
    assert.notEqual(entityOfMention(index, 'a.txt', 'Carlos Marín'), entityOfMention(index, 'b.txt', 'Elena Marín'));
  });

  it('links an acronym to the organization it abbreviates in the article', () => {
    const index = corpus({ 'a.txt': 'La Organización de las Naciones Unidas pidió calma. La ONU insistió.' });
    assert.equal(entityOfMention(index, 'a.txt', 'ONU'), 'ORG:organizacion de las naciones unidas');
  });

  it('finds the main mention: the first full name in the earliest article', () => {
    const index = corpus({
      'late.txt': ' date 2025-12-11 Tarde\n\nPutin y Vladimir Putin.',
      'early.txt': ' date 2025-10-01 Pronto\n\nPutin antes. Vladímir Putin después.',
    });
    const main = mainMention(index, 'PER:vladimir putin');
    assert.equal(main?.uri, 'early.txt');
    assert.equal(main?.mention.text, 'Vladímir Putin');
  });

  it('follows edits and deletions', () => {
    const index = corpus({ 'a.txt': 'Vladimir Putin habló.', 'b.txt': 'Putin respondió.' });
    assert.equal(entityMentions(index, 'PER:vladimir putin').length, 2);
    index.setArticle('a.txt', 'El Kremlin calló.');
    assert.equal(entityMentions(index, 'PER:vladimir putin').length, 0);
    assert.equal(entityOfMention(index, 'b.txt', 'Putin'), 'PER:putin');
    index.removeArticle('b.txt');
    assert.deepEqual(index.stats(), { articles: 1, entities: 1, mentions: 1 });
  });

  it('searches entities by word prefixes of any spelling', () => {
    const index = corpus({ 'a.txt': 'Vladimir Putin y el Kremlin.', 'b.txt': 'Carlos Marín y Elena Marín.' });
    assert.deepEqual(
      searchEntities(index, 'puti', 10).map((entity) => entity.name),
      ['Vladimir Putin'],
    );
    assert.deepEqual(
      searchEntities(index, 'marin', 10)
        .map((entity) => entity.name)
        .sort(),
      ['Carlos Marín', 'Elena Marín'],
    );
    assert.deepEqual(searchEntities(index, 'zzz', 10), []);
  });

  it('finds a name by any of its words, by one letter, and by its words in any order, and follows edits', () => {
    const index = corpus({ 'a.txt': 'Elena Marín Ortega habló en el Kremlin.' });
    const names = (query: string) => searchEntities(index, query, 10).map((entity) => entity.name);
    assert.deepEqual(names('ortega'), ['Elena Marín Ortega']);
    assert.deepEqual(names('o'), ['Elena Marín Ortega']);
    assert.deepEqual(names('ort ele'), ['Elena Marín Ortega']);
    assert.deepEqual(names('ortegas'), []);
    assert.deepEqual(names('kr'), ['Kremlin']);
    assert.deepEqual(names('ma'), ['Elena Marín Ortega']);
    index.setArticle('b.txt', 'Vladimir Putin y Carlos Marín.');
    assert.deepEqual(names('ma').sort(), ['Carlos Marín', 'Elena Marín Ortega']);
    // Queries of one-letter words, which read the names under their rarest first letter.
    assert.deepEqual(names('m').sort(), ['Carlos Marín', 'Elena Marín Ortega']);
    assert.deepEqual(names('e m o'), ['Elena Marín Ortega']);
    assert.deepEqual(names('m c'), ['Carlos Marín']);
    assert.deepEqual(names('v p'), ['Vladimir Putin']);
    assert.deepEqual(names('k m'), []);
    assert.deepEqual(names('z'), []);
  });
});
