// Per-word properties that every feature template reads: normalised form, shape, case, affixes.
// Computed once per distinct word and remembered, since news vocabulary repeats heavily.
import { hashString } from './hashing';
import { foldWord, type GazetteerWord } from './gazetteerIndex';

export interface WordInfo extends GazetteerWord {
  form: string;
  lower: string;
  /** Lower case without accents, for gazetteer lookups. */
  folded: string;
  formHash: number;
  lowerHash: number;
  shapeHash: number;
  /** Hashes of the lower-case prefixes and suffixes of 1 to 4 characters. */
  affixHashes: number[];
  /** Hash of the form's first two characters with its shape. */
  headShapeHash: number;
  capitalised: boolean;
  lowerCaseWord: boolean;
  upperCaseWord: boolean;
  hasLetter: boolean;
  /**
   * The emission scorer that last looked this word up, and its summed role weights for the word
   * (unscaled integers): a field read is cheaper than the scorer's own cache, and an article keeps
   * to one model.
   */
  scoredBy: object | null;
  roleScores: Int32Array | null;
  /** Shared by every spelling of the word ("Obama", "OBAMA", "obama": every WordInfo of one `lower`). */
  facts: WordFacts;
}

/** What a document says about a word (document-context.ts), marked with the document's number. */
export interface WordFacts {
  document: number;
  facts: number;
}

const quoteLike = new Map([
  ['“', '"'],
  ['”', '"'],
  ['«', '"'],
  ['»', '"'],
  ['„', '"'],
  ["''", '"'],
  ['``', '"'],
  ['‘', "'"],
  ['’', "'"],
  ['—', '-'],
  ['–', '-'],
  ['…', '...'],
]);

const cacheLimit = 200_000;
const cache = new Map<string, WordInfo>();
const factsByLowerCase = new Map<string, WordFacts>();

export function wordInfo(token: string): WordInfo {
  let info = cache.get(token);
  if (info === undefined) {
    info = describeWord(token);
    cache.set(token, info);
  }
  return info;
}

/**
 * The words of a document's sentences. The caches are emptied before a document when they are full,
 * never inside one: the spellings of a word in one document must share their facts record.
 */
export function documentWords(document: readonly (readonly string[])[]): WordInfo[][] {
  if (cache.size >= cacheLimit) {
    cache.clear();
    factsByLowerCase.clear();
  }
  return document.map((sentence) => {
    const infos = new Array<WordInfo>(sentence.length);
    for (let i = 0; i < infos.length; i++) infos[i] = wordInfo(sentence[i]);
    return infos;
  });
}

function factsOf(lower: string): WordFacts {
  let facts = factsByLowerCase.get(lower);
  if (facts === undefined) {
    facts = { document: 0, facts: 0 };
    factsByLowerCase.set(lower, facts);
  }
  return facts;
}

function describeWord(token: string): WordInfo {
  const form = normaliseForm(token);
  const lower = form.toLowerCase();
  const upper = form.toUpperCase();
  const shape = wordShape(form);
  const affixHashes: number[] = [];
  for (let k = 1; k <= 4 && k <= lower.length; k++) affixHashes.push(prefixHash(lower, k), suffixHash(lower, k));
  const hasLetter = lower !== upper;
  return {
    form,
    lower,
    folded: foldWord(lower),
    formHash: hashString(form),
    lowerHash: hashString(lower),
    shapeHash: hashString(shape),
    affixHashes,
    headShapeHash: hashString(`${form.slice(0, 2)}|${shape}`),
    capitalised: isCapitalised(form),
    lowerCaseWord: hasLetter && form === lower,
    upperCaseWord: hasLetter && form === upper,
    hasLetter,
    scoredBy: null,
    roleScores: null,
    facts: factsOf(lower),
    gazetteer: null,
    gazetteerLongest: 0,
    gazetteerCategories: 0,
  };
}

// hashString(`<${word.slice(0, k)}`) and hashString(`${word.slice(-k)}>`) without building the strings.
const prefixMark = hashString('<');
function prefixHash(word: string, k: number): number {
  let hash = prefixMark;
  for (let i = 0; i < k; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function suffixHash(word: string, k: number): number {
  let hash = 0x811c9dc5;
  for (let i = word.length - k; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return Math.imul(hash ^ 62 /* > */, 0x01000193) >>> 0;
}

/** Typography differs between news sites and CoNLL files; the model sees one spelling. */
export function normaliseForm(token: string): string {
  const mapped = quoteLike.get(token);
  if (mapped !== undefined) return mapped;
  let form = token;
  if (form.includes('’')) form = form.replace(/’/g, "'");
  if (/\d/.test(form)) form = form.replace(/\d/g, '0');
  return form;
}

/** Character classes with repeats collapsed: "Putin" → "Xx", "EE.UU." → "X.X.", "F/A-18" → "X/X-d". */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  for (const char of form) {
    let cls: string;
    const code = char.charCodeAt(0);
    // ASCII needs no case conversion to classify; the rest asks the Unicode case mappings.
    if (code >= 48 && code <= 57) cls = 'd';
    else if (code >= 65 && code <= 90) cls = 'X';
    else if (code >= 97 && code <= 122) cls = 'x';
    else if (code < 128) cls = char;
    else if (char !== char.toLowerCase()) cls = 'X';
    else if (char !== char.toUpperCase()) cls = 'x';
    else cls = char;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

function isCapitalised(form: string): boolean {
  const first = form.charAt(0);
  return first !== first.toLowerCase();
}
