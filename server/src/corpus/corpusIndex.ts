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
import type { KeyEvidence } from './entityEvidence';
import { EntityResolver, entityIdKey, entityIdType, knownAcronymFamily, personTwins, type EntityId, type NameTable } from './entityResolution';
import { computeLineStarts } from './lines';
import { corpusShortForms, normalizeName } from './nameForms';
import { compareCodeUnits, countArticle, emptyNameTables, largestKeys, spellingsOf, textsOf, type NameTableContents } from './nameTables';
import { StringPool } from './stringPool';
import { StoredArticle } from './storedArticle';
import { decodeArticleAnalysis } from './articleAnalysis';
import type { CachedAnalysis } from './analysisCodec';

/** An analysis without its tokens and sentences, which a corpus of many articles cannot afford to keep. */
export type IndexedAnalysis = Omit<ArticleAnalysis, 'tokens' | 'sentences'> & { tokenCount: number };

export interface IndexedArticle {
  uri: string;
  /** The analysis's token count, read without the analysis (an article from a snapshot is decoded when first read). */
  tokenCount: number;
  analysis: IndexedAnalysis;
  /** Sorted by offset. */
  mentions: LinkedMention[];
  mentionsByKey: Map<string, LinkedMention[]>;
  /** For each of the analysis's quotes, the linked mention its speaker stands for, if any. */
  speakerMentions: (LinkedMention | null)[];
  lineStarts: Uint32Array;
  textLength: number;
}

/** An article as a snapshot gives it: its cache entry's bytes, decoded when first read. */
export interface SnapshotArticle {
  uri: string;
  tokenCount: number;
  bytes: Uint8Array;
}

export interface CorpusStats {
  articles: number;
  entities: number;
  mentions: number;
}

export class CorpusIndex implements NameTable {
  private readonly articles = new Map<string, IndexedArticle>();
  /** What the corpus knows of each name, summed over the articles. */
  private tables: NameTableContents = emptyNameTables();
  /** One copy of each string the articles share (names, spellings, time values). */
  private readonly strings = new StringPool();
  private changes = 0;
  private catalogChanges = 0;
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
    this.catalogChanges++;
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

  /**
   * As `setAnalyzedArticle`, for an article analysed from its file and the cache entry it came as:
   * with no catalog to change its mentions, the index keeps the entry's bytes instead of the decoded
   * analysis, and decodes them again when the article is read (most of a corpus is never read in a
   * session; decoded, 10,000 articles held about 100 MB).
   */
  setArticleFromEntry(uri: string, entry: CachedAnalysis, bytes: Uint8Array, text?: string): IndexedArticle {
    const article = this.setAnalyzedArticle(uri, entry.analysis, entry.lineStarts, entry.textLength, entry.mentions, text);
    if (!this.catalog.isEmpty) return article;
    const stored = new StoredArticle(uri, article.tokenCount, bytes, this.decodeEntry);
    this.articles.set(uri, stored);
    return stored;
  }

  // A stored article's entry, decoded and checked, as the index inserts it.
  private readonly decodeEntry = (uri: string, bytes: Uint8Array): IndexedArticle => {
    const { analysis, lineStarts, textLength, mentions } = decodeArticleAnalysis(bytes);
    return this.articleOf(uri, analysis, lineStarts, textLength, mentions);
  };

  // The catalog changed: the article is linked again with what is known of it (no text).
  private relink(uri: string): void {
    const article = this.articles.get(uri);
    if (article) this.insert(uri, article.analysis, article.lineStarts, article.textLength, this.applied.link(uri, article.analysis.entities));
  }

  private insert(uri: string, analysis: IndexedAnalysis, lineStarts: Uint32Array, textLength: number, mentions: LinkedMention[]): IndexedArticle {
    this.unindex(uri);
    const article = this.articleOf(uri, analysis, lineStarts, textLength, mentions);
    this.articles.set(uri, article);
    this.count(article, 1);
    return article;
  }

  // The article as the index keeps it, its strings the pool's and its mentions grouped by key.
  private articleOf(uri: string, analysis: IndexedAnalysis, lineStarts: Uint32Array, textLength: number, mentions: LinkedMention[]): IndexedArticle {
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
    return { uri, tokenCount: analysis.tokenCount, analysis, mentions, mentionsByKey, speakerMentions, lineStarts, textLength };
  }

  /**
   * Takes a snapshot of the whole corpus into an index that holds nothing but open documents, with no
   * catalog: its tables, its count of entities when it has one (which resolves every name: names are
   * resolved when asked for instead), and its articles as the cache entries they were built from (see
   * indexSnapshot.ts for what is checked before), each decoded when first read. The open documents are
   * put back over it, as the editor has them.
   */
  adoptSnapshot(tables: NameTableContents, entities: number | undefined, articles: readonly SnapshotArticle[]): void {
    if (!this.catalog.isEmpty) throw new Error('a snapshot is adopted by an index without a catalog');
    const open = [...this.articles.values()];
    this.articles.clear();
    for (const { uri, tokenCount, bytes } of articles) this.articles.set(uri, new StoredArticle(uri, tokenCount, bytes, this.decodeEntry));
    this.tables = tables;
    this.changed();
    if (entities !== undefined) this.cachedStats = { articles: this.articles.size, entities, mentions: tables.mentionCount };
    for (const { uri, analysis, lineStarts, textLength, mentions } of open) this.insert(uri, analysis, lineStarts, textLength, mentions);
  }

  /** Changes with every new catalog. */
  get catalogVersion(): number {
    return this.catalogChanges;
  }

