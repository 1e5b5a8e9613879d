// What the corpus knows about one entity, derived on demand from the index.
import type { EntityType, Quotation } from '../analysis/types';
import type { LinkedMention } from './articleLinks';
import type { CorpusIndex } from './corpusIndex';
import { normalizeName } from './nameForms';

export interface MentionLocation {
  uri: string;
  mention: LinkedMention;
}

export interface EntitySummary {
  key: string;
  type: EntityType;
  /** The most frequent spelling of the full name. */
  name: string;
  /** Every spelling seen, most frequent first. */
  aliases: string[];
  /** In no particular order (entityMentions sorts them). */
  mentions: MentionLocation[];
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface AttributedQuote {
  uri: string;
  date: string | null;
  quote: Quotation;
}

export function entityMentions(index: CorpusIndex, entity: string): MentionLocation[] {
  return unorderedMentions(index, entity).sort(compareLocations(index));
}

function unorderedMentions(index: CorpusIndex, entity: string): MentionLocation[] {
  const found: MentionLocation[] = [];
  for (const key of index.keysOf(entity)) {
    for (const uri of index.articlesWithKey(key)) {
      for (const mention of index.article(uri)?.mentionsByKey.get(key) ?? []) found.push({ uri, mention });
    }
  }
  return found;
}

export function summarizeEntity(index: CorpusIndex, entity: string): EntitySummary {
  const mentions = unorderedMentions(index, entity);
  const types = new Map<EntityType, number>();
  const spellings = new Map<string, number>();
  const fullSpellings = new Map<string, number>();
  const dates: string[] = [];
  const uris = new Set<string>();
  for (const { uri, mention } of mentions) {
    types.set(mention.type, (types.get(mention.type) ?? 0) + 1);
    spellings.set(mention.text, (spellings.get(mention.text) ?? 0) + 1);
    if (mention.name === entity) fullSpellings.set(mention.text, (fullSpellings.get(mention.text) ?? 0) + 1);
    if (!uris.has(uri)) {
      uris.add(uri);
      const date = index.article(uri)?.analysis.date;
      if (date) dates.push(date);
    }
  }
  dates.sort();
  const byCount = <T>(counts: Map<T, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
  return {
    key: entity,
    type: (byCount(types)[0] as EntityType | undefined) ?? 'MISC',
    name: byCount(fullSpellings)[0] ?? byCount(spellings)[0] ?? entity,
    aliases: byCount(spellings),
    mentions,
    articleCount: uris.size,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  };
}

/** The first full-name mention in the earliest article. */
export function mainMention(index: CorpusIndex, entity: string): MentionLocation | undefined {
  const dateOf = (uri: string) => index.article(uri)?.analysis.date ?? '~';
  let best: MentionLocation | undefined;
  // Full-name mentions all sit under the entity's own key: no need to gather the short forms.
  for (const uri of index.articlesWithKey(entity)) {
    const mention = index
      .article(uri)
      ?.mentionsByKey.get(entity)
      ?.find((candidate) => candidate.name === entity);
    if (!mention) continue;
    if (!best || compareText(dateOf(uri), dateOf(best.uri)) < 0 || (dateOf(uri) === dateOf(best.uri) && compareText(uri, best.uri) < 0))
      best = { uri, mention };
  }
  return best ?? entityMentions(index, entity)[0];
}

export function coMentionedEntities(index: CorpusIndex, entity: string, limit: number): { key: string; articles: number }[] {
  const counts = new Map<string, number>();
  // The same few keys recur in article after article: resolve each once.
  const resolved = new Map<string, string>();
  const resolve = (key: string) => resolved.get(key) ?? resolved.set(key, index.resolve(key)).get(key)!;
  for (const uri of articlesOf(index, entity)) {
    const seen = new Set<string>();
    for (const key of index.article(uri)?.mentionsByKey.keys() ?? []) seen.add(resolve(key));
    seen.delete(entity);
    for (const other of seen) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, limit)
    .map(([key, articles]) => ({ key, articles }));
}

/** A spelling of the entity's full name, cheap enough to show for many entities at once. */
export function entityDisplayName(index: CorpusIndex, entity: string): string {
  for (const uri of index.articlesWithKey(entity)) {
    const mentions = index.article(uri)?.mentionsByKey.get(entity) ?? [];
    const full = mentions.find((mention) => mention.name === entity) ?? mentions[0];
    if (full) return full.text;
  }
  return entity;
}

/** Quotes whose speaker is this entity, newest article first. */
export function quotesBy(index: CorpusIndex, entity: string): AttributedQuote[] {
  const quotes: AttributedQuote[] = [];
  const keys = new Set(index.keysOf(entity));
  for (const uri of articlesOf(index, entity)) {
    const article = index.article(uri);
    if (!article) continue;
    article.analysis.quotes.forEach((quote, at) => {
      const key = article.speakerKeys[at];
      if (key !== null && keys.has(key)) quotes.push({ uri, date: article.analysis.date, quote });
    });
  }
  return quotes.sort((a, b) => compareText(b.date ?? '', a.date ?? '') || compareText(a.uri, b.uri) || a.quote.start - b.quote.start);
}

export interface EntityMatch {
  key: string;
  name: string;
  type: EntityType;
}

/**
 * Entities whose name or an alias contains every word of the query as a word prefix, those in the
 * most articles first. Only the entities returned are looked at closely, so a short query stays fast.
 */
export function searchEntities(index: CorpusIndex, query: string, limit: number): EntityMatch[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  const articleCounts = new Map<string, number>();
  for (const key of index.allKeys()) {
    const nameWords = key.split(' ');
    if (!words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) continue;
    const entity = index.resolve(key);
    articleCounts.set(entity, (articleCounts.get(entity) ?? 0) + index.articlesWithKey(key).size);
  }
  return [...articleCounts]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, limit)
    .map(([key]) => ({ key, name: entityDisplayName(index, key), type: entityType(index, key) }));
}

/** The type its first full-name mention was given. */
function entityType(index: CorpusIndex, entity: string): EntityType {
  for (const uri of index.articlesWithKey(entity)) {
    const mention = index.article(uri)?.mentionsByKey.get(entity)?.[0];
    if (mention) return mention.type;
  }
  return 'MISC';
}

function articlesOf(index: CorpusIndex, entity: string): Set<string> {
  const uris = new Set<string>();
  for (const key of index.keysOf(entity)) for (const uri of index.articlesWithKey(key)) uris.add(uri);
  return uris;
}

// Earliest article first (undated last), then by position in the article.
function compareLocations(index: CorpusIndex) {
  const dateOf = (uri: string) => index.article(uri)?.analysis.date ?? '~';
  return (a: MentionLocation, b: MentionLocation) =>
    compareText(dateOf(a.uri), dateOf(b.uri)) || compareText(a.uri, b.uri) || a.mention.start - b.mention.start;
}

// Code unit order: dates and URIs sort the same on every machine, whatever its locale.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
