// A snapshot of the built index, so that a warm start need not decode, check and count every cached
// article (about 1.5 s of the main thread at 10,000 articles): the name tables as they were, the
// articles in the index's order with the file state each was indexed in, and a digest of the cache
// entries the index was built from. The articles themselves stay the cache's entries, decoded when
// first read (storedArticle.ts).
// Nothing in it is trusted unchecked: the file carries a digest of its body; its tables are used
// only if the cache holds, for every article, exactly the entry (state and bytes) they were counted
// from (each entry was checked when it was indexed, and these are the same bytes); and an article
// whose file has changed since is read again the ordinary way (see snapshotAdoption.ts).
import { createHash } from 'node:crypto';
import * as v8 from 'node:v8';
import type { ArticleStamp, StoredEntry } from './analysisCache';
import { KeyEvidence } from './entityEvidence';
import type { CountTable, NameTableContents, TextCounts } from './nameTables';

/** An article of the snapshot: its URI, the file state it was indexed in, its token count. */
export interface SnapshotRecord {
  uri: string;
  stamp: ArticleStamp;
  tokenCount: number;
}

export interface IndexSnapshot {
  /** In the index's order. */
  articles: SnapshotRecord[];
  tables: NameTableContents;
  /** The number of corpus entities, which takes resolving every name to count; undefined when not counted. */
  entities: number | undefined;
  /** `entriesDigest` of the cache entries of the articles, in the same order. */
  entries: string;
}

/** The digest of the entries an index was built from, URI, state and bytes, in the index's order. */
export function entriesDigest(entries: Iterable<[string, StoredEntry]>): string {
  const hash = createHash('sha256');
  for (const [uri, { stamp, bytes }] of entries) hash.update(`${uri}\t${stamp.size}\t${stamp.mtimeMs}\t${bytes.length}\n`).update(bytes);
  return hash.digest('hex');
}

// The body as v8 serialises it: names in string arrays, counts in typed arrays (a Map per name
// would cost more to read than the counting it saves).
interface SnapshotBody {
  uris: string[];
  stamps: Float64Array;
  tokenCounts: Float64Array;
  entries: string;
  /** Each key, then its articles: their count and their indexes in `uris`. */
  articleKeys: string[];
  keyArticles: Int32Array;
  evidenceKeys: string[];
  evidence: Int32Array;
  textStats: NestedCounts;
  countTables: NestedCounts[];
  mentionCount: number;
  /** -1 when not counted. */
  entities: number;
}

/** A name → item → counts table: the names, each one's item count, the items, their counts (`width` each). */
interface NestedCounts {
  names: string[];
  sizes: Int32Array;
  items: string[];
  counts: Int32Array;
}

const countTableNames = ['keysByName', 'expansionsByAcronym', 'acronymsByExpansion', 'framesByName', 'shortFormOwners'] as const;
const evidenceWidth = 16;

export function serializeSnapshot(snapshot: IndexSnapshot): Buffer {
  const { articles, tables } = snapshot;
  const uriIndex = new Map(articles.map((article, at) => [article.uri, at]));
  const keyArticles: number[] = [];
  for (const uris of tables.articlesByKey.values()) {
    keyArticles.push(uris.size);
    for (const uri of uris) keyArticles.push(uriIndex.get(uri) ?? -1);
  }
  if (keyArticles.includes(-1)) throw new Error('a name of an article the snapshot does not hold');
  const evidence: number[] = [];
  for (const item of tables.evidenceByKey.values()) {
    evidence.push(...item.body, ...item.weak, item.titled, item.dateline, item.sited, item.scored, item.country, item.town, item.fullNames, item.family);
  }
  const body: SnapshotBody = {
    uris: articles.map((article) => article.uri),
    stamps: Float64Array.from(articles.flatMap((article) => [article.stamp.size, article.stamp.mtimeMs])),
    tokenCounts: Float64Array.from(articles, (article) => article.tokenCount),
    entries: snapshot.entries,
    articleKeys: [...tables.articlesByKey.keys()],
    keyArticles: Int32Array.from(keyArticles),
    evidenceKeys: [...tables.evidenceByKey.keys()],
    evidence: Int32Array.from(evidence),
    textStats: flatten(tables.textStats, (counts) => [counts.mentions, counts.fullBody, counts.fullWeak]),
    countTables: countTableNames.map((name) => flatten(tables[name], (count) => [count])),
    mentionCount: tables.mentionCount,
    entities: snapshot.entities ?? -1,
  };
  return v8.serialize(body);
}