  /**
   * Decodes the articles kept as their entries' bytes, a step at a time (yielding every few dozen):
   * a hover card or a search reads hundreds of articles, which should not each wait for decoding.
   */
  *decodingStoredArticles(): Generator<void, void, void> {
    let decoded = 0;
    for (const article of this.articles.values()) {
      if (!(article instanceof StoredArticle) || article.isDecoded) continue;
      article.decode();
      if (++decoded % 32 === 0) yield;
    }
  }

  /** Resolves every name, a step at a time (yielding every few hundred names), so that counting entities after a change is quick. */
  *resolvingEveryName(): Generator<void, void, void> {
    let resolved = 0;
    for (const key of this.tables.articlesByKey.keys()) {
      this.resolver.entitiesOfKey(key);
      if (++resolved % 256 === 0) yield;
    }
  }

  /** The tables a snapshot saves (read only). */
  get nameTables(): NameTableContents {
    return this.tables;
  }

  /** Articles in the index. */
  get size(): number {
    return this.articles.size;
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
    return this.tables.articlesByKey.get(key) ?? emptySet;
  }

  allKeys(): IterableIterator<string> {
    return this.tables.articlesByKey.keys();
  }

  // NameTable, for the resolver.
  evidence(key: string): KeyEvidence | undefined {
    return this.tables.evidenceByKey.get(key);
  }

  articleCount(key: string): number {
    return this.tables.articlesByKey.get(key)?.size ?? 0;
  }

  shareArticle(key: string, other: string): boolean {
    const articles = this.tables.articlesByKey.get(key);
    const others = this.tables.articlesByKey.get(other);
    if (!articles || !others) return false;
    const [fewer, more] = articles.size <= others.size ? [articles, others] : [others, articles];
    for (const uri of fewer) if (more.has(uri)) return true;
    return false;
  }

  ownersOf(shortForm: string): Iterable<string> {
    return this.tables.shortFormOwners.get(shortForm)?.keys() ?? [];
  }

  expansionsOf(acronym: string): ReadonlyMap<string, number> {
    return this.tables.expansionsByAcronym.get(acronym) ?? emptyCounts;
  }

  framedBy(firstAndLast: string): Iterable<string> {
    return this.tables.framesByName.get(firstAndLast)?.keys() ?? [];
  }

  acronymsOf(expansion: string): Iterable<string> {
    return this.tables.acronymsByExpansion.get(expansion)?.keys() ?? [];
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
      return [...keys].filter((candidate) => this.tables.articlesByKey.has(candidate));
    }
    return this.automaticKeysOf(entity);
  }

  private automaticKeysOf(entity: EntityId): string[] {
    const key = entityIdKey(entity);
    // An acronym's mentions linked by initials to names the corpus does not give it stay under those names.
    const expansions = [...this.expansionsOf(key).keys()].filter((expansion) => this.resolver.acronym(key) !== expansion);
    const partners = (name: string) => [...(this.tables.acronymsByExpansion.get(name)?.keys() ?? []), ...knownAcronymFamily(name)];
    // An acronym may stand for the name through its spelling-out ("USA" for "United States", which is "U.S.").
    const acronyms = [...partners(key), ...expansions.flatMap(partners)].filter(
      (acronym) => this.tables.articlesByKey.has(acronym) && this.resolver.acronym(acronym) === key,
    );
    if (entityIdType(entity) !== 'PER') return [...new Set([key, ...acronyms, ...expansions])];
    const keys = new Set([key]);
    const found = [key];
    const take = (name: string) => {
      if (keys.has(name) || !this.tables.articlesByKey.has(name) || this.resolver.person(name) !== key) return;
      keys.add(name);
      found.push(name);
    };
    // The names holding the key, the names the person's names hold, and their twins ("joseph r biden" for "joe biden").
    for (const owner of this.ownersOf(key)) take(owner);
    for (let at = 0; at < found.length; at++) {
      for (const related of corpusShortForms(found[at])) take(related);
      for (const twin of personTwins(found[at], this)) take(twin);
    }
    return [...keys];
  }

  /** Every mention's own name (a full name, a short form, an acronym), for search. */
  allNames(): IterableIterator<string> {
    return this.tables.keysByName.keys();
  }

  /** The names a mention's own name is found under, with mention counts. */
  keysWithName(name: string): ReadonlyMap<string, number> {
    return this.tables.keysByName.get(name) ?? emptyCounts;
  }

  /** Every spelling of the mentions under a name, most frequent first. */
  textsOf(key: string): string[] {
    return textsOf(this.tables, key);
  }

  /** A name's spellings in its full-name mentions, body ones first, most frequent first within each. */
  spellingsOf(key: string): string[] {
    return spellingsOf(this.tables, key);
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
      this.cachedStats = { articles: this.articles.size, entities: entities.size, mentions: this.tables.mentionCount };
    }
    return this.cachedStats;
  }

  /** Every entity with mentions in the corpus (an entity may appear twice). */
  *allEntities(): IterableIterator<EntityId> {
    for (const key of this.tables.articlesByKey.keys()) yield* this.resolver.entitiesOfKey(key);
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
    countArticle(this.tables, article.uri, article.mentionsByKey, sign, (key) => this.currentResolver?.invalidate(key));
    this.tables.mentionCount += sign * article.mentions.length;
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
    return largestKeys(this.tables, count);
  }

  // A new catalog changes what any name stands for.
  private changed(): void {
    this.changes++;
    this.cachedStats = undefined;
    this.currentResolver = undefined;
    this.derivations.clear();
  }
}

export { compareCodeUnits };

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

const emptySet: ReadonlySet<string> = new Set();
const emptyCounts: ReadonlyMap<string, number> = new Map();
