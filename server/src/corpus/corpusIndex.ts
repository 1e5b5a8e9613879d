// The corpus: every article's analysis, its mentions linked within the article, and what the corpus
// knows of each article-level name, from which mentions are resolved into corpus entities
// (entityResolution.ts). Resolution is recomputed lazily, name by name, after any change.
import type { Analyzer } from '../analysis/analyze';
import type { ArticleAnalysis, EntityMention, EntityType } from '../analysis/types';
import { firstSpanEndingAfter, spanIndexAtOrAfter } from '../analysis/spanSearch';
import { linkArticleMentions, type LinkedMention } from './articleLinks';
import { ArticleCatalog } from './articleCatalog';
import type { Catalog } from './catalog';
import { Derivations } from './derivations';
import { KeyEvidence } from './entityEvidence';
import { EntityResolver, entityIdKey, entityIdType, knownAcronymFamily, type EntityId, type NameTable } from './entityResolution';
import { computeLineStarts } from './lines';
import { corpusShortForms, looksLikeAcronym, normalizeName } from './nameForms';
import { StringPool } from './stringPool';

/** An analysis without its tokens and sentences, which a corpus of many articles cannot afford to keep. */
export type IndexedAnalysis = Omit<ArticleAnalysis, 'tokens' | 'sentences'> & { tokenCount: number };

export interface IndexedArticle {
  uri: string;
  analysis: IndexedAnalysis;
  /** Sorted by offset. */
  mentions: LinkedMention[];
  mentionsByKey: Map<string, LinkedMention[]>;
  /** For each of the analysis's quotes, the linked mention its speaker stands for, if any. */
  speakerMentions: (LinkedMention | null)[];
  lineStarts: Uint32Array;
  textLength: number;
}

export interface CorpusStats {
  articles: number;
  entities: number;
  mentions: number;
}

export class CorpusIndex implements NameTable {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly articlesByKey = new Map<string, Set<string>>();
  private readonly evidenceByKey = new Map<string, KeyEvidence>();
  /** How each name's mentions are written: all of them, and its full-name mentions in bodies and in headlines. */
  private readonly textStats = new Map<string, Map<string, TextCounts>>();
  /** For each mention's own name, the names it is found under (mention counts): for search by alias. */
  private readonly keysByName = new Map<string, Map<string, number>>();
  /** For each acronym left as itself somewhere, the names articles spell it out as, and the other way round. */
  private readonly expansionsByAcronym = new Map<string, Map<string, number>>();
  private readonly acronymsByExpansion = new Map<string, Map<string, number>>();
  /** For each person's first and last name, the longer names between them (with article counts). */
  private readonly framesByName = new Map<string, Map<string, number>>();
  /** For each short form of a person's name, the longer names it is part of (with article counts). */
  private readonly shortFormOwners = new Map<string, Map<string, number>>();
  private mentionCount = 0;
  /** One copy of each string the articles share (names, spellings, time values). */
  private readonly strings = new StringPool();
  private changes = 0;
  private cachedStats: CorpusStats | undefined;
  private currentResolver: EntityResolver | undefined;
  /** What features derive from the whole corpus (an entity's hover card), kept until the next change:
   * a frequent entity's summary reads hundreds of articles, and a person hovers over one name again and again. */
  readonly derivations = new Derivations();

  private readonly applied = new ArticleCatalog();

  constructor(private readonly analyze: Analyzer) {}

  /** The person's corrections (newsmark.json). */
  get catalog(): Catalog {
    return this.applied.catalog;
  }

  /**
   * A new catalog: names resolve by it at once; the articles wait for their texts to be searched for
   * its names (`unscannedForCatalog`, `scanForCatalog`).
   */
  setCatalog(catalog: Catalog): void {
    const articlesNamed = (name: string) => [...this.keysWithName(name).keys()].flatMap((key) => [...this.articlesWithKey(key)]);
    for (const uri of this.applied.setCatalog(catalog, this.articles.keys(), articlesNamed)) this.relink(uri);
    this.changed();
  }

