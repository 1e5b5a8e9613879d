// The corpus: every article's analysis, and its mentions linked into corpus entities.
// Each article links its own short forms; a surname left alone in an article is linked across the
// corpus only when exactly one full name in the corpus ends with it.
import type { Analyzer } from '../analysis/analyze';
import type { ArticleAnalysis, EntityMention } from '../analysis/types';
import { firstSpanEndingAfter, spanIndexAtOrAfter } from '../analysis/spanSearch';
import { linkArticleMentions, type LinkedMention } from './articleLinks';
import { computeLineStarts } from './lines';
import { corpusShortForms, isPartOfName } from './nameForms';

/** An analysis without its tokens and sentences, which a corpus of many articles cannot afford to keep. */
export type IndexedAnalysis = Omit<ArticleAnalysis, 'tokens' | 'sentences'> & { tokenCount: number };

export interface IndexedArticle {
  uri: string;
  analysis: IndexedAnalysis;
  /** Sorted by offset. */
  mentions: LinkedMention[];
  mentionsByKey: Map<string, LinkedMention[]>;
  /** For each of the analysis's quotes, the key of the mention its speaker stands for, if any. */
  speakerKeys: (string | null)[];
  lineStarts: Uint32Array;
  textLength: number;
}

export interface CorpusStats {
  articles: number;
  entities: number;
  mentions: number;
}

export class CorpusIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly articlesByKey = new Map<string, Set<string>>();
  /** For each person's short form, the full names (with article counts) it may stand for. */
  private readonly shortFormOwners = new Map<string, Map<string, number>>();
  private mentionCount = 0;
  private cachedStats: CorpusStats | undefined;
  /** What features derived from the whole corpus (an entity's hover card), until the next change. */
  private readonly derived = new Map<string, unknown>();

  constructor(private readonly analyze: Analyzer) {}

  /** Analyses the text (an editor's, or a file's the cache did not know). */
  setArticle(uri: string, text: string): IndexedArticle {
    const { tokens, sentences: _sentences, ...kept } = this.analyze(text);
    return this.setAnalyzedArticle(uri, { ...kept, tokenCount: tokens.length }, computeLineStarts(text), text.length);
  }

  /** Takes an article analysed earlier (from the analysis cache) without its text, and its mentions if they were linked too. */
  setAnalyzedArticle(
    uri: string,
    analysis: IndexedAnalysis,
    lineStarts: Uint32Array,
    textLength: number,
    mentions = linkArticleMentions(analysis.entities),
  ): IndexedArticle {
    this.removeArticle(uri);
    const mentionsByKey = new Map<string, LinkedMention[]>();
    for (const mention of mentions) {
      const list = mentionsByKey.get(mention.key);
      if (list) list.push(mention);
      else mentionsByKey.set(mention.key, [mention]);
    }
    const speakerKeys = analysis.quotes.map((quote) => (quote.speakerMention && mentionWithSpan(mentions, quote.speakerMention)?.key) ?? null);
    const article: IndexedArticle = { uri, analysis, mentions, mentionsByKey, speakerKeys, lineStarts, textLength };
    this.articles.set(uri, article);
    for (const key of mentionsByKey.keys()) {
      addToSet(this.articlesByKey, key, uri);
      this.countShortForms(article, key, +1);
    }
    this.mentionCount += mentions.length;
    this.cachedStats = undefined;
    this.derived.clear();
    return article;
  }

  removeArticle(uri: string): boolean {
    const article = this.articles.get(uri);
    if (!article) return false;
    this.articles.delete(uri);
    for (const key of article.mentionsByKey.keys()) {
      removeFromSet(this.articlesByKey, key, uri);
      this.countShortForms(article, key, -1);
    }
    this.mentionCount -= article.mentions.length;
    this.cachedStats = undefined;
    this.derived.clear();
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

  /** The corpus entity an article-level key belongs to. */
  resolve(key: string): string {
    const owners = this.shortFormOwners.get(key);
    if (!owners || owners.size === 0) return key;
    const names = [...owners.keys()];
    const maximal = names.filter((owner) => !names.some((other) => isPartOfName(owner, other)));
    return maximal.length === 1 ? maximal[0] : key;
  }

  /** The article-level keys whose mentions belong to this corpus entity. */
  keysOf(entity: string): string[] {
    const keys = [entity];
    for (const short of corpusShortForms(entity)) {
      if (this.articlesByKey.has(short) && this.resolve(short) === entity) keys.push(short);
    }
    return keys;
  }

  mentionAt(uri: string, offset: number): LinkedMention | undefined {
    return findAt(this.articles.get(uri)?.mentions ?? [], offset);
  }

  /** The linked mention a quote's speaker stands for. */
  linkedMention(uri: string, mention: EntityMention): LinkedMention | undefined {
    return mentionWithSpan(this.articles.get(uri)?.mentions ?? [], mention);
  }

  /** The value computed for `key` since the corpus last changed, else computes it: summaries of a
   * frequent entity read hundreds of articles, and a person hovers over one name again and again. */
  derive<T>(key: string, compute: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = compute();
    this.derived.set(key, value);
    return value;
  }

  stats(): CorpusStats {
    if (!this.cachedStats) {
      const entities = new Set<string>();
      for (const key of this.articlesByKey.keys()) entities.add(this.resolve(key));
      this.cachedStats = { articles: this.articles.size, entities: entities.size, mentions: this.mentionCount };
    }
    return this.cachedStats;
  }

  // Only people's names lend their surnames across the corpus: "Comisión" alone is no short form.
  private countShortForms(article: IndexedArticle, key: string, delta: number): void {
    if (!article.mentionsByKey.get(key)?.some((mention) => mention.type === 'PER')) return;
    for (const shortKey of corpusShortForms(key)) {
      const owners = this.shortFormOwners.get(shortKey) ?? new Map<string, number>();
      const count = (owners.get(key) ?? 0) + delta;
      if (count > 0) owners.set(key, count);
      else owners.delete(key);
      if (owners.size > 0) this.shortFormOwners.set(shortKey, owners);
      else this.shortFormOwners.delete(shortKey);
    }
  }
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

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFromSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
