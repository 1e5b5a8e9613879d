// The corpus seen entity by entity, for the Entities view: every entity by type with its counts, an
// entity's articles by date with its mentions in each, and its timeline month by month.
import { tokenize } from '../analysis/tokens';
import type { EntityType, TimeExpression } from '../analysis/types';
import type { LinkedMention } from './articleLinks';
import { compareCodeUnits, type CorpusIndex, type IndexedArticle } from './corpusIndex';
import { countSpelling, entityDisplayName, entityMentions, isSpellingOf, rankedSpellings, type EntitySummary } from './entities';
import { entityTypes } from './entityEvidence';
import { entityIdKey, entityIdType, type EntityId } from './entityResolution';
import { normalizeName } from './nameForms';

/** An entity's summary without its mentions: what a list of every entity can hold. */
export interface EntityCounts {
  id: EntityId;
  type: EntityType;
  name: string;
  /** Every spelling, most frequent first. */
  aliases: string[];
  mentions: number;
  articles: number;
  /** Full article dates only, as in `summarizeEntity`. */
  firstDate: string | null;
  lastDate: string | null;
}

export function countsOf(summary: EntitySummary): EntityCounts {
  const { id, type, name, aliases, mentions, articleCount, firstDate, lastDate } = summary;
  return { id, type, name, aliases, mentions: mentions.length, articles: articleCount, firstDate, lastDate };
}

interface Tally {
  mentions: number;
  articles: number;
  lastArticle: string;
  firstDate: string | null;
  lastDate: string | null;
  spellings: Map<string, number>;
  /** The entity's key, which its spellings are told from absorbed variants by. */
  key: string;
}

/**
 * Every entity with its counts, most mentioned first, kept until the corpus changes: one pass over the
 * mentions. (Summarising entity by entity, which gathers each one's mentions first, took 4 s of CPU on
 * 10,000 articles with a million mentions; this pass takes 1.4 s, and nothing once kept.)
 */
export function entityCountsTable(index: CorpusIndex): EntityCounts[] {
  return index.derivations.derive('entity counts', () => {
    const tallies = new Map<EntityId, Tally>();
    // The resolver keeps each mention's entity by its key, name, type and link, so asking is cheap.
    const tallyOf = (mention: LinkedMention): Tally => {
      const entity = index.entityOf(mention);
      let tally = tallies.get(entity);
      if (!tally) {
        tally = { mentions: 0, articles: 0, lastArticle: '', firstDate: null, lastDate: null, spellings: new Map(), key: entityIdKey(entity) };
        tallies.set(entity, tally);
      }
      return tally;
    };
    for (const article of index.allArticles()) {
      const { date } = article.analysis;
      const fullDate = date && !date.startsWith('X') ? date : null;
      for (const mention of article.mentions) {
        const tally = tallyOf(mention);
        tally.mentions++;
        if (isSpellingOf(mention.name, tally.key)) countSpelling(tally.spellings, mention.text);
        if (tally.lastArticle === article.uri) continue;
        tally.lastArticle = article.uri;
        tally.articles++;
        if (fullDate && (tally.firstDate === null || fullDate < tally.firstDate)) tally.firstDate = fullDate;
        if (fullDate && (tally.lastDate === null || fullDate > tally.lastDate)) tally.lastDate = fullDate;
      }
    }
    return [...tallies]
      .map(([id, tally]) => ({
        id,
        type: entityIdType(id),
        name: entityDisplayName(index, id),
        aliases: rankedSpellings(tally.spellings),
        mentions: tally.mentions,
        articles: tally.articles,
        firstDate: tally.firstDate,
        lastDate: tally.lastDate,
      }))
      .sort((a, b) => b.mentions - a.mentions || compareCodeUnits(a.name, b.name));
  });
}

export interface EntityTypeGroup {
  type: EntityType;
  /** Every entity of the type that matches, most mentioned first. */
  entities: EntityCounts[];
}

/** The entities whose name or spellings have every word of the filter as a word prefix, by type. */
export function entityGroups(index: CorpusIndex, filter = ''): EntityTypeGroup[] {
  const table = entityCountsTable(index);
  const matches = entityFilter(filter);
  return entityTypes
    .map((type) => ({ type, entities: table.filter((entity) => entity.type === type && matches(entity)) }))
    .filter((group) => group.entities.length > 0);
}

/** Case and accents are ignored: "marin" finds "Elena Marín Ortega", "el mar" too. */
export function entityFilter(filter: string): (entity: EntityCounts) => boolean {
  const words = normalizeName(filter).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (entity) => {
    const nameWords = new Set([entity.name, ...entity.aliases].flatMap((name) => normalizeName(name).split(' ')));
    return words.every((word) => [...nameWords].some((nameWord) => nameWord.startsWith(word)));
  };
}

