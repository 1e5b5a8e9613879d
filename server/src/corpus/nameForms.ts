// Name normalisation and the short forms a name may be cited by.
import enFirstNames from '../analysis/resources/en/first-names.json';
import esFirstNames from '../analysis/resources/es/first-names.json';
import enGroupWords from '../analysis/resources/en/ner-group-words.json';
import esGroupWords from '../analysis/resources/es/ner-group-words.json';
import knownAcronyms from './resources/known-acronyms.json';
import nameLinks from './resources/name-links.json';
import nicknames from './resources/nicknames.json';
import { isSpace } from '../analysis/characters';

/** "Vladímir  Putin" and "vladimir putin" are the same name, and so are "The Washington Post" and "Washington Post". */
export function normalizeName(text: string): string {
  let name = normalized.get(text);
  if (name === undefined) {
    // "Chalmette, La.": a state's abbreviation as the AP writes it is the state, not an acronym ("LA").
    const state = writtenStates.get(text);
    if (state !== undefined) return state;
    const letters = dottedInitials(text);
    name = letters ? letters.toLowerCase() : /^[\x20-\x7e]*$/.test(text) ? normalizeAscii(text) : normalizeAny(text);
    // English writes a paper's or a programme's article now in its name, now outside it; a name of one word
    // keeps it ("The Hague", "The Hill").
    if (name.startsWith('the ') && name.indexOf(' ', 4) > 0) name = name.slice(4);
    // A corpus names the same few thousand things again and again; the memory is bounded all the same.
    if (normalized.size >= normalizedLimit) normalized.clear();
    normalized.set(text, name);
  }
  return name;
}

const writtenStates = new Map(Object.entries(knownAcronyms.writtenStates));

/** A spelling as a reader sees it, its spaces plain and single: "Donald\u00a0Trump" and a name broken
 * over two lines are "Donald Trump" in a card's and a list's aliases, not a second "Donald Trump". */
export function shownSpelling(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isSpace(code) && (code !== 32 || text.charCodeAt(at + 1) === 32 || at === 0 || at === text.length - 1)) return text.replace(/\s+/gu, ' ').trim();
  }
  return text;
}

/** "Calif.", "La.", "Tenn.": a word cut short, as the AP writes a state's name. */
export function isAbbreviatedWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}{1,4}\.$/u.test(text);
}

const normalized = new Map<string, string>();
const normalizedLimit = 100_000;

function normalizeAny(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

// The same for plain ASCII, most names, without the Unicode normalisation and classes.
function normalizeAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/**
 * A person's name without the middle words writers add and drop: initials ("donald j trump" is written
 * "donald trump" too) and the Arabic article ("bashar al assad", "Bashar Assad"). They stay in the name's
 * key, since initials may be all that tells two people apart ("george w bush", "george h w bush"); the
 * corpus links the bare name to the one it stands for.
 */
export function bareName(normalizedName: string): string {
  const firstSpace = normalizedName.indexOf(' ');
  if (firstSpace < 0 || normalizedName.indexOf(' ', firstSpace + 1) < 0) return normalizedName;
  const words = normalizedName.split(' ');
  const kept = words.filter((word, i) => i === 0 || i === words.length - 1 || (word.length > 1 && word !== 'al'));
  return kept.join(' ');
}

/**
 * The shorter names that stand for a full name across a corpus: any run of its words ("Putin",
 * "Salazar Velázquez", "Elena Marín" for "Elena Marín Ortega", "Hillary" for "Hillary Clinton" where the
 * corpus names no other Hillary as often), but never a run that begins or ends with a middle initial
 * ("j trump"), and the name without its middle initials or article ("bashar assad").
 */
export function corpusShortForms(normalizedName: string): string[] {
  const words = normalizedName.split(' ');
  if (words.length < 2 || words.length > 6) return [];
  const forms: string[] = [];
  for (let start = 0; start < words.length; start++) {
    if (start > 0 && words[start].length === 1) continue;
    for (let end = start + 1; end <= words.length; end++) {
      const isWhole = start === 0 && end === words.length;
      if (!isWhole && (end === words.length || words[end - 1].length > 1) && !(end === start + 1 && isMiddleFirstName(words, start)))
        forms.push(words.slice(start, end).join(' '));
    }
  }
  const bare = bareName(normalizedName);
  if (bare !== normalizedName) forms.push(bare);
  // A handle writes the whole name as one word ("@HillaryClinton", "TimKaine"); not a name cut at an apostrophe ("guivarc h").
  if (words.every((word) => word.length > 1)) forms.push(words.join(''));
  return forms;
}

/** Within one article any contiguous part of a longer name refers to it ("Nicolás", "Maduro"). */
export function isPartOfName(part: string, whole: string): boolean {
  if (part.length >= whole.length) return false;
  return ` ${whole} `.includes(` ${part} `);
}

/** Could stand for a longer name by its initials: "ONU" for "Organización de las Naciones Unidas", "EU" for "European Union", "U.S.". */
export function looksLikeAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text) || dottedInitials(text) !== '';
}

