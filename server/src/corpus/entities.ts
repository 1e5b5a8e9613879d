// What the corpus knows about one entity, derived on demand from the index.
import type { EntityType, Quotation } from '../analysis/types';
import type { LinkedMention } from './articleLinks';
import { compareCodeUnits, type CorpusIndex, type IndexedArticle } from './corpusIndex';
import { finish, type Derivation, type Steps } from './derivations';
import { entityIdKey, entityIdType, knownAcronymFamily, type EntityId } from './entityResolution';
import { givenNameGender, normalizeName, shownSpelling } from './nameForms';
import { pronounGender, speechLexicon } from '../analysis/quotes/lexicon';
import { withoutContraction } from '../analysis/quotes/contextWords';
import { lowerCase } from '../analysis/characters';

export interface MentionLocation {
  uri: string;
  mention: LinkedMention;
}

export interface EntitySummary {
  id: EntityId;
  type: EntityType;
  /** The most frequent spelling of the full name in article bodies. */
  name: string;
  /** Every spelling seen, most frequent first. */
  aliases: string[];
  /** In no particular order (entityMentions sorts them). */
  mentions: MentionLocation[];
  articleCount: number;
  /** The earliest and latest article dates, full dates only (a dateline without its year says too little). */
  firstDate: string | null;
  lastDate: string | null;
}

export interface AttributedQuote {
  uri: string;
  date: string | null;
  quote: Quotation;
}

/** The entity's mentions, earliest article first (undated last), in text order within each; kept until the corpus changes. */
export function entityMentions(index: CorpusIndex, entity: EntityId): MentionLocation[] {
  return index.derivations.now(sortedMentions(index, entity));
}

// Steps yield after this many articles or mentions: a millisecond or so of work.
export const articlesPerStep = 128;
const mentionsPerStep = 2048;

export const sortedMentions = (index: CorpusIndex, entity: EntityId): Derivation<MentionLocation[]> => ({
  key: `sorted mentions ${entity}`,
  steps: () => sortMentions(index, entity),
});

function* sortMentions(index: CorpusIndex, entity: EntityId): Steps<MentionLocation[]> {
  const byArticle = new Map<string, MentionLocation[]>();
  for (const location of yield* index.derivations.awaiting(unorderedMentions(index, entity))) {
    const list = byArticle.get(location.uri);
    if (list) list.push(location);
    else byArticle.set(location.uri, [location]);
  }
  yield;
  const dated = [...byArticle.keys()].map((uri) => ({ uri, date: index.article(uri)?.analysis.date ?? '~' }));
  dated.sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.uri, b.uri));
  yield;
  return dated.flatMap(({ uri }) => byArticle.get(uri)!.sort((a, b) => a.mention.start - b.mention.start));
}

/** The entity's mentions, kept until the corpus changes: a card, its references and its quotes all read them. */
const unorderedMentions = (index: CorpusIndex, entity: EntityId): Derivation<MentionLocation[]> => ({
  key: `mentions ${entity}`,
  steps: () => gatherMentions(index, entity),
});

function* gatherMentions(index: CorpusIndex, entity: EntityId): Steps<MentionLocation[]> {
  const found: MentionLocation[] = [];
  let articles = 0;
  for (const key of index.keysOf(entity)) {
    const shared = mentionsNeedChecking(index, entity, key);
    for (const uri of index.articlesWithKey(key)) {
      for (const mention of index.article(uri)?.mentionsByKey.get(key) ?? []) {
        if (!shared || index.entityOf(mention) === entity) found.push({ uri, mention });
      }
      if (++articles % articlesPerStep === 0) yield;
    }
  }
  return found;
}

/** Whether the mentions under one of the entity's keys may belong to another entity: where a key holds one entity's mentions only, they need no checking one by one. */
export function mentionsNeedChecking(index: CorpusIndex, entity: EntityId, key: string): boolean {
  return index.entitiesOfKey(key).length > 1 || entityIdKey(entity) !== key || !index.catalog.isEmpty || hasAcronyms(index, key);
}

// An acronym linked to a name by its initials may belong elsewhere (see entityResolution.ts).
function hasAcronyms(index: CorpusIndex, key: string): boolean {
  for (const _acronym of index.acronymsOf(key)) return true;
  return false;
}

/**
 * Whether a mention's name is a spelling of the entity named by the key: a longer variant the name
 * absorbed ("Ted Cruz Super") is a tagger's slip, not a spelling; an acronym's spelling-out ("United
 * States" for "U.S.") is one.
 */
export function isSpellingOf(mentionName: string, key: string): boolean {
  return mentionName.length <= key.length || !` ${mentionName} `.includes(` ${key} `);
}

/** Counts a mention's spelling among an entity's aliases, as a reader sees it (`shownSpelling`). */
export function countSpelling(spellings: Map<string, number>, text: string): void {
  const shown = shownSpelling(text);
  spellings.set(shown, (spellings.get(shown) ?? 0) + 1);
}

