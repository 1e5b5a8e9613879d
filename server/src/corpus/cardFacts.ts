// What an entity's hover card says of it (its spellings, its counts and dates, the entities named
// beside it, its quotes), gathered in one walk over the articles that name it. A frequent name is
// in thousands of articles, and reading one is a few look-ups in a heap of a gigabyte at 100,000
// articles: the card used to walk them three times (its summary, its co-mentions, its quotes), and to
// keep every mention on the way.
import type { EntityType } from '../analysis/types';
import { compareCodeUnits, type CorpusIndex } from './corpusIndex';
import type { Steps } from './derivations';
import { articlesPerStep, entityDisplayName, isSpellingOf, mentionsNeedChecking, newestQuoteFirst, speakerEntityOf, type AttributedQuote } from './entities';
import { entityIdKey, entityIdType, type EntityId } from './entityResolution';

export interface CoMentioned {
  entity: EntityId;
  /** The articles naming both. */
  articles: number;
}

export interface CardFacts {
  type: EntityType;
  name: string;
  /** Every spelling, most frequent first (as `summarizeEntity` gives them). */
  aliases: string[];
  mentions: number;
  articles: number;
  /** Full article dates only. */
  firstDate: string | null;
  lastDate: string | null;
  /** Entities named in the same articles, most shared articles first, then the one in more articles of the corpus. */
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
  // Each other entity counted once an article: the article it was last counted in says whether.
  const together = new Map<EntityId, { articles: number; lastArticle: number }>();
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
        if (isSpellingOf(mention.name, key)) spellings.set(mention.text, (spellings.get(mention.text) ?? 0) + 1);
      }
      if (!named || seen?.has(uri)) continue;
      seen?.add(uri);
      articles++;
      const { date, quotes: articleQuotes } = article.analysis;
      if (date && !date.startsWith('X')) {
        if (firstDate === null || date < firstDate) firstDate = date;
        if (lastDate === null || date > lastDate) lastDate = date;
      }
      // An article's entities are read off its names (each resolved once), not its mentions one by one.
      for (const other of article.mentionsByKey.keys()) {
        for (const otherEntity of index.entitiesOfKey(other)) {
          const count = together.get(otherEntity);
          if (!count) together.set(otherEntity, { articles: 1, lastArticle: articles });
          else if (count.lastArticle !== articles) {
            count.articles++;
            count.lastArticle = articles;
          }
        }
      }
      for (let at = 0; at < articleQuotes.length; at++) {
        if (speakerEntityOf(index, article, at) === entity) quotes.push({ uri, date, quote: articleQuotes[at] });
      }
    }
  }
  together.delete(entity);
  return {
    type: entityIdType(entity),
    name: entityDisplayName(index, entity),
    aliases: [...spellings].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([text]) => text),
    mentions,
    articles,
    firstDate,
    lastDate,
    coMentioned: firstCoMentioned(index, together, coMentionLimit),
    quotes: quotes.sort(newestQuoteFirst),
  };
}

interface RankedCoMention extends CoMentioned {
  /** The other entity's articles in the whole corpus, which breaks ties. */
  size: number;
}

// The first few of thousands: each is compared with the last one kept, and its size looked up only
// when it may take that one's place.
function firstCoMentioned(index: CorpusIndex, counts: Map<EntityId, { articles: number }>, limit: number): CoMentioned[] {
  const first: RankedCoMention[] = [];
  for (const [entity, { articles }] of counts) {
    if (first.length >= limit && (limit === 0 || articles < first[limit - 1].articles)) continue;
    const candidate = { entity, articles, size: index.articleCount(entityIdKey(entity)) };
    let at = first.length;
    while (at > 0 && compareCoMentions(candidate, first[at - 1]) < 0) at--;
    first.splice(at, 0, candidate);
    if (first.length > limit) first.pop();
  }
  return first.map(({ entity, articles }) => ({ entity, articles }));
}

function compareCoMentions(a: RankedCoMention, b: RankedCoMention): number {
  return b.articles - a.articles || b.size - a.size || compareCodeUnits(a.entity, b.entity);
}
