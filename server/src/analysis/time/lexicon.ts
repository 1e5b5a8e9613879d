// Turns a language's time resources (calendar.json + time.json) into precompiled patterns and
// lookup tables, once per process. Patterns name their vocabulary with placeholders ({month},
// {unit}, ...) so a person extends a word list without touching a regular expression.
import type { TimexType } from '../types';
import esCalendar from '../resources/es/calendar.json';
import enCalendar from '../resources/en/calendar.json';
import esTime from '../resources/es/time.json';
import type { Requirements } from './required';
import { requiredClasses } from './required';
import { wordTrie } from './wordtrie';
import enTime from '../resources/en/time.json';
import { checkPattern, type PatternResource, type RuleKind } from './ruleContract';

export type TimeLanguage = 'es' | 'en';

export type { RuleKind };

export interface TimeRule {
  kind: RuleKind;
  type: TimexType;
  /** Run it with execAtWordStart: a match must also begin at the start of a word. */
  pattern: RegExp;
  /** Trigger classes and literal words a match cannot do without: the rule runs only in windows that have them. */
  requires: Requirements;
}

export type CueDirection = 'past' | 'future' | 'this' | 'same';

export interface TimeLexicon {
  language: TimeLanguage;
  rules: TimeRule[];
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  numberJoiners: Set<string>;
  ordinals: Map<string, number>;
  romanNumerals: Map<string, number>;
  units: Map<string, string>;
  relativeDays: Map<string, number>;
  nights: Map<string, number>;
  partsOfDay: Map<string, string>;
  seasons: Map<string, string>;
  holidays: Map<string, string>;
  references: Map<string, string>;
  sets: Map<string, string>;
  /** Set words that are also nouns ("el diario", the newspaper): their patterns guard the context. */
  guardedSets: Map<string, string>;
  /** References that are also plain phrases ("el momento"): their patterns guard the context ("hasta el momento"). */
  guardedReferences: Map<string, string>;
  /** "la pasada campaña", "las próximas elecciones": the cue word alone is the expression. */
  adjectiveCues: Map<string, string>;
  /** "nineteen ninety-six": the century word's number; "two thousand": the millennium's. */
  spokenCenturies: Map<string, number>;
  spokenMillennia: Map<string, number>;
  cues: Map<string, CueDirection>;
  /** Business news: "a year ago" after "the third quarter" is that quarter a year before (1988-Q3). */
  yearsAgoFromReportedQuarter: boolean;
  capitalizedNames: boolean;
  /** The words written capitalised in this language (month, weekday and holiday words), when `capitalizedNames`. */
  properWords: Set<string>;
  /** Words before a date that make it a name: "avenida" (la Avenida 17 de Junio). */
  namesBeforeDates: Set<string>;
  monthWordsNeedingDayOrYear: Set<string>;
  /** Season names that are also common words ("fall") count only after "the", "this", "last"... */
  seasonWordsNeedingDeterminer: Set<string>;
  /** The trigger classes of the words (lower case) of the lists: placeholder names such as `month`,
   * `unit` or `set` (a phrase's longest word has the phrase's: "semana" of "cada semana"). Rules run
   * only near these words and digits (class `digit`). */
  wordClasses: Map<string, readonly string[]>;
  /** Trigger classes of numbers in digits: a token holding a number of the shape has the class ("mid-1990s": yearNumber). */
  numberShapes: { name: string; test: RegExp }[];
  /** What may stand between a clock time and the day it falls on, in one expression ("5 p.m. EST, Nov. 9"). */
  clockDayGap: RegExp;
  /** A word between a clock time and its day that TimeML leaves out of both ("3:45 p.m. on Sunday"). */
  clockDayLink: RegExp;
  /** Hours said in words ("noon": 12), for a clock pattern's hour. */
  clockHourWords: Map<string, number>;
  /** Parts of the day that put a clock hour below 12 after noon ("a las 5 de la tarde": 17:00). */
  dayPartsAfterNoon: Set<string>;
  /** Words a relative-unit pattern may name that are not units, and the unit each counts as ("this season": Y). */
  unitLikeWords: Map<string, string>;
  /** A preposition just before an expression that points its way ("desde el domingo", "by September"). */
  prepositionBefore: RegExp;
  prepositionDirections: Map<string, 'past' | 'future'>;
  /** Finds tense markers: a match with group `future`, `past` or `present` (which points nowhere). */
  tense: RegExp;
  /** A past perfect auxiliary ("had"): an expression this close to one lies before a past moment, whatever else the sentence says. */
  pastPerfect: RegExp | null;
}