/**
 * An entity's spellings, most frequent first, each once whatever its letter case: "TRUMP" and "DONALD
 * TRUMP" of datelines and headlines in capitals are "Trump" and "Donald Trump", and a slip of the shift
 * key ("HIllary Clinton") is the common spelling; a group is shown in ordinary case when the corpus has it.
 */
export function rankedSpellings(spellings: ReadonlyMap<string, number>): string[] {
  const ranked = [...spellings].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([text]) => text);
  const shown = new Map<string, string>();
  for (const text of ranked) {
    const folded = text.toLowerCase();
    const kept = shown.get(folded);
    if (kept === undefined || (kept === kept.toUpperCase() && text !== text.toUpperCase())) shown.set(folded, text);
  }
  return [...shown.values()];
}

export function summarizeEntity(index: CorpusIndex, entity: EntityId): EntitySummary {
  return finish(summarize(index, entity));
}

export function* summarize(index: CorpusIndex, entity: EntityId): Steps<EntitySummary> {
  const mentions = yield* index.derivations.awaiting(unorderedMentions(index, entity));
  const spellings = new Map<string, number>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  // An entity of several names meets an article once under each.
  const uris = new Set<string>();
  const key = entityIdKey(entity);
  for (let at = 0; at < mentions.length; at++) {
    const { uri, mention } = mentions[at];
    if (isSpellingOf(mention.name, key)) countSpelling(spellings, mention.text);
    if (!uris.has(uri)) {
      uris.add(uri);
      const date = index.article(uri)?.analysis.date;
      if (date && !date.startsWith('X')) {
        if (firstDate === null || date < firstDate) firstDate = date;
        if (lastDate === null || date > lastDate) lastDate = date;
      }
    }
    if (at % mentionsPerStep === mentionsPerStep - 1) yield;
  }
  const aliases = rankedSpellings(spellings);
  return { id: entity, type: entityIdType(entity), name: entityDisplayName(index, entity), aliases, mentions, articleCount: uris.size, firstDate, lastDate };
}

/** An entity's name, kept until the corpus changes: exports and listings name the same entities again and again. */
export function entityDisplayName(index: CorpusIndex, entity: EntityId): string {
  return index.derivations.derive(`name ${entity}`, () => displayName(index, entity));
}

function displayName(index: CorpusIndex, entity: EntityId): string {
  const key = entityIdKey(entity);
  const cataloged = index.catalog.entityNamed(key);
  if (cataloged && cataloged.type === entityIdType(entity)) return cataloged.name;
  const spelling = index.spellingsOf(key)[0];
  // "Calif." or "Calif" of a wire that writes it more often than "California": a known abbreviation written as a
  // word (not initials: "U.S.", "EU") is named as the reader knows it, spelled out.
  const [expansion] = knownAcronymFamily(key);
  if (spelling !== undefined && expansion !== undefined && expansion !== key && /^\p{Lu}\p{Ll}+\.?$/u.test(spelling)) {
    const spelledOut = index.spellingsOf(expansion)[0];
    if (spelledOut !== undefined) return shownSpelling(spelledOut);
  }
  const name = spelling ?? firstSpelling(index, key);
  return name === undefined ? key : shownSpelling(name);
}

function firstSpelling(index: CorpusIndex, key: string): string | undefined {
  for (const uri of index.articlesWithKey(key)) {
    const mention = index.article(uri)?.mentionsByKey.get(key)?.[0];
    if (mention) return mention.text;
  }
  return undefined;
}

/** The first full-name mention in the earliest article, body mentions before headline ones; kept until the corpus changes. */
export function mainMention(index: CorpusIndex, entity: EntityId): MentionLocation | undefined {
  return index.derivations.now(mainMentionOf(index, entity));
}

export const mainMentionOf = (index: CorpusIndex, entity: EntityId): Derivation<MentionLocation | undefined> => ({
  key: `main mention ${entity}`,
  steps: () => findMainMention(index, entity),
});

function* findMainMention(index: CorpusIndex, entity: EntityId): Steps<MentionLocation | undefined> {
  const every = everyMainMention(index);
  if (index.derivations.isKept(every)) return index.derivations.now(every).get(entity) ?? (yield* index.derivations.awaiting(sortedMentions(index, entity)))[0];
  const key = entityIdKey(entity);
  let best: MentionLocation | undefined;
  let bestDate = '';
  let articles = 0;
  for (const uri of index.articlesWithKey(key)) {
    if (++articles % articlesPerStep === 0) yield;
    const article = index.article(uri);
    if (!article) continue;
    const date = article.analysis.date ?? '~';
    // Once a body mention is found, an article dated after it (or as it, with a later URI) holds no better one:
    // most articles of a frequent name are passed over without reading their mentions.
    if (best && !best.mention.weak && (compareCodeUnits(date, bestDate) || compareCodeUnits(uri, best.uri)) > 0) continue;
    for (const mention of article.mentionsByKey.get(key) ?? []) {
      if (mention.name !== key || index.entityOf(mention) !== entity) continue;
      const better =
        !best ||
        (Number(Boolean(mention.weak)) - Number(Boolean(best.mention.weak)) || compareCodeUnits(date, bestDate) || compareCodeUnits(uri, best.uri)) < 0;
      if (better) {
        best = { uri, mention };
        bestDate = date;
      }
      if (!mention.weak) break;
    }
  }
  return best ?? (yield* index.derivations.awaiting(sortedMentions(index, entity)))[0];
}

