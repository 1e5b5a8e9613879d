// Gazetteer membership: which tokens begin or continue a known place, person name or company form.
// Entries are matched on folded (lower case, accentless) token strings, so "GONZALEZ" finds "González".
import { isSpace } from '../characters';

export const gazetteerCategories = ['country', 'region', 'continent', 'city', 'firstName', 'lastName', 'organisationForm'] as const;
export type GazetteerCategory = (typeof gazetteerCategories)[number];
export type GazetteerData = Record<Exclude<GazetteerCategory, 'city'>, string[]>;

/** A token as the gazetteer reads it, with room to remember what the gazetteer found for it alone. */
export interface GazetteerWord {
  /** Lower case without accents (`foldWord`). */
  folded: string;
  capitalised: boolean;
  /** The gazetteer that last looked the word up (null: none yet), the longest entry, in tokens, that
   * starts with it (0: none) and the categories of the word alone as an entry (a bit each). */
  gazetteer: Gazetteer | null;
  gazetteerLongest: number;
  gazetteerCategories: number;
}

/** Entries longer than this are too rare to be worth the lookups. */
const maximumEntryTokens = 5;

/**
 * Marks, beside an entry's category bits, a key of two or more tokens that begins a longer entry:
 * elsewhere a match cannot grow, and the search stops. One map answers both questions in one lookup.
 */
const continues = 1 << 30;
const categoryBits = continues - 1;

export class Gazetteer {
  /** Each key's categories as an entry (a bit each), and `continues`. */
  private readonly entries = new Map<string, number>();
  /** The longest entry, in tokens, starting with a given first token, for entries of two tokens or more:
   * a one-token entry is its own key of `entries` (most entries are, and one map less to fill at start). */
  private readonly longestFrom = new Map<string, number>();

  constructor(data: GazetteerData, cities: readonly string[]) {
    for (let index = 0; index < gazetteerCategories.length; index++) {
      const category = gazetteerCategories[index];
      for (const name of category === 'city' ? cities : data[category]) this.add(name, index);
    }
  }

  /**
   * For each token, a bit set: bit 2c marks the first token of a category-c match, bit 2c+1 a later one.
   * Only the longest entry starting at a capitalised token counts. `tags` holds zeros, one per word.
   */
  match(words: readonly GazetteerWord[], tags: Uint32Array = new Uint32Array(words.length)): Uint32Array {
    for (let start = 0; start < words.length; start++) {
      const first = words[start];
      if (!first.capitalised) continue;
      // A word's own lookups are remembered on it: most capitalised words recur, and these maps are large.
      if (first.gazetteer !== this) {
        first.gazetteer = this;
        first.gazetteerCategories = this.entries.get(first.folded) ?? 0;
        first.gazetteerLongest = this.longestFrom.get(first.folded) ?? ((first.gazetteerCategories & categoryBits) !== 0 ? 1 : 0);
      }
      const longest = first.gazetteerLongest;
      if (longest === 0) continue;
      let key = first.folded;
      let found = first.gazetteerCategories;
      let foundLength = found === 0 ? 0 : 1;
      for (let length = 2; length <= longest && start + length <= words.length; length++) {
        key = `${key} ${words[start + length - 1].folded}`;
        const bits = this.entries.get(key) ?? 0;
        if ((bits & categoryBits) !== 0) {
          found = bits & categoryBits;
          foundLength = length;
        }
        if ((bits & continues) === 0) break;
      }
      for (let category = 0; found >> category; category++) {
        if (!((found >> category) & 1)) continue;
        tags[start] |= 1 << (2 * category);
        for (let i = start + 1; i < start + foundLength; i++) tags[i] |= 1 << (2 * category + 1);
      }
    }
    return tags;
  }

  /** Whether the folded words are exactly an entry of the category, not merely its beginning. */
  isEntry(folded: readonly string[], category: GazetteerCategory): boolean {
    return (this.entryCategories(folded) & (1 << gazetteerCategories.indexOf(category))) !== 0;
  }

  /** The categories the folded words are exactly an entry of, a bit each (`categoryMask`). */
  entryCategories(folded: readonly string[]): number {
    return (this.entries.get(folded.length === 1 ? folded[0] : folded.join(' ')) ?? 0) & categoryBits;
  }

  // Most names are one word: splitting and joining them was most of building the gazetteer. Nor are
  // they put in an array of their own: the word arrays then came in two kinds, and every worker
  // compiled this code again on meeting the second (each worker builds the gazetteer at start).
  private add(name: string, category: number): void {
    if (hasSpace(name)) this.addWords(name.split(/\s+/).filter(Boolean).map(foldWord), category);
    else if (name !== '') {
      const word = foldWord(name);
      this.addEntry(word, word, 1, category);
    }
  }

  private addWords(words: readonly string[], category: number): void {
    if (words.length === 0 || words.length > maximumEntryTokens) return;
    this.addEntry(words.join(' '), words[0], words.length, category);
    for (let length = 2; length < words.length; length++) {
      const prefix = words.slice(0, length).join(' ');
      this.entries.set(prefix, (this.entries.get(prefix) ?? 0) | continues);
    }
  }

  private addEntry(key: string, first: string, length: number, category: number): void {
    this.entries.set(key, (this.entries.get(key) ?? 0) | (1 << category));
    if (length > 1) this.longestFrom.set(first, Math.max(this.longestFrom.get(first) ?? 1, length));
  }
}

/** The bits of `entryCategories` that stand for these categories. */
export function categoryMask(categories: readonly GazetteerCategory[]): number {
  let mask = 0;
  for (const category of categories) mask |= 1 << gazetteerCategories.indexOf(category);
  return mask;
}

const combiningMarks = /[\u0300-\u036f]/g;

/** Lower case without accents; ASCII words skip the normalisation, which is most of the cost. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(combiningMarks, '');
}

function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
