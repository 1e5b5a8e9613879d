// When the indexer may take an index snapshot, and what of it: the snapshot's tables are only as
// good as the cache entries they were counted from, so it is taken only when the cache still holds
// exactly those entries (their states and bytes, by digest); its articles whose files have changed
// or gone since are adopted all the same, so that the ordinary path can take their mentions out of
// the tables when it reads them again (their old entries are what the tables counted).
import { sameStamp, type AnalysisCache, type ArticleStamp, type StoredEntry } from './analysisCache';
import type { CorpusIndex, IndexedArticle } from './corpusIndex';
import { entriesDigest, type IndexSnapshot, type SnapshotRecord } from './indexSnapshot';
import { copyOfTables, countArticle } from './nameTables';

/**
 * Adopts the snapshot into the (empty) index if the cache holds what it was built from; gives the
 * URIs adopted as they are on disk now (`stamps`: the current state of each workspace article),
 * which need no loading, or undefined when nothing was adopted.
 */
export function adoptSnapshot(
  index: CorpusIndex,
  cache: AnalysisCache,
  snapshot: IndexSnapshot,
  stamps: ReadonlyMap<string, ArticleStamp | undefined>,
): Set<string> | undefined {
  const entries: [string, StoredEntry][] = [];
  for (const article of snapshot.articles) {
    const entry = cache.storedEntry(article.uri);
    if (!entry || !sameStamp(entry.stamp, article.stamp)) return undefined;
    entries.push([article.uri, entry]);
  }
  if (entriesDigest(entries) !== snapshot.entries) return undefined;
  index.adoptSnapshot(
    snapshot.tables,
    snapshot.entities,
    snapshot.articles.map((article, at) => ({ uri: article.uri, tokenCount: article.tokenCount, bytes: entries[at][1].bytes })),
  );
  const unchanged = new Set<string>();
  for (const { uri, stamp } of snapshot.articles) {
    const now = stamps.get(uri);
    if (now && sameStamp(now, stamp)) unchanged.add(uri);
  }
  return unchanged;
}

/**
 * The index as a snapshot of the files on disk: its articles but the open documents (whose editor
 * texts the cache does not hold), each its cache entry as stored (the caller knows that nothing but
 * the cache's entries and open documents went into the index); undefined when one has no entry.
 */
export function snapshotOf(index: CorpusIndex, cache: AnalysisCache, isOpen: (uri: string) => boolean): IndexSnapshot | undefined {
  const articles: SnapshotRecord[] = [];
  const entries: [string, StoredEntry][] = [];
  const open: IndexedArticle[] = [];
  for (const article of index.allArticles()) {
    if (isOpen(article.uri)) {
      open.push(article);
      continue;
    }
    const entry = cache.storedEntry(article.uri);
    if (!entry) return undefined;
    articles.push({ uri: article.uri, stamp: entry.stamp, tokenCount: article.tokenCount });
    entries.push([article.uri, entry]);
  }
  if (open.length === 0) return { articles, tables: index.nameTables, entities: index.stats().entities, entries: entriesDigest(entries) };
  // The open documents' mentions are taken out of a copy of the tables; the entity count of what is
  // left would take resolving every name again, and is left for the next start to count.
  const tables = copyOfTables(index.nameTables);
  for (const article of open) {
    countArticle(tables, article.uri, article.mentionsByKey, -1, () => undefined);
    tables.mentionCount -= article.mentions.length;
  }
  return { articles, tables, entities: undefined, entries: entriesDigest(entries) };
}
