// Runs a language's rules over the text and keeps the longest matches that do not overlap. Rules
// run only in windows around trigger tokens (numbers, month names, units, ...), and each only where
// the window holds every class of word and literal word it cannot match without (TimeRule.requires):
// news text is mostly free of time expressions, and every rule scanned over a whole article would
// cost several times what the tagger may add to the analysis.
import type { Token } from '../types';
import { isSpace } from '../characters';
import type { TimeLexicon, TimeRule } from './lexicon';
import type { Items } from './required';
import { execAtWordStart } from './wordstart';
import type { Groups } from './scope';

export interface Candidate {
  start: number;
  end: number;
  rule: TimeRule;
  ruleIndex: number;
  groups: Groups;
  lexicon: TimeLexicon;
}

// Farther than an expression reaches from its nearest trigger: "principios del pasado mes de mayo"
// (19 characters before "mes"), "the last twenty four hours" (21 before "hours"); a window also
// reaches on to the edge of the word it ends in. With 20 characters each way the tagger finds the
// same expressions in the 1,367 training articles as with 30 and 40; every window character costs
// every rule run in it.
const windowBefore = 24;
const windowAfter = 28;

interface Window {
  start: number;
  end: number;
  /** The trigger classes found in the window, a bit each (TriggerTable.classBits). */
  classes: number;
}

function triggerWindows(text: string, tokens: Token[], from: number, table: TriggerTable, lexicon: TimeLexicon): Window[] {
  const windows: Window[] = [];
  for (const token of tokens) {
    if (token.start < from) continue;
    const classes = tokenClassBits(token.text, table, lexicon);
    if (classes === 0) continue;
    const start = wordStartBefore(text, Math.max(from, token.start - windowBefore), from);
    const end = wordEndAfter(text, Math.min(text.length, token.end + windowAfter));
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.classes |= classes;
    } else {
      windows.push({ start, end, classes });
    }
  }
  return windows;
}

const noClasses: readonly string[] = [];

/** The trigger classes of a token: `digit` and the shapes of its numbers if it has a digit, and its
 * words' ("year-earlier": year's, "21-nov-2025": nov's). */
export function tokenClasses(token: string, lexicon: TimeLexicon): readonly string[] {
  const lower = token.toLowerCase();
  const whole = lexicon.wordClasses.get(lower);
  if (whole) return whole;
  if (!/[\d\-'’./]/.test(lower)) return noClasses;
  const words = lower.split(/[^\p{L}]+/u).flatMap((word) => lexicon.wordClasses.get(word) ?? noClasses);
  if (!/\d/.test(lower)) return words;
  const shapes = lexicon.numberShapes.filter((shape) => shape.test.test(lower)).map((shape) => shape.name);
  return ['digit', ...shapes, ...words];
}

// Most tokens are plain words of no list: a hash of their letters, against those of the list words
// in plain letters, rules them out without lower-casing them or looking them up. Tokens with other
// characters are looked up once each. A window's classes, and what each rule requires, are bit masks:
// every rule is checked against every window.
interface TriggerTable {
  /** A bit for each hash: a table that small stays in the processor's cache between articles. */
  plainWordHashes: Uint32Array;
  classBitsOfToken: Map<string, number>;
  /** A bit for each trigger class. */
  classBits: Map<string, number>;
  /** The rules' requirements with classes as bit masks, in rule order. */
  requirements: RuleRequirements[];
  /** Each rule's required classes alone, packed: most rules fail on them, so windows test these first. */
  requiredClasses: Int32Array;
}

interface ItemMasks {
  classes: number;
  words: string[];
}

interface RuleRequirements {
  all: ItemMasks;
  anyOf: ItemMasks[];
}

const hashBits = 14;
const hashMask = (1 << hashBits) - 1;
const tokenCacheLimit = 100_000;
const triggerTables = new Map<TimeLexicon, TriggerTable>();

/** The hash of a word of ASCII or Latin-1 letters ("días") in lower case, or -1 if it has any other character. */
function plainWordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    // Setting bit 5 lower-cases A-Z and À-Þ; × becomes ÷ and ß becomes ÿ, which are left out.
    const lower = code | 0x20;
    if (code > 0xfe || !((lower >= 97 && lower <= 122) || (lower >= 0xe0 && lower <= 0xfe && lower !== 0xf7))) return -1;
    hash = (Math.imul(hash, 31) + lower) & hashMask;
  }
  return hash;
}

function triggerTable(lexicon: TimeLexicon): TriggerTable {
  let table = triggerTables.get(lexicon);
  if (!table) {
    const plainWordHashes = new Uint32Array((1 << hashBits) / 32);
    for (const word of lexicon.wordClasses.keys()) {
      const hash = plainWordHash(word);
      if (hash >= 0) plainWordHashes[hash >>> 5] |= 1 << (hash & 31);
    }
    const names = new Set(['digit', ...lexicon.numberShapes.map((shape) => shape.name), ...[...lexicon.wordClasses.values()].flat()]);
    if (names.size > 31) throw new Error(`${names.size} trigger classes do not fit a bit mask`);
    const classBits = new Map([...names].map((name, index) => [name, 1 << index]));
    const masksOf = (items: Items): ItemMasks => ({ classes: bitsOf(items.classes, classBits), words: items.words });
    const requirements = lexicon.rules.map((rule) => ({ all: masksOf(rule.requires.all), anyOf: rule.requires.anyOf.map(masksOf) }));
    const requiredClasses = Int32Array.from(requirements, (requirement) => requirement.all.classes);
    table = { plainWordHashes, classBitsOfToken: new Map(), classBits, requirements, requiredClasses };
    triggerTables.set(lexicon, table);
  }
  return table;
}