export interface TimeResource {
  numbers: Record<string, number>;
  numberJoiners: string[];
  standaloneNumbers: string[];
  ordinals: Record<string, number>;
  romanNumerals: Record<string, number>;
  units: Record<string, string>;
  fuzzyQuantities: string[];
  relativeDays: Record<string, number>;
  nights: Record<string, number>;
  partsOfDay: Record<string, string>;
  seasons: Record<string, string>;
  holidays: Record<string, string>;
  references: Record<string, string>;
  sets: Record<string, string>;
  guardedSets: Record<string, string>;
  guardedReferences: Record<string, string>;
  adjectiveCues: Record<string, string>;
  spokenYears: { centuries: Record<string, number>; millennia: Record<string, number> };
  cues: Record<CueDirection, string[]>;
  modifiers: string[];
  tense: { past: string[]; future: string[]; present: string[]; pastPerfect?: string[]; prepositions: Record<string, string> };
  patterns: PatternResource[];
  yearsAgoFromReportedQuarter: boolean;
  capitalizedNames: boolean;
  namesBeforeDates: string[];
  monthWordsNeedingDayOrYear: string[];
  seasonWordsNeedingDeterminer: string[];
  triggerWords: string[];
  /** What follows a clock time: "a.m.", "pm" ({meridiem}); "GMT" ({timeZone}). */
  meridiems: string[];
  timeZones: string[];
  /** Placeholders for numbers in digits, by shape ({yearNumber}); `about` is a note. */
  numberShapes: Record<string, string>;
  clockDayJoiners: string[];
  clockDayLinks: string[];
  clockHourWords: Record<string, number>;
  dayPartsAfterNoon: string[];
  unitLikeWords: Record<string, string>;
}

export interface CalendarResource {
  months: Record<string, number>;
  weekdays: Record<string, number>;
}