/**
 * Every entity's main mention among the mentions of its own name, found in one walk over every
 * article (for the card warmer): Ctrl+T gives up to 200 entities, each with its main mention, and
 * finding them one by one read every article of each name again.
 */
export const everyMainMention = (index: CorpusIndex): Derivation<Map<EntityId, MentionLocation>> => ({
  key: 'every main mention',
  *steps() {
    const best = new Map<EntityId, { location: MentionLocation; date: string }>();
    let articles = 0;
    for (const article of index.allArticles()) {
      const date = article.analysis.date ?? '~';
      for (const [key, mentions] of article.mentionsByKey) {
        for (const mention of mentions) {
          if (mention.name !== key) continue;
          const entity = index.entityOf(mention);
          if (!isEntityOfKey(entity, key)) continue;
          const current = best.get(entity);
          const better =
            !current ||
            (Number(Boolean(mention.weak)) - Number(Boolean(current.location.mention.weak)) ||
              compareCodeUnits(date, current.date) ||
              compareCodeUnits(article.uri, current.location.uri)) < 0;
          if (better) best.set(entity, { location: { uri: article.uri, mention }, date });
        }
      }
      if (++articles % articlesPerStep === 0) yield;
    }
    return new Map([...best].map(([entity, { location }]) => [entity, location]));
  },
});

// Whether the entity is the key's (its ID is its type and the key), without cutting the key out of the ID.
function isEntityOfKey(entity: EntityId, key: string): boolean {
  return entity.length === entity.indexOf(':') + 1 + key.length && entity.endsWith(key);
}

const articlesNaming = (index: CorpusIndex, entity: EntityId): Derivation<Set<string>> => ({
  key: `articles ${entity}`,
  *steps() {
    return new Set((yield* index.derivations.awaiting(unorderedMentions(index, entity))).map(({ uri }) => uri));
  },
});

/**
 * The entity that says an article's quotation: its speaker's mention's entity, unless that is an
 * "other" name, which says nothing ("the presumptive Republican nominee" is no quote of "Republican").
 */
export function speakerEntityOf(index: CorpusIndex, article: IndexedArticle, quoteIndex: number): EntityId | undefined {
  const speaker = article.speakerMentions[quoteIndex];
  const entity = speaker && index.entityOf(speaker);
  if (!entity || entityIdType(entity) === 'MISC') return undefined;
  return otherGender(index, article, quoteIndex, entity) ? undefined : entity;
}

// "he yelled “You lie!”" resolved to an article's bare "Clinton", whom the corpus knows as Hillary: a
// pronoun of one gender is not the person whose given name is of the other (a card shows no quote rather
// than someone else's).
function otherGender(index: CorpusIndex, article: IndexedArticle, quoteIndex: number, entity: EntityId): boolean {
  const quote = article.analysis.quotes[quoteIndex];
  if (quote.speakerKind !== 'pronoun' || !quote.speaker || entityIdType(entity) !== 'PER') return false;
  const said = pronounGender(speechLexicon(article.analysis.language), withoutContraction(lowerCase(quote.speaker.text)));
  const named = givenNameGender(normalizeName(entityDisplayName(index, entity)).split(' ')[0]);
  return said !== null && named !== null && said !== named;
}

/** Quotes whose speaker is this entity, newest article first. */
export function quotesBy(index: CorpusIndex, entity: EntityId): AttributedQuote[] {
  return finish(quotesBySteps(index, entity));
}

export function* quotesBySteps(index: CorpusIndex, entity: EntityId): Steps<AttributedQuote[]> {
  const quotes: AttributedQuote[] = [];
  let articles = 0;
  for (const uri of yield* index.derivations.awaiting(articlesNaming(index, entity))) {
    if (++articles % articlesPerStep === 0) yield;
    const article = index.article(uri);
    if (!article) continue;
    article.analysis.quotes.forEach((quote, at) => {
      if (speakerEntityOf(index, article, at) === entity) quotes.push({ uri, date: article.analysis.date, quote });
    });
  }
  return quotes.sort(newestQuoteFirst);
}

/** Newest article first (undated last), then by URI and place in the article. */
export function newestQuoteFirst(a: AttributedQuote, b: AttributedQuote): number {
  return compareCodeUnits(b.date ?? '', a.date ?? '') || compareCodeUnits(a.uri, b.uri) || a.quote.start - b.quote.start;
}

/** Every corpus entity with its summary, most mentioned first. */
export function entityTable(index: CorpusIndex): EntitySummary[] {
  const entities = new Set(index.allEntities());
  return [...entities]
    .map((entity) => summarizeEntity(index, entity))
    .filter((summary) => summary.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length || compareCodeUnits(a.name, b.name));
}
