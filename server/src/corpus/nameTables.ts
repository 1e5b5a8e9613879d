// What the corpus knows of each article-level name (a key), summed over the articles: which articles
// use it, the evidence of its type, how its mentions are spelled, which names and acronyms it goes
// by. Entity resolution reads these tables only, never the articles (entityResolution.ts), and
// they are what a snapshot of the index keeps besides the articles (indexSnapshot.ts).
import type { LinkedMention } from './articleLinks';
import { KeyEvidence } from './entityEvidence';
import { corpusShortForms, isAbbreviatedWord, looksLikeAcronym } from './nameForms';

export interface TextCounts {
  mentions: number;
  fullBody: number;
  fullWeak: number;
}

/** Name → item → count, the shape of most of the tables. */
export type CountTable = Map<string, Map<string, number>>;

/** Every table, as a snapshot saves and restores it. */
export interface NameTableContents {
  articlesByKey: Map<string, Set<string>>;
  evidenceByKey: Map<string, KeyEvidence>;
  /** How each name's mentions are written: all of them, and its full-name mentions in bodies and in headlines. */
  textStats: Map<string, Map<string, TextCounts>>;
  /** For each mention's own name, the names it is found under (mention counts): for search by alias. */
  keysByName: CountTable;
  /** For each acronym left as itself somewhere, the names articles spell it out as, and the other way round. */
  expansionsByAcronym: CountTable;
  acronymsByExpansion: CountTable;
  /** For each person's first and last name, the longer names between them (with article counts). */
  framesByName: CountTable;
  /** For each short form of a person's name, the longer names it is part of (with article counts). */
  shortFormOwners: CountTable;
  mentionCount: number;
}

export function emptyNameTables(): NameTableContents {
  return {
    articlesByKey: new Map(),
    evidenceByKey: new Map(),
    textStats: new Map(),
    keysByName: new Map(),
    expansionsByAcronym: new Map(),
    acronymsByExpansion: new Map(),
    framesByName: new Map(),
    shortFormOwners: new Map(),
    mentionCount: 0,
  };
}

/** A copy that can be changed without changing these tables. */
export function copyOfTables(tables: NameTableContents): NameTableContents {
  const copyCounts = (table: CountTable): CountTable => new Map([...table].map(([name, counts]) => [name, new Map(counts)]));
  return {
    articlesByKey: new Map([...tables.articlesByKey].map(([key, uris]) => [key, new Set(uris)])),
    evidenceByKey: new Map([...tables.evidenceByKey].map(([key, evidence]) => [key, evidence.copy()])),
    textStats: new Map([...tables.textStats].map(([key, texts]) => [key, new Map([...texts].map(([text, counts]) => [text, { ...counts }]))])),
    keysByName: copyCounts(tables.keysByName),
    expansionsByAcronym: copyCounts(tables.expansionsByAcronym),
    acronymsByExpansion: copyCounts(tables.acronymsByExpansion),
    framesByName: copyCounts(tables.framesByName),
    shortFormOwners: copyCounts(tables.shortFormOwners),
    mentionCount: tables.mentionCount,
  };
}

/**
 * Adds an article's mentions to the tables (sign 1) or takes them out (sign -1); `changed` is told
 * of each key before and after, so that what depended on the name is forgotten both with the links
 * it loses and with the links it gains.
 */
export function countArticle(
  tables: NameTableContents,
  uri: string,
  mentionsByKey: ReadonlyMap<string, readonly LinkedMention[]>,
  sign: 1 | -1,
  changed: (key: string) => void,
): void {
  for (const [key, mentions] of mentionsByKey) {
    changed(key);
    if (sign > 0) addToSet(tables.articlesByKey, key, uri);
    else removeFromSet(tables.articlesByKey, key, uri);
    let evidence = tables.evidenceByKey.get(key);
    if (!evidence) tables.evidenceByKey.set(key, (evidence = new KeyEvidence(key)));
    let texts = tables.textStats.get(key);
    if (!texts) tables.textStats.set(key, (texts = new Map()));
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
        addCount(tables.keysByName, mention.name, key, sign * run);
        previousName = mention.name;
      }
      if (!isFullName && looksLikeAcronym(mention.text)) {
        addCount(tables.expansionsByAcronym, mention.name, key, sign);
        addCount(tables.acronymsByExpansion, key, mention.name, sign);
      }
      isPerson ||= mention.type === 'PER';
    }
    if (texts.size === 0) tables.textStats.delete(key);
    if (evidence.isEmpty) tables.evidenceByKey.delete(key);
    // Only people's names lend their words across the corpus: "Comisión" alone is no short form.
    // A name whose last word is a hyphenated compound ("anti-Latino") lends none of its words.
    if (isPerson && !endsInCompound(mentions, key)) {
      for (const shortForm of corpusShortForms(key)) addCount(tables.shortFormOwners, shortForm, key, sign);
      const frame = firstAndLast(key);
      if (frame) addCount(tables.framesByName, frame, key, sign);
    }
    changed(key);
  }
}