/** The capitals of an acronym written with full stops ("U.S." is "US", "EE.UU." is "EEUU"), else ''. */
export function dottedInitials(text: string): string {
  if (text.length < 4 || text.charCodeAt(text.length - 1) !== 46 /* . */) return '';
  return /^(?:\p{Lu}\.){2,6}$/u.test(text) || /^(?:(\p{Lu})\1\.){2,4}$/u.test(text) ? text.replace(/\./gu, '') : '';
}

/**
 * An acronym's capitals, with or without full stops, as a name's initials are compared with them;
 * Spanish doubles a plural's ("EEUU", "FFAA" for "Estados Unidos", "Fuerzas Armadas").
 */
export function acronymLetters(text: string): string {
  const letters = dottedInitials(text) || text;
  return /^(?:(\p{Lu})\1){2,4}$/u.test(letters) ? letters.replace(/(\p{Lu})\1/gu, '$1') : letters;
}

/** The initials of a name's capitalised words, or '' when fewer than two would stand for it. */
export function acronymInitials(surface: string): string {
  let initials = '';
  // A hyphenated compound is one word: "PSOE-Progresistas" abbreviates to nothing, not to "PP".
  capitalOpeningWord.lastIndex = 0;
  for (let found = capitalOpeningWord.exec(surface); found; found = capitalOpeningWord.exec(surface)) initials += surface[found.index];
  return initials.length >= 2 ? initials : '';
}

/** A capital letter at the start of the text or after a space: a word's (one pass, no list of words made). */
const capitalOpeningWord = /(?<!\S)\p{Lu}/gu;

let firstNameGenders: Map<string, 'female' | 'male' | null> | undefined;

/** The known first names, folded as keys are, with the gender each tells (null: both). */
function firstNames(): Map<string, 'female' | 'male' | null> {
  if (!firstNameGenders) {
    const genders = new Map<string, 'female' | 'male' | null>();
    for (const names of [enFirstNames, esFirstNames]) {
      for (const name of names.female) genders.set(name, genders.get(name) === 'male' ? null : 'female');
      for (const name of names.male) genders.set(name, genders.has(name) && genders.get(name) !== 'male' ? null : 'male');
    }
    firstNameGenders = genders;
  }
  return firstNameGenders;
}

/** A known first name, folded as keys are ("hillary", "jose"). */
export function isFirstName(key: string): boolean {
  return firstNames().has(key);
}

/** The gender a first name tells ("hillary": female); null when it tells none or both. */
export function givenNameGender(key: string): 'female' | 'male' | null {
  return firstNames().get(key) ?? null;
}

const notPartsAlone = new Set(nameLinks.notPartsAlone);

/** The name never stands alone for a longer name holding it: "South" is no "South Carolina", "Dios" no "Niño Dios". */
export function isNeverAPart(name: string): boolean {
  return notPartsAlone.has(name);
}

const placeHeads = new Set(nameLinks.placeHeads);

/** A word that makes a place's name before it another place's: "Kansas City", "Orange County". */
export function isPlaceHead(word: string): boolean {
  return placeHeads.has(word);
}

