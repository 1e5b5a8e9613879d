// The hover card's facts, gathered in one walk over an entity's articles (corpus/cardFacts.ts), and
// the main mention, which passes over the articles that cannot hold a better one or is read off
// every main mention found in one walk over the corpus: both pinned to the plain computations they
// replace (the entity's summary, its quotes, a count of the entities in its articles; the first
// mention of its sorted list), for every entity of the samples and the test corpus, with and
// without a catalog.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { cardFacts, describesRatherThanNames, type CoMentioned } from '../../server/src/corpus/cardFacts';
import { Catalog, parseCatalog } from '../../server/src/corpus/catalog';
import { compareCodeUnits, CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { finish } from '../../server/src/corpus/derivations';
import { entityMentions, everyMainMention, mainMention, quotesBy, summarizeEntity, type MentionLocation } from '../../server/src/corpus/entities';
import { entityIdKey, type EntityId } from '../../server/src/corpus/entityResolution';
import { loadEntityRecognizer } from '../../server/src/models';

const analyzer = createAnalyzer(loadEntityRecognizer(path.resolve(__dirname, '../../models')));
const texts = [path.resolve(__dirname, '../fixtures/corpus'), path.resolve(__dirname, '../../samples')].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [`file:///corpus/${name}`, readFileSync(path.join(folder, name), 'utf8')] as const),
);

function indexOf(catalog?: Catalog): CorpusIndex {
  const index = new CorpusIndex(analyzer);
  if (catalog) index.setCatalog(catalog);
  for (const [uri, text] of texts) index.setArticle(uri, text);
  return index;
}

// What the card used to read: every article naming the entity, each counted once for every entity its names stand for.
function coMentionedPlainly(index: CorpusIndex, entity: EntityId, limit: number): CoMentioned[] {
  const articlesOf = new Map<EntityId, Set<string>>();
  for (const { uri } of summarizeEntity(index, entity).mentions) {
    for (const key of index.article(uri)!.mentionsByKey.keys()) {
      for (const other of index.entitiesOfKey(key)) (articlesOf.get(other) ?? articlesOf.set(other, new Set()).get(other)!).add(uri);
    }
  }
  articlesOf.delete(entity);
  return [...articlesOf]
    .filter(([other]) => !describesRatherThanNames(other))
    .map(([other, uris]) => ({ entity: other, articles: uris.size, size: index.articleCount(entityIdKey(other)) }))
    .sort((a, b) => b.articles - a.articles || b.size - a.size || compareCodeUnits(a.entity, b.entity))
    .slice(0, limit)
    .map(({ entity: other, articles }) => ({ entity: other, articles }));
}

// The entity's first mention under its own name in its sorted list, a body mention before a headline one.
function mainMentionPlainly(index: CorpusIndex, entity: EntityId): MentionLocation | undefined {
  const key = entityIdKey(entity);
  const sorted = entityMentions(index, entity);
  const own = sorted.filter(({ mention }) => mention.key === key && mention.name === key);
  return own.find(({ mention }) => !mention.weak) ?? own[0] ?? sorted[0];
}

function assertSameAsPlainly(index: CorpusIndex): number {
  const entities = [...new Set(index.allEntities())];
  for (const entity of entities) {
    const summary = summarizeEntity(index, entity);
    const facts = finish(cardFacts(index, entity, 5));
    assert.deepEqual(
      facts,
      {
        type: summary.type,
        name: summary.name,
        aliases: summary.aliases,
        mentions: summary.mentions.length,
        articles: summary.articleCount,
        firstDate: summary.firstDate,
        lastDate: summary.lastDate,
        coMentioned: coMentionedPlainly(index, entity, 5),
        quotes: quotesBy(index, entity),
      },
      entity,
    );
    assert.deepEqual(finish(cardFacts(index, entity, 0)).coMentioned, [], entity);
    assert.deepEqual(mainMention(index, entity), mainMentionPlainly(index, entity), entity);
  }
  // The main mentions again, read off every main mention found in one walk (as the card warmer leaves them).
  index.derivations.clear();
  index.derivations.now(everyMainMention(index));
  for (const entity of entities) assert.deepEqual(mainMention(index, entity), mainMentionPlainly(index, entity), entity);
  return entities.length;
}

describe('card facts and main mentions', () => {
  it('are what the summary, the quotes, a plain count of co-mentions and the sorted mentions give, for every entity', () => {
    const index = indexOf();
    assert.ok(assertSameAsPlainly(index) > 50);
    // Some entities are named beside many others, and some say quotes: the comparison is not of empty lists only.
    const entities = [...new Set(index.allEntities())];
    assert.ok(entities.some((entity) => finish(cardFacts(index, entity, 5)).coMentioned.length === 5));
    assert.ok(entities.some((entity) => finish(cardFacts(index, entity, 5)).quotes.length > 0));
  });

  it('are the same with a catalog, whose names make every mention be checked', () => {
    const plain = indexOf();
    const [place, organization] = ['LOC', 'ORG'].map((type) => [...plain.allEntities()].find((entity) => entity.startsWith(`${type}:`))!);
    const catalog = JSON.stringify({
      entities: [{ name: summarizeEntity(plain, place).name, type: 'ORG', aliases: [summarizeEntity(plain, organization).name] }],
    });
    assert.ok(assertSameAsPlainly(indexOf(new Catalog([parseCatalog(catalog)]))) > 50);
  });
});