export interface EntityInArticle {
  article: IndexedArticle;
  /** The entity's mentions there, in reading order. */
  mentions: LinkedMention[];
}

/** The articles naming the entity, earliest first (undated last), each with its mentions of it. */
export function entityArticles(index: CorpusIndex, entity: EntityId): EntityInArticle[] {
  const found: EntityInArticle[] = [];
  for (const { uri, mention } of entityMentions(index, entity)) {
    const last = found[found.length - 1];
    if (last?.article.uri === uri) last.mentions.push(mention);
    else {
      const article = index.article(uri);
      if (article) found.push({ article, mentions: [mention] });
    }
  }
  return found;
}

export interface DatedExpression {
  article: IndexedArticle;
  timex: TimeExpression & { value: string };
}

export interface TimelineMonthEntries {
  /** YYYY-MM, or null for the articles without a full date. */
  month: string | null;
  articles: EntityInArticle[];
  /** In the order of their values, then of the articles. */
  dates: DatedExpression[];
}

/**
 * The months in which articles name the entity, and those of the dated time expressions found in the
 * sentences that name it. The index keeps no sentences, so each article's text is read again (through
 * `readText`) and split into sentences once more; a text that is not the one the index holds (edited
 * since) gives its article but no dates.
 */
export async function entityTimeline(
  index: CorpusIndex,
  entity: EntityId,
  readText: (uri: string) => Promise<string | undefined>,
): Promise<TimelineMonthEntries[]> {
  const months = new Map<string | null, TimelineMonthEntries>();
  const monthEntries = (month: string | null) => months.get(month) ?? months.set(month, { month, articles: [], dates: [] }).get(month)!;
  for (const entry of entityArticles(index, entity)) {
    const { article } = entry;
    monthEntries(monthOfArticleDate(article.analysis.date)).articles.push(entry);
    const text = await readText(article.uri);
    if (text === undefined || text.length !== article.textLength) continue;
    for (const timex of datedExpressionsNaming(text, article.analysis.timexes, entry.mentions)) {
      monthEntries(monthOfTimeValue(timex.value)).dates.push({ article, timex });
    }
  }
  for (const entries of months.values()) {
    entries.dates.sort(
      (a, b) => compareCodeUnits(a.timex.value, b.timex.value) || compareCodeUnits(a.article.uri, b.article.uri) || a.timex.start - b.timex.start,
    );
  }
  // Undated ("~") after every month.
  return [...months.values()].sort((a, b) => compareCodeUnits(a.month ?? '~', b.month ?? '~'));
}

/** The time expressions with a month (or a finer value) inside the sentences that hold one of the mentions. */
export function datedExpressionsNaming(
  text: string,
  timexes: readonly TimeExpression[],
  mentions: readonly LinkedMention[],
): (TimeExpression & { value: string })[] {
  const found: (TimeExpression & { value: string })[] = [];
  let mention = 0;
  let timex = 0;
  for (const sentence of tokenize(text).sentences) {
    while (mention < mentions.length && mentions[mention].end <= sentence.start) mention++;
    while (timex < timexes.length && timexes[timex].start < sentence.start) timex++;
    if (mention >= mentions.length) break;
    if (mentions[mention].start >= sentence.end) continue;
    for (let at = timex; at < timexes.length && timexes[at].end <= sentence.end; at++) {
      const { value } = timexes[at];
      if (value !== null && monthOfTimeValue(value) !== null) found.push({ ...timexes[at], value });
    }
  }
  return found;
}

function monthOfArticleDate(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

/** The month a TIMEX3 value falls in: a day, a time, a month, an ISO week (the month of its Thursday); else null. */
export function monthOfTimeValue(value: string): string | null {
  if (/^\d{4}-\d{2}(?:$|-\d{2}(?:$|T))/.test(value)) return value.slice(0, 7);
  const week = /^(\d{4})-W(\d{2})(?:$|-)/.exec(value);
  if (!week) return null;
  // ISO week 1 holds 4 January; a week belongs to the month of its Thursday.
  const january4 = Date.UTC(Number(week[1]), 0, 4);
  const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * dayMs;
  const thursday = new Date(mondayOfWeek1 + ((Number(week[2]) - 1) * 7 + 3) * dayMs);
  return `${thursday.getUTCFullYear()}-${String(thursday.getUTCMonth() + 1).padStart(2, '0')}`;
}

const dayMs = 24 * 60 * 60 * 1000;
