// What a pattern of time.json may say, checked when the rules compile: a kind the resolvers know
// (resolve.ts sends each kind to its resolver), a TIMEX3 type, and named groups the resolvers read.
// A typo ("calender", "(?<untit>") would otherwise compile and the rule would silently swallow its
// span or lose its value.
import type { TimexType } from '../types';

export const ruleKinds = [
  'calendar',
  'year',
  'decade',
  'century',
  'relativeUnit',
  'quarter',
  'ago',
  'fuzzyAgo',
  'later',
  'yearAgoPeriod',
  'reportedPeriod',
  'anaphoric',
  'duration',
  'relativeDay',
  'night',
  'partOfDay',
  'clock',
  'season',
  'holiday',
  'reference',
  'set',
  'iso',
] as const;

export type RuleKind = (typeof ruleKinds)[number];

const timexTypes: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

/** The named groups of a match that the resolvers read (time/dates.ts, relative.ts, spans.ts, scope.ts). */
const groupNames = new Set([
  // cue words and their direction (scope.ts cueOf)
  'past',
  'past2',
  'future',
  'future2',
  'this',
  'latest',
  'following',
  // calendar parts
  'day',
  'month',
  'monthAbbr',
  'monthNumber',
  'weekday',
  'weekOf',
  'year',
  'yearThis',
  'yearPast',
  'yearNext',
  'yearAhead',
  'yearAgo',
  'yearAfter',
  'decade',
  'decadeWord',
  'century',
  'centuryOrdinal',
  'ordinal',
  'half',
  'halfBefore',
  'season',
  'holiday',
  // amounts and units
  'number',
  'number2',
  'fuzzy',
  'unit',
  'unit2',
  'adjective',
  // times of day
  'hour',
  'minute',
  'ampm',
  'zone',
  'suffix',
  'dayPart',
  'dayWord',
  'dayWord2',
  'partOfDay',
  'partBefore',
  'night',
  // references and sets
  'reference',
  'guardedReference',
  'set',
  'guardedSet',
  'recurring',
  'possessive',
]);

export interface PatternResource {
  kind: string;
  type: string;
  example?: string;
  regex: string;
}

/** The pattern as a checked rule's kind and type; throws, naming the file and the rule, on anything unknown. */
export function checkPattern(file: string, index: number, pattern: PatternResource): { kind: RuleKind; type: TimexType } {
  const rule = `${file}, pattern ${index} (kind "${pattern.kind}"${pattern.example === undefined ? '' : `, example "${pattern.example}"`})`;
  const kind = ruleKinds.find((known) => known === pattern.kind);
  if (!kind) throw new Error(`${rule}: unknown kind "${pattern.kind}"; the kinds are ${ruleKinds.join(', ')}`);
  const type = timexTypes.find((known) => known === pattern.type);
  if (!type) throw new Error(`${rule}: unknown type "${pattern.type}"; the types are ${timexTypes.join(', ')}`);
  for (const [, name] of pattern.regex.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)) {
    if (!groupNames.has(name)) throw new Error(`${rule}: unknown group "${name}"; no resolver reads it (the groups are listed in time/ruleContract.ts)`);
  }
  return { kind, type };
}