const modifierJoiners = new Set(nameLinks.modifierJoiners);

/** A word that makes the name after it a modifier of the one before: "de", "del", "of" ("Catedral de Valencia", "Paola de Bélgica"). */
export function isModifierJoiner(word: string): boolean {
  return modifierJoiners.has(word);
}

const legalForms = new Set(nameLinks.legalForms);
const organizationParts = new Set(nameLinks.organizationParts);

/**
 * An acronym stands for the longer name it begins (written as `spelling`) when that name is a company's
 * in full ("RJR Nabisco Inc.") or adds one capitalised word naming no part of a body ("PSV Eindhoven"):
 * "GM Hughes Electronics", "ABC News" and "TWA Flight" are other things.
 */
export function acronymBegins(spelling: string): boolean {
  const [first, ...words] = spelling.split(/\s+/u);
  // "JUNTA" for "Junta de Extremadura" is its first word in capitals, no acronym.
  if (!looksLikeAcronym(first)) return true;
  const last = normalizeName(words[words.length - 1] ?? '');
  if (legalForms.has(last)) return true;
  return words.length === 1 && /^\p{Lu}\p{Ll}{2,}/u.test(words[0]) && !organizationParts.has(last);
}

let spanishGivenNames: Set<string> | undefined;

/** Given names only, as Spanish compounds them ("juan carlos", "jose maria"): a name no one is known by in full. */
export function isCompoundGivenName(key: string): boolean {
  const names = (spanishGivenNames ??= new Set([...esFirstNames.female, ...esFirstNames.male, ...esFirstNames.either]));
  const words = key.split(' ');
  return words.length >= 2 && words.every((word) => names.has(word));
}

let givenNameForms: Map<string, string[]> | undefined;

/** The other forms of a given name ("joe" and "joey" for "joseph"; "edward" and "theodore" for "ted"), folded as keys are. */
export function givenNameVariants(name: string): readonly string[] {
  if (!givenNameForms) {
    const forms = new Map<string, Set<string>>();
    for (const group of nicknames.groups)
      for (const form of group) for (const other of group) if (other !== form) (forms.get(form) ?? forms.set(form, new Set()).get(form)!).add(other);
    givenNameForms = new Map([...forms].map(([form, others]) => [form, [...others]]));
  }
  return givenNameForms.get(name) ?? noVariants;
}

const noVariants: readonly string[] = [];

let groupWords: Set<string> | undefined;

/** A nationality or another group of people that is also a first name ("christian"), folded as keys are. */
const adjectiveEnding = new RegExp(`^\\p{L}+(?:${nameLinks.adjectiveEndings.join('|')})$`, 'u');

/** One word written as an adjective of a people, party or creed ("democratic", "american"). */
export function isPeopleAdjective(name: string): boolean {
  return adjectiveEnding.test(name);
}

export function isGroupWord(key: string): boolean {
  groupWords ??= new Set([...enGroupWords.words, ...esGroupWords.words]);
  return groupWords.has(key);
}

const generationSuffixes = new Set(nameLinks.generationSuffixes);

let middleNames: Set<string> | undefined;

/**
 * An English first name inside a name is a middle name ("james elliott morrow"), which no one goes by
 * alone; the word before a generation suffix is the surname ("duncan hunter sr"). A Spanish name's
 * middle word is its first surname, the one used alone ("Elena Marín Ortega", "Marín"): a first name
 * Spanish gives too ("martin", "tomas") may be either and is left to link.
 */
export function isMiddleFirstName(words: readonly string[], at: number): boolean {
  const surname = generationSuffixes.has(words[words.length - 1]) ? words.length - 2 : words.length - 1;
  if (at <= 0 || at >= surname) return false;
  if (!middleNames) {
    const spanish = new Set([...esFirstNames.female, ...esFirstNames.male]);
    middleNames = new Set([...enFirstNames.female, ...enFirstNames.male].filter((name) => !spanish.has(name)));
  }
  return middleNames.has(words[at]);
}