// A class no word has (a rule naming an empty list) gets no bit, and then no window holds it.
function bitsOf(names: readonly string[], classBits: Map<string, number>): number {
  let bits = 0;
  for (const name of names) bits |= classBits.get(name) ?? 1 << 31;
  return bits;
}

function tokenClassBits(token: string, table: TriggerTable, lexicon: TimeLexicon): number {
  const hash = plainWordHash(token);
  if (hash >= 0 && (table.plainWordHashes[hash >>> 5] & (1 << (hash & 31))) === 0) return 0;
  if (table.classBitsOfToken.size >= tokenCacheLimit) table.classBitsOfToken.clear();
  let bits = table.classBitsOfToken.get(token);
  if (bits === undefined) {
    bits = bitsOf(tokenClasses(token, lexicon), table.classBits);
    table.classBitsOfToken.set(token, bits);
  }
  return bits;
}

// Windows begin and end at spaces, so a rule never sees half a word.
function wordStartBefore(text: string, position: number, from: number): number {
  let start = position;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

function wordEndAfter(text: string, position: number): number {
  let end = position;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** The window's text as case-insensitive matching sees literal words: "ſ" matches an "s". */
function foldedText(slice: string): string {
  return slice.toLowerCase().replace(/ſ/g, 's');
}

/** A window's text, and the same folded for literal words once a rule needs them. */
interface WindowText {
  slice: string;
  folded: string | null;
}

function holdsWords(words: string[], folded: string): boolean {
  for (const word of words) if (!folded.includes(word)) return false;
  return true;
}

function holdsOne(items: ItemMasks, windowClasses: number, folded: string): boolean {
  if ((items.classes & windowClasses) !== 0) return true;
  for (const word of items.words) if (folded.includes(word)) return true;
  return false;
}

/** Whether a window that holds a rule's required classes holds the rest it cannot match without: its literal words, one item of each clause. */
function mayMatch(requirements: RuleRequirements, windowClasses: number, windowText: WindowText): boolean {
  const { all, anyOf } = requirements;
  if (all.words.length === 0 && anyOf.length === 0) return true;
  windowText.folded ??= foldedText(windowText.slice);
  if (!holdsWords(all.words, windowText.folded)) return false;
  for (const clause of anyOf) if (!holdsOne(clause, windowClasses, windowText.folded)) return false;
  return true;
}

export function matchRules(text: string, tokens: Token[], from: number, lexicon: TimeLexicon): Candidate[] {
  const table = triggerTable(lexicon);
  const candidates: Candidate[] = [];
  for (const window of triggerWindows(text, tokens, from, table, lexicon)) {
    // Matching in the window's own string keeps a rule from scanning on past the window.
    const slice = text.slice(window.start, window.end);
    const windowText: WindowText = { slice, folded: null };
    for (let ruleIndex = 0; ruleIndex < lexicon.rules.length; ruleIndex++) {
      const required = table.requiredClasses[ruleIndex];
      if ((required & window.classes) !== required) continue;
      if (!mayMatch(table.requirements[ruleIndex], window.classes, windowText)) continue;
      const rule = lexicon.rules[ruleIndex];
      rule.pattern.lastIndex = 0;
      for (let match = execAtWordStart(rule.pattern, slice); match; match = execAtWordStart(rule.pattern, slice)) {
        if (match[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        const start = skipSpacesForward(text, window.start + match.index, window.start + match.index + match[0].length);
        const end = skipSpacesBackward(text, start, window.start + match.index + match[0].length);
        // The match's own groups object takes `whole`: copying its null-prototype dictionary costs more than the match.
        const groups: Groups = match.groups ?? {};
        groups.whole = text.slice(start, end);
        candidates.push({ start, end, rule, ruleIndex, groups, lexicon });
      }
    }
  }
  return candidates;
}

// Optional leading words in a pattern may leave a space at an edge.
function skipSpacesForward(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

function skipSpacesBackward(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

// The characters the chosen matches cover, one byte each, kept from article to article: a new array
// of the text's length for every article cost more than the choosing. All zeros between calls.
let takenCharacters = new Uint8Array(0);

/** The longest acceptable matches that do not overlap, in text order; ties go to the earlier rule. */
export function chooseLongest(candidates: Candidate[], textLength: number, acceptable: (candidate: Candidate) => boolean): Candidate[] {
  const byPreference = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.ruleIndex - b.ruleIndex);
  if (takenCharacters.length < textLength) takenCharacters = new Uint8Array(Math.max(textLength, 2 * takenCharacters.length));
  const taken = takenCharacters;
  const chosen: Candidate[] = [];
  try {
    for (const candidate of byPreference) {
      if (overlapsTaken(taken, candidate.start, candidate.end)) continue;
      if (!acceptable(candidate)) continue;
      taken.fill(1, candidate.start, candidate.end);
      chosen.push(candidate);
    }
  } finally {
    for (const candidate of chosen) taken.fill(0, candidate.start, candidate.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function overlapsTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let position = start; position < end; position++) if (taken[position] === 1) return true;
  return false;
}