  /** Articles whose texts have not been searched for the catalog's names since they or the catalog changed. */
  unscannedForCatalog(): ReadonlySet<string> {
    return this.applied.unscanned;
  }

  /** Searches an article's text for the catalog's names, and links it again if what it finds changed. */
  scanForCatalog(uri: string, text: string): void {
    const article = this.articles.get(uri);
    if (!article || article.textLength !== text.length) return;
    const mentions = this.applied.scan(uri, article.analysis.entities, text);
    if (mentions) this.insert(uri, article.analysis, article.lineStarts, article.textLength, mentions);
  }

  /** Analyses the text (an editor's, or a file's the cache did not know); the URI may date it. */
  setArticle(uri: string, text: string): IndexedArticle {
    const { tokens, sentences: _sentences, ...kept } = this.analyze(text, uri);
    return this.setAnalyzedArticle(uri, { ...kept, tokenCount: tokens.length }, computeLineStarts(text), text.length, linkArticleMentions(kept.entities), text);
  }

  /**
   * Takes an article analysed earlier (from the analysis cache or a worker) with its mentions linked
   * without the catalog; with its text, the catalog's names are found in it now, else later.
   */
  setAnalyzedArticle(
    uri: string,
    analysis: IndexedAnalysis,
    lineStarts: Uint32Array,
    textLength: number,
    mentions: LinkedMention[],
    text?: string,
  ): IndexedArticle {
    return this.insert(uri, analysis, lineStarts, textLength, this.applied.mentionsOf(uri, analysis.entities, mentions, text));
  }

  // The catalog changed: the article is linked again with what is known of it (no text).
  private relink(uri: string): void {
    const article = this.articles.get(uri);
    if (article) this.insert(uri, article.analysis, article.lineStarts, article.textLength, this.applied.link(uri, article.analysis.entities));
  }

  private insert(uri: string, analysis: IndexedAnalysis, lineStarts: Uint32Array, textLength: number, mentions: LinkedMention[]): IndexedArticle {
    this.unindex(uri);
    this.strings.internTexts(analysis, mentions);
    const mentionsByKey = new Map<string, LinkedMention[]>();
    for (const mention of mentions) {
      // Names are interned once a key in the article; a full name is its own key.
      const list = mentionsByKey.get(mention.key);
      if (list) {
        mention.key = list[0].key;
        list.push(mention);
      } else {
        mention.key = this.strings.intern(mention.key);
        mentionsByKey.set(mention.key, [mention]);
      }
      mention.name = mention.name === mention.key ? mention.key : this.strings.intern(mention.name);
    }
    const speakerMentions = analysis.quotes.map((quote) => (quote.speakerMention && mentionWithSpan(mentions, quote.speakerMention)) ?? null);
    const article: IndexedArticle = { uri, analysis, mentions, mentionsByKey, speakerMentions, lineStarts, textLength };
    this.articles.set(uri, article);
    this.count(article, 1);
    return article;
  }

  removeArticle(uri: string): boolean {
    this.applied.forget(uri);
    return this.unindex(uri);
  }

  private unindex(uri: string): boolean {
    const article = this.articles.get(uri);
    if (!article) return false;
    this.articles.delete(uri);
    this.count(article, -1);
    return true;
  }