/** Throws on anything that is not a body `serializeSnapshot` wrote. */
export function deserializeSnapshot(bytes: Uint8Array): IndexSnapshot {
  const body = v8.deserialize(bytes) as SnapshotBody;
  const { uris, stamps, tokenCounts } = body;
  expect(Array.isArray(uris) && stamps instanceof Float64Array && tokenCounts instanceof Float64Array, 'articles');
  expect(stamps.length === 2 * uris.length && tokenCounts.length === uris.length && typeof body.entries === 'string', 'articles');
  const articles = uris.map((uri, at) => ({ uri, stamp: { size: stamps[2 * at], mtimeMs: stamps[2 * at + 1] }, tokenCount: tokenCounts[at] }));
  expect(Array.isArray(body.articleKeys) && body.keyArticles instanceof Int32Array, 'articles by name');
  const articlesByKey = new Map<string, Set<string>>();
  let at = 0;
  for (const key of body.articleKeys) {
    const end = at + 1 + body.keyArticles[at];
    expect(end <= body.keyArticles.length, 'articles by name');
    const set = new Set<string>();
    for (at++; at < end; at++) set.add(uris[body.keyArticles[at]] ?? fail('articles by name'));
    articlesByKey.set(key, set);
  }
  expect(at === body.keyArticles.length, 'articles by name');
  const { evidenceKeys, evidence } = body;
  expect(Array.isArray(evidenceKeys) && evidence instanceof Int32Array && evidence.length === evidenceKeys.length * evidenceWidth, 'evidence');
  const evidenceByKey = new Map(evidenceKeys.map((key, index) => [key, evidenceOf(key, evidence.subarray(index * evidenceWidth))]));
  expect(Array.isArray(body.countTables) && body.countTables.length === countTableNames.length, 'count tables');
  const [keysByName, expansionsByAcronym, acronymsByExpansion, framesByName, shortFormOwners] = body.countTables.map((table): CountTable =>
    unflatten(table, 1, (counts, from) => counts[from]),
  );
  const textStats = unflatten(body.textStats, 3, (counts, from): TextCounts => ({
    mentions: counts[from],
    fullBody: counts[from + 1],
    fullWeak: counts[from + 2],
  }));
  expect(typeof body.mentionCount === 'number' && typeof body.entities === 'number', 'counts');
  const tables = {
    articlesByKey,
    evidenceByKey,
    textStats,
    keysByName,
    expansionsByAcronym,
    acronymsByExpansion,
    framesByName,
    shortFormOwners,
    mentionCount: body.mentionCount,
  };
  return { articles, tables, entities: body.entities < 0 ? undefined : body.entities, entries: body.entries };
}

function evidenceOf(key: string, counts: Int32Array): KeyEvidence {
  const evidence = new KeyEvidence(key);
  for (let type = 0; type < 4; type++) {
    evidence.body[type] = counts[type];
    evidence.weak[type] = counts[4 + type];
  }
  [evidence.titled, evidence.dateline, evidence.sited, evidence.scored, evidence.country, evidence.town, evidence.fullNames, evidence.family] = counts.subarray(
    8,
    evidenceWidth,
  );
  return evidence;
}

function flatten<T>(table: Map<string, Map<string, T>>, counts: (value: T) => number[]): NestedCounts {
  const sizes: number[] = [];
  const items: string[] = [];
  const flat: number[] = [];
  for (const inner of table.values()) {
    sizes.push(inner.size);
    for (const [item, value] of inner) {
      items.push(item);
      flat.push(...counts(value));
    }
  }
  return { names: [...table.keys()], sizes: Int32Array.from(sizes), items, counts: Int32Array.from(flat) };
}

function unflatten<T>(table: NestedCounts, width: number, value: (counts: Int32Array, from: number) => T): Map<string, Map<string, T>> {
  const { names, sizes, items, counts } = table;
  expect(Array.isArray(names) && Array.isArray(items) && sizes instanceof Int32Array && counts instanceof Int32Array, 'table');
  expect(sizes.length === names.length && counts.length === items.length * width, 'table');
  const result = new Map<string, Map<string, T>>();
  let at = 0;
  names.forEach((name, index) => {
    const inner = new Map<string, T>();
    for (const end = at + sizes[index]; at < end; at++) inner.set(items[at] ?? fail('table'), value(counts, at * width));
    result.set(name, inner);
  });
  expect(at === items.length, 'table');
  return result;
}

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) fail(what);
}

function fail(what: string): never {
  throw new Error(`bad ${what} in the index snapshot`);
}
