// What a rule's resolver is given besides its match: the language's lexicon, the article date,
// the sentence's tense, the year of the last explicit date nearby, and helpers to read groups.
import type { TimexType } from '../types';
import type { Anchor } from './calendar';
import { withAnchorYear } from './calendar';
import type { CueDirection, TimeLexicon } from './lexicon';
import { normalizeWords } from './lexicon';
import { parseNumber } from './numbers';
import { startsUpperCase } from '../characters';
import type { Direction } from './tense';

/** A match's named groups, and `whole`: the text of the whole match. */
export type Groups = Record<string, string | undefined>;

export interface ResolveScope {
  lexicon: TimeLexicon;
  anchor: Anchor | null;
  /** The sentence's tense around the match, computed only when a resolver asks. */
  tense: () => Direction | null;
  /** The year of an explicit date shortly before, for "el 25 de noviembre" after "en 1998". */
  carriedYear: number | null;
  /** The day of a date earlier in the sentence, for a clock time after "mañana, domingo". */
  carriedDay: CarriedDay | null;
  /** The last quarter (YYYY-Qn) the article named: what "the quarter" and "a year earlier" in results news refer to. */
  referenceQuarter: string | null;
  /** The value of the last date before this one, for "that day", "ese mismo año". */
  previousDate: string | null;
}

export interface CarriedDay {
  /** YYYY-MM-DD */
  day: string;
  /** Whether that day came from the article date. */
  relative: boolean;
}

export interface Resolution {
  type: TimexType;
  value: string | null;
  relative: boolean;
  /** A year the expression states outright, carried to the dates that follow. */
  explicitYear?: number;
}

export function absolute(type: TimexType, value: string, explicitYear?: number): Resolution {
  return { type, value, relative: false, explicitYear };
}

/** A value computed from the article date, or null when the article date is unknown. */
export function fromAnchor(type: TimexType, scope: ResolveScope, compute: (anchor: Anchor) => string | null): Resolution | null {
  if (!scope.anchor) return { type, value: null, relative: true };
  const value = compute(scope.anchor);
  if (value === null) return null;
  return { type, value: withAnchorYear(value, scope.anchor), relative: true };
}

/** The direction a cue word in the match gives ("pasado", "next", "este"), if any. */
export function cueOf(groups: Groups, lexicon: TimeLexicon): CueDirection | null {
  for (const name of ['past', 'past2', 'future', 'future2', 'this']) {
    const word = groups[name];
    if (!word) continue;
    const direction = lexicon.cues.get(normalizeWords(word));
    if (direction) return direction;
    if (name.startsWith('past')) return 'past';
    if (name.startsWith('future')) return 'future';
    return 'this';
  }
  return null;
}

/** The cue's direction, else the sentence's tense. */
export function directionOf(groups: Groups, scope: ResolveScope): CueDirection | null {
  return cueOf(groups, scope.lexicon) ?? scope.tense();
}

export function offsetOf(direction: CueDirection | null): number {
  if (direction === 'past') return -1;
  if (direction === 'future') return 1;
  return 0;
}

export function numberIn(groups: Groups, name: string, lexicon: TimeLexicon): number | null {
  const text = groups[name];
  return text ? parseNumber(text, lexicon) : null;
}

export function lookup<T>(map: Map<string, T>, text: string | undefined): T | undefined {
  return text === undefined ? undefined : map.get(normalizeWords(text));
}

/** A year in figures ("1998", "'98" as 98) or in words ("nineteen ninety-eight", "two thousand"). */
export function explicitYear(text: string | undefined, lexicon: TimeLexicon): number | null {
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const year = Number(text);
    if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
    return year;
  }
  const words = normalizeWords(text).replace(/-/g, ' ');
  for (const [phrase, millennium] of lexicon.spokenMillennia) {
    if (words.startsWith(phrase)) return millennium + (parseNumber(words.slice(phrase.length).trim(), lexicon) ?? 0);
  }
  const [century, ...rest] = words.split(' ');
  const hundreds = lexicon.spokenCenturies.get(century);
  const inCentury = parseNumber(rest.join(' '), lexicon);
  return hundreds !== undefined && inCentury !== null ? hundreds * 100 + inCentury : null;
}

export function isCapitalized(word: string): boolean {
  return startsUpperCase(word);
}
