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
      }
    }
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /** The catalog's names in the text, longest first where they start together, apart from each other. */
  find(text: string): CatalogMatch[] {
    if (this.isEmpty) return [];
    const words = [...text.matchAll(wordPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
    const matches: CatalogMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const patterns = this.byFirstWord.get(fold(words[i].text));
      const pattern = patterns?.find((candidate) => matchesAt(text, words, i, candidate));
      if (!pattern) continue;
      const last = words[i + pattern.words.length - 1];
      matches.push({ start: words[i].start, end: last.end, type: pattern.entity.type, text: text.slice(words[i].start, last.end), entity: pattern.entity });
      i += pattern.words.length - 1;
    }
    return matches;
  }
}

function matchesAt(text: string, words: { start: number; end: number; text: string }[], at: number, pattern: Pattern): boolean {
  if (at + pattern.words.length > words.length) return false;
  const occurrence = words.slice(at, at + pattern.words.length);
  const shouted = occurrence.every((word) => word.text === word.text.toUpperCase());
  return occurrence.every((word, k) => {
    if (fold(word.text) !== pattern.words[k]) return false;
    if (pattern.capitalised[k] && !shouted && !/^\p{Lu}/u.test(word.text)) return false;
    return k === 0 || joiner.test(text.slice(occurrence[k - 1].end, word.start));
  });
}

function fold(word: string): string {
  return normalizeName(word).replace(/ /gu, '');
}

/**
 * The tagger's mentions with the catalog applied: names in `notEntities` dropped, catalog matches in
 * (each taking the place of the tagger's mentions it covers or crosses), a match inside a longer
 * mention of the tagger's left out.
 */
export function withCatalog(found: readonly EntityMention[], matches: readonly CatalogMatch[], catalog: Catalog): (EntityMention | CatalogMatch)[] {
  const kept = catalog.notEntities.size > 0 ? found.filter((mention) => !catalog.notEntities.has(normalizeName(mention.text))) : [...found];
  if (matches.length === 0) return kept;
  // Both lists are sorted and their spans apart, so each span meets the other list at one place.
  // A match the tagger found too stays the tagger's mention, with its type: the catalog's names resolve
  // to the catalog's entity whatever a mention's type, and the type links its short forms in the article.
  const insideOrTagged = (match: CatalogMatch) => {
    const mention = kept[firstSpanEndingAfter(kept, match.start)];
    return mention !== undefined && mention.start <= match.start && match.end <= mention.end;
  };
  const added = matches.filter((match) => !insideOrTagged(match));
  const covered = (mention: EntityMention) => {
    const match = added[firstSpanEndingAfter(added, mention.start)];
    return match !== undefined && match.start < mention.end;
  };
  return [...kept.filter((mention) => !covered(mention)), ...added].sort((a, b) => a.start - b.start);
}