// Only the tense pattern keeps a leading word edge: its markers begin with \p{L}+, which would
// otherwise match from every letter of a word.
const wordEdgeBefore = String.raw`(?<![\p{L}\p{N}_])`;
// "until 9 a.m. EST Tuesday": a clock time may stand between a preposition and the day it points to.
const clockBeforeDay = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s*m\.|[ap]m)?\s*(?:\p{Lu}{2,4}\s*)?,?\s*)?`;
const wordEdgeAfter = String.raw`(?![\p{L}\p{N}_])`;

function alternationOf(patterns: string[]): string {
  return patterns.length ? patterns.join('|') : '(?!)';
}

/** A word list as a pattern (a trie, longest words first); an empty list matches nothing. */
function alternation(words: Iterable<string>): string {
  const list = [...words];
  return list.length ? wordTrie(list) : '(?!)';
}

// "a" and "un" count one alone but never start a compound ("a five year low" is five).
function numberPhrase(resource: TimeResource): string {
  const standalone = new Set(resource.standaloneNumbers);
  const word = `(?:${alternation(Object.keys(resource.numbers).filter((key) => !standalone.has(key)))})`;
  const joiner = `(?:\\s+(?:${alternation(resource.numberJoiners)})\\s+|[\\s-]+)`;
  return String.raw`(?:\d{1,3}(?:[.,]\d+)?|${word}(?:${joiner}${word})*|${alternation(standalone)})`;
}

// A year said in words: a century word and the year in it ("nineteen ninety-six", never "twenty
// one"), or a millennium ("two thousand and one").
function spokenYear(resource: TimeResource): string {
  const centuries = Object.keys(resource.spokenYears.centuries);
  const millennia = Object.keys(resource.spokenYears.millennia);
  if (!centuries.length && !millennia.length) return '(?!)';
  const wordsFor = (keep: (value: number) => boolean) =>
    alternation(
      Object.entries(resource.numbers)
        .filter(([, value]) => keep(value))
        .map(([word]) => word),
    );
  const tens = wordsFor((value) => value >= 10 && value < 100 && (value < 20 || value % 10 === 0));
  const units = wordsFor((value) => value >= 1 && value < 10);
  const joiner = `(?:\\s+(?:${alternation(resource.numberJoiners)})\\s+|\\s+)`;
  return `(?:${alternation(centuries)})[\\s-]+(?:${tens})(?:[\\s-]+(?:${units}))?|(?:${alternation(millennia)})(?:${joiner}(?:${tens}|${units}))?`;
}

// An abbreviation is a month name that begins a longer name of the same month ("sept", "nov");
// it may end with a period, which then belongs to the expression.
function monthNames(calendar: CalendarResource): string {
  const names = Object.entries(calendar.months);
  const isAbbreviation = ([name, month]: [string, number]) =>
    names.some(([other, otherMonth]) => otherMonth === month && other.length > name.length && other.startsWith(name));
  const full = names.filter((entry) => !isAbbreviation(entry)).map(([name]) => name);
  const short = names.filter(isAbbreviation).map(([name]) => name);
  return `${alternation(full)}|(?:${alternation(short)})\\.?`;
}

function placeholders(resource: TimeResource, calendar: CalendarResource): Record<string, string> {
  const positiveOrdinals = Object.entries(resource.ordinals)
    .filter(([, value]) => value > 0)
    .map(([word]) => word);
  return {
    month: monthNames(calendar),
    weekday: alternation(Object.keys(calendar.weekdays)),
    day: String.raw`(?:[0-3]?\d(?:º|°)?|${alternation(positiveOrdinals)})`,
    number: numberPhrase(resource),
    ordinal: alternation(Object.keys(resource.ordinals)),
    roman: alternation(Object.keys(resource.romanNumerals)),
    unit: alternation(Object.keys(resource.units)),
    fuzzy: alternation(resource.fuzzyQuantities),
    relativeDay: alternation(Object.keys(resource.relativeDays)),
    night: alternation(Object.keys(resource.nights)),
    partOfDay: alternation(Object.keys(resource.partsOfDay)),
    season: alternation(Object.keys(resource.seasons)),
    holiday: alternation(Object.keys(resource.holidays)),
    reference: alternation(Object.keys(resource.references)),
    set: alternation(Object.keys(resource.sets)),
    guardedSet: alternation(Object.keys(resource.guardedSets)),
    guardedReference: alternation(Object.keys(resource.guardedReferences)),
    past: alternation(resource.cues.past),
    future: alternation(resource.cues.future),
    this: alternation(resource.cues.this),
    modifier: alternation(resource.modifiers),
    spokenYear: spokenYear(resource),
    meridiem: alternation(resource.meridiems),
    timeZone: alternation(resource.timeZones),
    ...shapesOf(resource),
  };
}

function shapesOf(resource: TimeResource): Record<string, string> {
  return Object.fromEntries(Object.entries(resource.numberShapes).filter(([name]) => name !== 'about'));
}

function expand(regex: string, values: Record<string, string>): string {
  return regex.replace(/\{([a-z]\w*)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown placeholder ${whole} in a time pattern`);
    return `(?:${value})`;
  });
}

function wordsOf(phrases: string[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => phrase.toLowerCase().split(/[\s-]+/)));
}

function lowerKeys<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
}