  article(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  allArticles(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  /** URIs of the articles with mentions under this article-level key. */
  articlesWithKey(key: string): ReadonlySet<string> {
    return this.articlesByKey.get(key) ?? emptySet;
  }

  allKeys(): IterableIterator<string> {
    return this.articlesByKey.keys();
  }

  // NameTable, for the resolver.
  evidence(key: string): KeyEvidence | undefined {
    return this.evidenceByKey.get(key);
  }

  articleCount(key: string): number {
    return this.articlesByKey.get(key)?.size ?? 0;
  }

  ownersOf(shortForm: string): Iterable<string> {
    return this.shortFormOwners.get(shortForm)?.keys() ?? [];
  }

  expansionsOf(acronym: string): ReadonlyMap<string, number> {
    return this.expansionsByAcronym.get(acronym) ?? emptyCounts;
  }

  framedBy(firstAndLast: string): Iterable<string> {
    return this.framesByName.get(firstAndLast)?.keys() ?? [];
  }

  acronymsOf(expansion: string): Iterable<string> {
    return this.acronymsByExpansion.get(expansion)?.keys() ?? [];
  }

  /** The corpus entity a mention belongs to. */
  entityOf(mention: LinkedMention): EntityId {
    return this.resolver.entityOf(mention);
  }

  /** The entities the mentions under an article-level key belong to (two when the name keeps two types). */
  entitiesOfKey(key: string): EntityId[] {
    return this.resolver.entitiesOfKey(key);
  }

  /** The article-level keys whose mentions may belong to this corpus entity. */
  keysOf(entity: EntityId): string[] {
    const key = entityIdKey(entity);
    const cataloged = this.catalog.entityNamed(key);
    if (cataloged && this.resolver.cataloged(key) === entity) {
      // A catalog entity's mentions are wherever its names stand, whatever they were linked to.
      const keys = new Set(this.automaticKeysOf(entity));
      for (const name of [cataloged.name, ...cataloged.aliases].map(normalizeName)) {
        keys.add(name);
        for (const holder of this.keysWithName(name).keys()) keys.add(holder);
      }
      return [...keys].filter((candidate) => this.articlesByKey.has(candidate));
    }
    return this.automaticKeysOf(entity);
  }

  private automaticKeysOf(entity: EntityId): string[] {
    const key = entityIdKey(entity);
    // An acronym's mentions linked by initials to names the corpus does not give it stay under those names.
    const expansions = [...this.expansionsOf(key).keys()].filter((expansion) => this.resolver.acronym(key) !== expansion);
    const partners = (name: string) => [...(this.acronymsByExpansion.get(name)?.keys() ?? []), ...knownAcronymFamily(name)];
    // An acronym may stand for the name through its spelling-out ("USA" for "United States", which is "U.S.").
    const acronyms = [...partners(key), ...expansions.flatMap(partners)].filter(
      (acronym) => this.articlesByKey.has(acronym) && this.resolver.acronym(acronym) === key,
    );
    if (entityIdType(entity) !== 'PER') return [...new Set([key, ...acronyms, ...expansions])];
    const keys = new Set([key]);
    const candidates = [...corpusShortForms(key), ...this.ownersOf(key)];
    for (const candidate of candidates) {
      if (this.articlesByKey.has(candidate) && this.resolver.person(candidate) === key) {
        keys.add(candidate);
        for (const short of corpusShortForms(candidate)) if (this.articlesByKey.has(short) && this.resolver.person(short) === key) keys.add(short);
      }
    }
    return [...keys];
  }

  /** Every mention's own name (a full name, a short form, an acronym), for search. */
  allNames(): IterableIterator<string> {
    return this.keysByName.keys();
  }

  /** The names a mention's own name is found under, with mention counts. */
  keysWithName(name: string): ReadonlyMap<string, number> {
    return this.keysByName.get(name) ?? emptyCounts;
  }

  /** Every spelling of the mentions under a name, most frequent first. */
  textsOf(key: string): string[] {
    return byCount(this.textStats.get(key), (counts) => counts.mentions);
  }

  /** A name's spellings in its full-name mentions, body ones first, most frequent first within each. */
  spellingsOf(key: string): string[] {
    const texts = this.textStats.get(key);
    const body = byCount(texts, (counts) => counts.fullBody);
    return inOrdinaryCaseFirst(body.length > 0 ? body : byCount(texts, (counts) => counts.fullWeak));
  }

  mentionAt(uri: string, offset: number): LinkedMention | undefined {
    return findAt(this.articles.get(uri)?.mentions ?? [], offset);
  }

  /** The linked mention a quote's speaker stands for. */
  linkedMention(uri: string, mention: EntityMention): LinkedMention | undefined {
    return mentionWithSpan(this.articles.get(uri)?.mentions ?? [], mention);
  }

  stats(): CorpusStats {
    if (!this.cachedStats) {
      const entities = new Set<EntityId>();
      for (const entity of this.allEntities()) entities.add(entity);
      this.cachedStats = { articles: this.articles.size, entities: entities.size, mentions: this.mentionCount };
    }
    return this.cachedStats;
  }

  /** Every entity with mentions in the corpus (an entity may appear twice). */
  *allEntities(): IterableIterator<EntityId> {
    for (const key of this.articlesByKey.keys()) yield* this.resolver.entitiesOfKey(key);
    // A catalog name the articles use only as part of links to other names is an entity all the same.
    for (const [name] of this.catalog.names()) {
      for (const key of this.keysWithName(name).keys()) {
        const entity = this.resolver.cataloged(name);
        if (entity && key !== name) yield entity;
      }
    }
  }

  private get resolver(): EntityResolver {
    this.currentResolver ??= new EntityResolver(this);
    return this.currentResolver;
  }

  private count(article: IndexedArticle, sign: 1 | -1): void {
    for (const [key, mentions] of article.mentionsByKey) {
      // What depended on the name is forgotten before the change and after it, so that the links it
      // loses and the links it gains are both followed.
      this.currentResolver?.invalidate(key);
      if (sign > 0) addToSet(this.articlesByKey, key, article.uri);
      else removeFromSet(this.articlesByKey, key, article.uri);
      let evidence = this.evidenceByKey.get(key);
      if (!evidence) this.evidenceByKey.set(key, (evidence = new KeyEvidence(key)));
      let texts = this.textStats.get(key);
      if (!texts) this.textStats.set(key, (texts = new Map()));
      let isPerson = false;
      let previousName = '';
      for (let at = 0; at < mentions.length; at++) {
        const mention = mentions[at];
        const isFullName = mention.name === key;
        evidence.add(mention, isFullName, sign);
        let counts = texts.get(mention.text);
        if (!counts) texts.set(mention.text, (counts = { mentions: 0, fullBody: 0, fullWeak: 0 }));
        counts.mentions += sign;
        if (isFullName && mention.weak) counts.fullWeak += sign;
        else if (isFullName) counts.fullBody += sign;
        if (counts.mentions === 0) texts.delete(mention.text);
        // The names under one key repeat: counted once a run, weighed by the run.
        if (mention.name !== previousName) {
          const run = countRun(mentions, at);
          addCount(this.keysByName, mention.name, key, sign * run);
          previousName = mention.name;
        }
        if (!isFullName && looksLikeAcronym(mention.text)) {
          addCount(this.expansionsByAcronym, mention.name, key, sign);
          addCount(this.acronymsByExpansion, key, mention.name, sign);
        }
        isPerson ||= mention.type === 'PER';
      }
      if (texts.size === 0) this.textStats.delete(key);
      if (evidence.isEmpty) this.evidenceByKey.delete(key);
      // Only people's names lend their words across the corpus: "Comisión" alone is no short form.
      // A name whose last word is a hyphenated compound ("anti-Latino") lends none of its words.
      if (isPerson && !endsInCompound(mentions, key)) {
        for (const shortForm of corpusShortForms(key)) addCount(this.shortFormOwners, shortForm, key, sign);
        const frame = firstAndLast(key);
        if (frame) addCount(this.framesByName, frame, key, sign);
      }
      this.currentResolver?.invalidate(key);
    }
    this.mentionCount += sign * article.mentions.length;
    this.changes++;
    this.cachedStats = undefined;
    this.derivations.clear();
  }

  /** Changes with every change to the corpus: work on a version that has changed since is out of date. */
  get version(): number {
    return this.changes;
  }

  /** The names with the most mentions, most first. */
  largestKeys(count: number): string[] {
    const sizes: [string, number][] = [];
    for (const [key, evidence] of this.evidenceByKey) sizes.push([key, evidence.mentions]);
    return sizes
      .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
      .slice(0, count)
      .map(([key]) => key);
  }

  // A new catalog changes what any name stands for.
  private changed(): void {
    this.changes++;
    this.cachedStats = undefined;
    this.currentResolver = undefined;
    this.derivations.clear();
  }
}

/** The entity type a mention is shown with. */
export function shownType(index: CorpusIndex, mention: LinkedMention): EntityType {
  return entityIdType(index.entityOf(mention));
}

/** The mention with exactly the span's offsets; mentions are sorted and apart. */
function mentionWithSpan(mentions: LinkedMention[], span: EntityMention): LinkedMention | undefined {
  const candidate = mentions[firstSpanEndingAfter(mentions, span.start)];
  return candidate && candidate.start === span.start && candidate.end === span.end ? candidate : undefined;
}

/** The span holding the offset, else the one ending at it (a cursor just after a name); spans are sorted and apart. */
export function findAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const index = spanIndexAtOrAfter(spans, offset);
  const holding = spans[index];
  if (holding && holding.start <= offset && offset < holding.end) return holding;
  const before = spans[index - 1];
  return before && before.end === offset ? before : undefined;
}

// Code unit order: names and URIs sort the same on every machine, whatever its locale.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const emptySet: ReadonlySet<string> = new Set();
const emptyCounts: ReadonlyMap<string, number> = new Map();

// A dateline's or a table's capitals ("LONDON") are not how the name is written when it is also
// written in ordinary case ("London"), unless it is a short acronym written so more often ("EFE", not "Efe").
function inOrdinaryCaseFirst(spellings: string[]): string[] {
  const ordinary = new Map<string, number>();
  spellings.forEach((text, rank) => {
    if (text !== text.toUpperCase() && !ordinary.has(text.toLowerCase())) ordinary.set(text.toLowerCase(), rank);
  });
  const shouted = (text: string, rank: number) => {
    const ordinaryRank = text === text.toUpperCase() ? ordinary.get(text.toLowerCase()) : undefined;
    return ordinaryRank !== undefined && !(text.length <= 4 && rank < ordinaryRank);
  };
  return [...spellings.filter((text, rank) => !shouted(text, rank)), ...spellings.filter(shouted)];
}

function endsInCompound(mentions: readonly LinkedMention[], key: string): boolean {
  const full = mentions.find((mention) => mention.name === key);
  return full !== undefined && /[-‐][^\s]*$/u.test(full.text);
}

/** "hillary rodham clinton" → "hillary clinton"; names of fewer than three words have no middle. */
function firstAndLast(key: string): string | undefined {
  const first = key.indexOf(' ');
  const last = key.lastIndexOf(' ');
  return first > 0 && last > first ? `${key.slice(0, first)} ${key.slice(last + 1)}` : undefined;
}

interface TextCounts {
  mentions: number;
  fullBody: number;
  fullWeak: number;
}

function byCount(texts: Map<string, TextCounts> | undefined, count: (counts: TextCounts) => number): string[] {
  return [...(texts ?? [])]
    .filter(([, counts]) => count(counts) > 0)
    .sort((a, b) => count(b[1]) - count(a[1]) || compareCodeUnits(a[0], b[0]))
    .map(([text]) => text);
}

// How many mentions from this one on, in a row, have its name.
function countRun(mentions: readonly LinkedMention[], first: number): number {
  let end = first + 1;
  while (end < mentions.length && mentions[end].name === mentions[first].name) end++;
  return end - first;
}

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set<string>().add(value));
}

function removeFromSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

function addCount(map: Map<string, Map<string, number>>, key: string, item: string, delta: number): void {
  const counts = map.get(key);
  if (!counts) {
    if (delta > 0) map.set(key, new Map<string, number>().set(item, delta));
    return;
  }
  const count = (counts.get(item) ?? 0) + delta;
  if (count > 0) counts.set(item, count);
  else if (counts.delete(item) && counts.size === 0) map.delete(key);
}
