// What an entity's hover card says of it (its spellings, its counts and dates, the entities named
// beside it, its quotes), gathered in one walk over the articles that name it. A frequent name is
// in thousands of articles, and reading one is a few look-ups in a heap of a gigabyte at 100,000
// articles: the card used to walk them three times (its summary, its co-mentions, its quotes), and to
// keep every mention on the way.
import { compareCodeUnits, type CorpusIndex, type IndexedArticle } from './corpusIndex';
import type { Derivation, Steps } from './derivations';
import {
  articlesPerStep,
  countSpelling,
  entityDisplayName,
  isSpellingOf,
  mentionsNeedChecking,
  newestQuoteFirst,
  rankedSpellings,
  speakerEntityOf,
  type AttributedQuote,
} from './entities';
import { entityIdKey, entityIdType, type EntityId } from './entityResolution';
import type { EntityCounts } from './entityOverview';
import { isGroupWord, isPeopleAdjective } from './nameForms';

export interface CoMentioned {
  entity: EntityId;
  /** The articles naming both. */
  articles: number;
}

/** The entity's counts as the Entities view lists them, and what the card adds. */
export interface CardFacts extends Omit<EntityCounts, 'id'> {
  /** Entities named in the same articles, most shared articles first, then the one in more articles of the corpus;
   * adjectives and group words left out (`describesRatherThanNames`). */
  coMentioned: CoMentioned[];
  /** Quotes the entity says, newest article first. */
  quotes: AttributedQuote[];
}

export function* cardFacts(index: CorpusIndex, entity: EntityId, coMentionLimit: number): Steps<CardFacts> {
  const key = entityIdKey(entity);
  const keys = index.keysOf(entity);
  const spellings = new Map<string, number>();
  let mentions = 0;
  let articles = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const numbered = articleEntities(index);
  // The entities of each article naming this one, counted once the walk is over.
  const together: Int32Array[] = [];
  const quotes: AttributedQuote[] = [];
  // An article under two of the entity's names is met twice; under one, once.
  const seen = keys.length > 1 ? new Set<string>() : undefined;
  let walked = 0;
  for (const name of keys) {
    const checked = mentionsNeedChecking(index, entity, name);
    for (const uri of index.articlesWithKey(name)) {
      if (++walked % articlesPerStep === 0) yield;
      const article = index.article(uri);
      if (!article) continue;
      let named = false;
      for (const mention of article.mentionsByKey.get(name) ?? []) {
        if (checked && index.entityOf(mention) !== entity) continue;
        named = true;
        mentions++;
        if (isSpellingOf(mention.name, key)) countSpelling(spellings, mention.text);
      }
      if (!named || seen?.has(uri)) continue;
      seen?.add(uri);
      articles++;
      const { date, quotes: articleQuotes } = article.analysis;
      if (date && !date.startsWith('X')) {
        if (firstDate === null || date < firstDate) firstDate = date;
        if (lastDate === null || date > lastDate) lastDate = date;
      }
      together.push(numbered.of(article));
      for (let at = 0; at < articleQuotes.length; at++) {
        if (speakerEntityOf(index, article, at) === entity) quotes.push({ uri, date, quote: articleQuotes[at] });
      }
    }
  }
  return {
    type: entityIdType(entity),
    name: entityDisplayName(index, entity),
    aliases: rankedSpellings(spellings),
    mentions,
    articles,
    firstDate,
    lastDate,
    coMentioned: firstCoMentioned(index, numbered, together, numbered.numberOf(entity), coMentionLimit),
    quotes: quotes.sort(newestQuoteFirst),
  };
}

/**
 * An adjective of a people, party or creed or a group's word as another name ("Republican", "Democratic",
 * "Spanish", "Republicans"): named beside half the corpus, it would head every card's co-mentions, and it is
 * no one a reader looks for beside a person ("Often with: Republican (438), Hillary Clinton (343)").
 */
export function describesRatherThanNames(entity: EntityId): boolean {
  if (entityIdType(entity) !== 'MISC') return false;
  const key = entityIdKey(entity);
  return isPeopleAdjective(key) || isGroupWord(key);
}

interface RankedCoMention extends CoMentioned {
  /** The other entity's articles in the whole corpus, which breaks ties. */
  size: number;
}

// The first few of thousands: each is compared with the last one kept, and its size looked up only
// when it may take that one's place.
function firstCoMentioned(index: CorpusIndex, numbered: ArticleEntities, together: Int32Array[], itself: number, limit: number): CoMentioned[] {
  const counts = new Int32Array(numbered.count);
  for (const entities of together) for (let at = 0; at < entities.length; at++) counts[entities[at]]++;
  counts[itself] = 0;
  const first: RankedCoMention[] = [];
  for (let number = 0; number < counts.length; number++) {
    const articles = counts[number];
    if (articles === 0 || (first.length >= limit && (limit === 0 || articles < first[limit - 1].articles))) continue;
    const entity = numbered.entity(number);
    if (describesRatherThanNames(entity)) continue;
    const candidate = { entity, articles, size: index.articleCount(entityIdKey(entity)) };
    let at = first.length;
    while (at > 0 && compareCoMentions(candidate, first[at - 1]) < 0) at--;
    first.splice(at, 0, candidate);
    if (first.length > limit) first.pop();
  }
  return first.map(({ entity, articles }) => ({ entity, articles }));
}

/**
 * The entities each article names (those its names stand for), as small numbers, kept until the
 * corpus changes: every card counts them over its articles, and the articles of a frequent name are
 * those of the next one too. Counted in an array, a card's co-mentions cost little more than reading
 * its articles; read off the names, they were most of a card.
 */
class ArticleEntities {
  private readonly numbers = new Map<EntityId, number>();
  private readonly entities: EntityId[] = [];
  private readonly byArticle = new WeakMap<IndexedArticle, Int32Array>();

  constructor(private readonly index: CorpusIndex) {}

  get count(): number {
    return this.entities.length;
  }

  entity(number: number): EntityId {
    return this.entities[number];
  }

  numberOf(entity: EntityId): number {
    let number = this.numbers.get(entity);
    if (number === undefined) {
      number = this.entities.push(entity) - 1;
      this.numbers.set(entity, number);
    }
    return number;
  }

  /** The article's entities, each once. */
  of(article: IndexedArticle): Int32Array {
    let numbers = this.byArticle.get(article);
    if (!numbers) {
      const found: number[] = [];
      for (const key of article.mentionsByKey.keys()) {
        for (const entity of this.index.entitiesOfKey(key)) {
          const number = this.numberOf(entity);
          if (!found.includes(number)) found.push(number);
        }
      }
      numbers = Int32Array.from(found);
      this.byArticle.set(article, numbers);
    }
    return numbers;
  }
}

const articleEntities = (index: CorpusIndex): ArticleEntities => index.derivations.derive('entities of each article', () => new ArticleEntities(index));

/** Every article's entities, numbered a step at a time (for the card warmer): then no card reads an article's names. */
export const entitiesOfEveryArticle = (index: CorpusIndex): Derivation<true> => ({
  key: 'entities of every article',
  *steps() {
    const numbered = articleEntities(index);
    let articles = 0;
    for (const article of index.allArticles()) {
      numbered.of(article);
      if (++articles % articlesPerStep === 0) yield;
    }
    return true;
  },
});

function compareCoMentions(a: RankedCoMention, b: RankedCoMention): number {
  return b.articles - a.articles || b.size - a.size || compareCodeUnits(a.entity, b.entity);
}