/** A language's lexicon from its resources; throws, naming the file and the pattern, on a pattern the resolvers do not know. */
export function compileLexicon(language: TimeLanguage, resource: TimeResource, calendar: CalendarResource): TimeLexicon {
  const values = placeholders(resource, calendar);
  const triggerClasses: Record<string, string[]> = {
    month: Object.keys(calendar.months),
    weekday: Object.keys(calendar.weekdays),
    unit: Object.keys(resource.units),
    relativeDay: Object.keys(resource.relativeDays),
    night: Object.keys(resource.nights),
    partOfDay: Object.keys(resource.partsOfDay),
    season: Object.keys(resource.seasons),
    holiday: Object.keys(resource.holidays),
    reference: Object.keys(resource.references),
    meridiem: resource.meridiems,
    timeZone: resource.timeZones,
    fuzzy: resource.fuzzyQuantities,
    set: Object.keys(resource.sets),
    guardedSet: Object.keys(resource.guardedSets),
    guardedReference: Object.keys(resource.guardedReferences),
    other: [
      ...Object.keys(resource.adjectiveCues),
      ...Object.keys(resource.spokenYears.centuries),
      ...Object.keys(resource.spokenYears.millennia),
      ...resource.triggerWords,
    ],
  };
  const shapes = shapesOf(resource);
  const classNames = new Set(['digit', ...Object.keys(triggerClasses), ...Object.keys(shapes)]);
  const classesOfWord = new Map<string, string[]>();
  for (const [name, words] of Object.entries(triggerClasses)) {
    for (const word of words) classesOfWord.set(normalizeWords(word), [...(classesOfWord.get(normalizeWords(word)) ?? []), name]);
  }
  // A year in words begins with a century word or a millennium ("two thousand", found by "thousand").
  const spokenYearWords = [...Object.keys(resource.spokenYears.centuries), ...Object.keys(resource.spokenYears.millennia)].map(longestWord);
  const wordsOfPlaceholder = new Map([['spokenYear', spokenYearWords]]);
  const rules = resource.patterns.map((rule, index) => ({
    ...checkPattern(`resources/${language}/time.json`, index, rule),
    pattern: new RegExp(`(?:${expand(rule.regex, values)})` + wordEdgeAfter, 'giu'),
    requires: requiredClasses(rule.regex, classNames, classesOfWord, wordsOfPlaceholder),
  }));
  const cues = new Map<string, CueDirection>();
  for (const direction of ['past', 'future', 'this', 'same'] as const) {
    for (const word of resource.cues[direction]) cues.set(word.toLowerCase(), direction);
  }
  const tense = new RegExp(
    `${wordEdgeBefore}(?:(?<future>${resource.tense.future.join('|')})|(?<present>${alternationOf(resource.tense.present)})|(?<past>${resource.tense.past.join('|')}))${wordEdgeAfter}`,
    'giu',
  );
  // A phrase is found by one of its words: one that is a list word itself ("business days" by "days",
  // not by the far commoner "business"), else its longest word, the last of equally long ones: the
  // content word, not a function word ("cada semana", "medio plazo"). The tokenizer splits a possessive
  // off its word ("New Year's Day": "Year", "'s"), so the key goes without it.
  const wordClasses = new Map<string, readonly string[]>();
  for (const [phrase, names] of classesOfWord) {
    const words = phrase.replace(/['’]s\b/g, '').split(' ');
    const listWord = words.length > 1 ? [...words].reverse().find((word) => classesOfWord.has(word)) : undefined;
    const key = listWord ?? longestWord(words.join(' '));
    wordClasses.set(key, [...new Set([...(wordClasses.get(key) ?? []), ...names])]);
  }
  return {
    language,
    rules,
    wordClasses,
    numberShapes: Object.entries(shapes).map(([name, regex]) => ({ name, test: new RegExp(`(?<!\\d)(?:${regex})(?!\\d)`, 'u') })),
    // \s*(?:,\s*)? rather than \s*,?\s*: two \s* side by side try every split of a run of spaces before
    // failing, a cost that grows with the square of the run, and the gap between a clock and a day may be a page.
    clockDayGap: new RegExp(`^\\s*(?:,\\s*)?(?:(?:${alternation(resource.clockDayJoiners)})\\s*(?:,\\s*)?)*$`, 'iu'),
    clockDayLink: new RegExp(
      `^\\s*(?:,\\s*)?(?:(?:${alternation(resource.clockDayJoiners)})\\s*(?:,\\s*)?)*(?:${alternation(resource.clockDayLinks)})\\s+$`,
      'iu',
    ),
    prepositionBefore: new RegExp(`${wordEdgeBefore}(?<preposition>${alternation(Object.keys(resource.tense.prepositions))})\\s+${clockBeforeDay}$`, 'iu'),
    clockHourWords: lowerKeys(resource.clockHourWords),
    dayPartsAfterNoon: new Set(resource.dayPartsAfterNoon.map((word) => word.toLowerCase())),
    unitLikeWords: lowerKeys(resource.unitLikeWords),
    prepositionDirections: new Map(Object.entries(resource.tense.prepositions).map(([word, direction]) => [word, direction === 'past' ? 'past' : 'future'])),
    months: lowerKeys(calendar.months),
    weekdays: lowerKeys(calendar.weekdays),
    numbers: lowerKeys(resource.numbers),
    numberJoiners: new Set(resource.numberJoiners),
    ordinals: lowerKeys(resource.ordinals),
    romanNumerals: new Map(Object.entries(resource.romanNumerals)),
    units: lowerKeys(resource.units),
    relativeDays: lowerKeys(resource.relativeDays),
    nights: lowerKeys(resource.nights),
    partsOfDay: lowerKeys(resource.partsOfDay),
    seasons: lowerKeys(resource.seasons),
    holidays: lowerKeys(resource.holidays),
    references: lowerKeys(resource.references),
    sets: lowerKeys(resource.sets),
    guardedSets: lowerKeys(resource.guardedSets),
    guardedReferences: lowerKeys(resource.guardedReferences),
    adjectiveCues: lowerKeys(resource.adjectiveCues),
    spokenCenturies: lowerKeys(resource.spokenYears.centuries),
    spokenMillennia: lowerKeys(resource.spokenYears.millennia),
    cues,
    yearsAgoFromReportedQuarter: resource.yearsAgoFromReportedQuarter,
    capitalizedNames: resource.capitalizedNames,
    namesBeforeDates: new Set(resource.namesBeforeDates),
    properWords: resource.capitalizedNames
      ? wordsOf([...Object.keys(calendar.months), ...Object.keys(calendar.weekdays), ...Object.keys(resource.holidays)])
      : new Set(),
    monthWordsNeedingDayOrYear: new Set(resource.monthWordsNeedingDayOrYear),
    seasonWordsNeedingDeterminer: new Set(resource.seasonWordsNeedingDeterminer),
    tense,
    pastPerfect: resource.tense.pastPerfect ? new RegExp(`${wordEdgeBefore}(?:${alternation(resource.tense.pastPerfect)})${wordEdgeAfter}`, 'iu') : null,
  };
}

let compiledLexicons: Record<TimeLanguage, TimeLexicon> | undefined;

/** Both languages' lexicons, compiled when first asked for: a process that only reads cached analyses (a warm start's main thread) never needs them. */
export function timeLexicons(): Record<TimeLanguage, TimeLexicon> {
  compiledLexicons ??= { es: compileLexicon('es', esTime, esCalendar), en: compileLexicon('en', enTime, enCalendar) };
  return compiledLexicons;
}

/** A phrase's longest word, the last of equally long ones. */
function longestWord(phrase: string): string {
  return phrase.split(' ').reduce((longest, word) => (word.length >= longest.length ? word : longest));
}

/** A phrase as the lexicon keys it: lower case, single spaces. */
export function normalizeWords(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