/** Every spelling of the mentions under a name, most frequent first. */
export function textsOf(tables: NameTableContents, key: string): string[] {
  return byCount(tables.textStats.get(key), (counts) => counts.mentions);
}

/** A name's spellings in its full-name mentions, body ones first, most frequent first within each. */
export function spellingsOf(tables: NameTableContents, key: string): string[] {
  const texts = tables.textStats.get(key);
  const body = byCount(texts, (counts) => counts.fullBody);
  const evidence = tables.evidenceByKey.get(key);
  const placeName = evidence !== undefined && (evidence.town > 0 || evidence.country > 0);
  const spellings = inOrdinaryCaseFirst(body.length > 0 ? body : byCount(texts, (counts) => counts.fullWeak), placeName);
  // "California" before "Calif.": an abbreviation that shares a name's key is no name to show it by.
  if (!spellings.some(isAbbreviatedWord)) return spellings;
  return [...spellings.filter((text) => !isAbbreviatedWord(text)), ...spellings.filter(isAbbreviatedWord)];
}

/** The names with the most mentions, most first. */
export function largestKeys(tables: NameTableContents, count: number): string[] {
  const sizes: [string, number][] = [];
  for (const [key, evidence] of tables.evidenceByKey) sizes.push([key, evidence.mentions]);
  return sizes
    .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
    .slice(0, count)
    .map(([key]) => key);
}

// Code unit order: names and URIs sort the same on every machine, whatever its locale.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A dateline's or a table's capitals ("LONDON") are not how the name is written when it is also
// written in ordinary case ("London"), unless it is a short acronym written so more often ("EFE", not
// "Efe"); a known place's short name is no acronym ("BONN" of the datelines is "Bonn").
function inOrdinaryCaseFirst(spellings: string[], placeName: boolean): string[] {
  const ordinary = new Map<string, number>();
  spellings.forEach((text, rank) => {
    if (text !== text.toUpperCase() && !ordinary.has(text.toLowerCase())) ordinary.set(text.toLowerCase(), rank);
  });
  const shouted = (text: string, rank: number) => {
    const ordinaryRank = text === text.toUpperCase() ? ordinary.get(text.toLowerCase()) : undefined;
    return ordinaryRank !== undefined && !(text.length <= 4 && rank < ordinaryRank && !placeName);
  };
  return [...spellings.filter((text, rank) => !shouted(text, rank)), ...spellings.filter(shouted)];
}

function endsInCompound(mentions: readonly LinkedMention[], key: string): boolean {
  const full = mentions.find((mention) => mention.name === key);
  // A surname with its Arabic article ("Bashar al-Assad") is no compound.
  return full !== undefined && /[-‐][^\s]*$/u.test(full.text) && !/(?:^|\s)(?:al|el)-\p{Lu}[^\s]*$/u.test(full.text);
}

/** "hillary rodham clinton" → "hillary clinton"; names of fewer than three words have no middle. */
function firstAndLast(key: string): string | undefined {
  const first = key.indexOf(' ');
  const last = key.lastIndexOf(' ');
  return first > 0 && last > first ? `${key.slice(0, first)} ${key.slice(last + 1)}` : undefined;
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

function addCount(map: CountTable, key: string, item: string, delta: number): void {
  const counts = map.get(key);
  if (!counts) {
    if (delta > 0) map.set(key, new Map<string, number>().set(item, delta));
    return;
  }
  const count = (counts.get(item) ?? 0) + delta;
  if (count > 0) counts.set(item, count);
  else if (counts.delete(item) && counts.size === 0) map.delete(key);
}
