// The catalog applied to one article's text: every occurrence of a catalog name or alias is a mention
// of that entity, whether or not the tagger found it (whole words; accents folded; as written or in
// capitals, as headlines write it), and a name in `notEntities` is never a mention. A catalog name
// inside a longer name the tagger found stays part of it ("Valencia" in "Catedral de Valencia").
import { firstSpanEndingAfter } from '../analysis/spanSearch';
import type { EntityMention } from '../analysis/types';
import type { Catalog, CatalogEntity } from './catalog';
import { normalizeName } from './nameForms';

export interface CatalogMatch extends EntityMention {
  entity: CatalogEntity;
}

interface Pattern {
  words: string[];
  /** For each word, whether it must be capitalised (as the catalog writes it). */
  capitalised: boolean[];
  entity: CatalogEntity;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
/** What may stand between the words of one name: spaces, hyphens, dots, slashes, apostrophes. */
const joiner = /^[ \t\u00a0\-‐–./'’&]+$/u;

export class CatalogMatcher {
  private readonly byFirstWord = new Map<string, Pattern[]>();
  /** The first letters of the names' first words, folded, as character codes. */
  private readonly firstLetters = new Set<number>();

  constructor(catalog: Catalog) {
    for (const entity of catalog.entities()) {
      for (const spelling of [entity.name, ...entity.aliases]) {
        const written = [...spelling.matchAll(wordPattern)].map((match) => match[0]);
        if (written.length === 0) continue;
        const pattern: Pattern = { words: written.map(fold), capitalised: written.map((word) => /^\p{Lu}/u.test(word)), entity };
        const list = this.byFirstWord.get(pattern.words[0]) ?? [];
        list.push(pattern);
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirstWord.set(pattern.words[0], list);
        this.firstLetters.add(pattern.words[0].charCodeAt(0));
      }
    }
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /** The catalog's names in the text, longest first where they start together, apart from each other. */
  find(text: string): CatalogMatch[] {
    if (this.isEmpty) return [];
    const matches: CatalogMatch[] = [];
    // Words are read one at a time, by their characters; one that begins a catalog name makes the
    // next ones read. Most words are ruled out by their first letter.
    for (let at = nextWordStart(text, 0); at < text.length;) {
      const end = wordEnd(text, at);
      const patterns = this.firstLetters.has(foldedLetter(text, at)) ? this.byFirstWord.get(fold(text.slice(at, end))) : undefined;
      const following = patterns && wordsFrom(text, at, Math.max(...patterns.map((pattern) => pattern.words.length)));
      const pattern = following && patterns.find((candidate) => matchesAt(text, following, candidate));
      if (pattern && following) {
        const last = following[pattern.words.length - 1];
        matches.push({ start: at, end: last.end, type: pattern.entity.type, text: text.slice(at, last.end), entity: pattern.entity });
        at = nextWordStart(text, last.end);
      } else {
        at = nextWordStart(text, end);
      }
    }
    return matches;
  }
}

/** Up to `count` words from the one starting at `start`. */
function wordsFrom(text: string, start: number, count: number): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (let at = start; at < text.length && found.length < count;) {
    const end = wordEnd(text, at);
    found.push({ start: at, end, text: text.slice(at, end) });
    at = nextWordStart(text, end);
  }
  return found;
}

// Letters (with their combining marks) and digits make words, as `wordPattern` says; ASCII by code.
const nonAsciiWordCharacter = /[\p{L}\p{M}\p{N}]/u;

function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return nonAsciiWordCharacter.test(String.fromCharCode(code));
}

function nextWordStart(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isWordCharacter(text.charCodeAt(at))) at++;
  return at;
}

function wordEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length && isWordCharacter(text.charCodeAt(at))) at++;
  return at;
}

/** A word's first letter as the catalog compares it, as a character code: ASCII without a string made. */
function foldedLetter(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return fold(text[at]).charCodeAt(0);
}

function matchesAt(text: string, words: { start: number; end: number; text: string }[], pattern: Pattern): boolean {
  if (pattern.words.length > words.length) return false;
  const occurrence = words.slice(0, pattern.words.length);
  const shouted = occurrence.every((word) => word.text === word.text.toUpperCase());
  return occurrence.every((word, k) => {
    if (fold(word.text) !== pattern.words[k]) return false;
    if (pattern.capitalised[k] && !shouted && !/^\p{Lu}/u.test(word.text)) return false;
    return k === 0 || joiner.test(text.slice(occurrence[k - 1].end, word.start));
  });
}

// A word as the catalog compares it: lower case, no accents. Most words are plain ASCII, which needs
// no more than lower case: the normalisation is most of a scan's cost otherwise.
function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z0-9]*$/.test(lower) ? lower : normalizeName(word).replace(/ /gu, '');
}

function withoutNotEntities(found: readonly EntityMention[], catalog: Catalog): EntityMention[] {
  return catalog.notEntities.size > 0 ? found.filter((mention) => !catalog.notEntities.has(normalizeName(mention.text))) : [...found];
}

/**
 * The matches that add to the tagger's mentions: a match the tagger found too, or inside a longer name
 * it found, stays the tagger's mention, with its type (the catalog's names resolve to the catalog's
 * entity whatever a mention's type, and the type links its short forms in the article).
 */
export function addedMatches(found: readonly EntityMention[], matches: readonly CatalogMatch[], catalog?: Catalog): CatalogMatch[] {
  if (matches.length === 0) return [];
  const kept = catalog ? withoutNotEntities(found, catalog) : found;
  // Both lists are sorted and their spans apart, so each span meets the other list at one place.
  const insideOrTagged = (match: CatalogMatch) => {
    const mention = kept[firstSpanEndingAfter(kept, match.start)];
    return mention !== undefined && mention.start <= match.start && match.end <= mention.end;
  };
  return matches.filter((match) => !insideOrTagged(match));
}

/**
 * The tagger's mentions with the catalog applied: names in `notEntities` dropped, catalog matches in
 * (each taking the place of the tagger's mentions it covers or crosses), a match inside a longer
 * mention of the tagger's left out.
 */
export function withCatalog(found: readonly EntityMention[], matches: readonly CatalogMatch[], catalog: Catalog): (EntityMention | CatalogMatch)[] {
  const kept = withoutNotEntities(found, catalog);
  if (matches.length === 0) return kept;
  const added = addedMatches(kept, matches);
  const covered = (mention: EntityMention) => {
    const match = added[firstSpanEndingAfter(added, mention.start)];
    return match !== undefined && match.start < mention.end;
  };
  return [...kept.filter((mention) => !covered(mention)), ...added].sort((a, b) => a.start - b.start);
}
