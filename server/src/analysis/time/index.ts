// The temporal tagger: every time expression of an article (TIMEX3 DATE, TIME, DURATION, SET)
// with its span and value, resolved against the article date. The rules are resource data
// (resources/{es,en}/time.json and calendar.json); this file runs them and picks the matches.
import type { AnalysisInput, Sentence, TimeExpression } from '../types';
import { parseAnchor } from './calendar';
import type { TimeLanguage, TimeLexicon, TimeRule } from './lexicon';
import { lexicons } from './lexicon';
import { resolveMatch } from './resolve';
import type { Groups, ResolveScope } from './scope';
import { sentenceAt, tenseAround } from './tense';

export { describeTimeValue } from './describe';
export type { TimeValueDescription } from './describe';

interface Candidate {
  start: number;
  end: number;
  rule: TimeRule;
  ruleIndex: number;
  groups: Groups;
  lexicon: TimeLexicon;
}

// A month and day take the year of a full date this close before them ("el 3 de mayo de 1998 y el
// 10 de junio"); farther back the article date is the better guess (measured on the training data).
const yearCarryChars = 100;

export function findTimeExpressions(input: AnalysisInput): TimeExpression[] {
  const languages: TimeLanguage[] = input.language === 'unknown' ? ['es', 'en'] : [input.language];
  const from = input.tokens[0]?.start ?? 0;
  const candidates = languages.flatMap((language) => matchRules(input.text, from, lexicons[language]));
  const anchor = parseAnchor(input.articleDate);
  let referenceQuarter: string | null = null;
  let previousDate: string | null = null;
  const scopeFor = (candidate: Candidate, carriedYear: number | null, carriedDay: string | null): ResolveScope => ({
    lexicon: candidate.lexicon,
    anchor,
    carriedYear,
    carriedDay,
    referenceQuarter,
    previousDate,
    tense: () => tenseAround(input.text, candidate.start, candidate.end, sentenceAt(input.sentences, candidate.start), candidate.lexicon),
  });
  const chosen = chooseLongest(candidates, (candidate) => resolveMatch(candidate.rule, candidate.groups, scopeFor(candidate, null, null)) !== null);
  const found: TimeExpression[] = [];
  let lastYear: { year: number; end: number } | null = null;
  let lastDay: { day: string; sentence: Sentence | null } | null = null;
  for (const candidate of chosen) {
    const sentence = sentenceAt(input.sentences, candidate.start);
    const carriedYear = lastYear && candidate.start - lastYear.end <= yearCarryChars ? lastYear.year : null;
    const carriedDay = lastDay && sentence && lastDay.sentence === sentence ? lastDay.day : null;
    const resolution = resolveMatch(candidate.rule, candidate.groups, scopeFor(candidate, carriedYear, carriedDay));
    if (!resolution) continue;
    if (resolution.explicitYear !== undefined && candidate.rule.kind === 'calendar') lastYear = { year: resolution.explicitYear, end: candidate.end };
    const day = resolution.type === 'DATE' && resolution.value ? /^\d{4}-\d{2}-\d{2}$/.exec(resolution.value)?.[0] : undefined;
    if (day) lastDay = { day, sentence };
    if (resolution.type === 'DATE' && resolution.value && /^\d{4}/.test(resolution.value)) previousDate = resolution.value;
    // Only a quarter the text names directly: "a year earlier" counted from it must not become the reference.
    if (candidate.rule.kind === 'quarter' && resolution.value && /^\d{4}-Q\d$/.test(resolution.value)) referenceQuarter = resolution.value;
    found.push({
      start: candidate.start,
      end: candidate.end,
      text: input.text.slice(candidate.start, candidate.end),
      type: resolution.type,
      value: resolution.value,
      relative: resolution.relative,
    });
  }
  return joinClockToDay(found, input.text);
}

// Between a clock time and the day it falls on: a comma, a time zone ("5 p.m. EST, Nov. 9").
const clockDayGap = /^\s*,?\s*(?:\p{Lu}{2,4}\s*,?\s*)?$/u;

/** "10 p.m. Wednesday", "9 a.m. EST Tuesday": one TIME on that day. */
function joinClockToDay(found: TimeExpression[], text: string): TimeExpression[] {
  const joined: TimeExpression[] = [];
  for (const timex of found) {
    const previous = joined[joined.length - 1];
    const clock = previous?.type === 'TIME' ? /T\d{2}:\d{2}Z?$/.exec(previous.value ?? '') : null;
    const day = timex.type === 'DATE' ? /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.exec(timex.value ?? '') : null;
    if (previous && clock && day && clockDayGap.test(text.slice(previous.end, timex.start))) {
      joined[joined.length - 1] = {
        start: previous.start,
        end: timex.end,
        text: text.slice(previous.start, timex.end),
        type: 'TIME',
        value: `${day[0]}${clock[0]}`,
        relative: previous.relative || timex.relative,
      };
      continue;
    }
    joined.push(timex);
  }
  return joined;
}

function matchRules(text: string, from: number, lexicon: TimeLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  lexicon.rules.forEach((rule, ruleIndex) => {
    rule.pattern.lastIndex = from;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const trimmed = trimSpaces(match.index, match.index + match[0].length, text);
      const groups: Groups = { ...match.groups, whole: text.slice(trimmed.start, trimmed.end) };
      candidates.push({ ...trimmed, rule, ruleIndex, groups, lexicon });
    }
  });
  return candidates;
}

// Optional leading words in a pattern may leave a space at an edge.
function trimSpaces(start: number, end: number, text: string): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The longest acceptable matches that do not overlap, in text order; ties go to the earlier rule. */
function chooseLongest(candidates: Candidate[], acceptable: (candidate: Candidate) => boolean): Candidate[] {
  const byPreference = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.ruleIndex - b.ruleIndex);
  const taken: Candidate[] = [];
  for (const candidate of byPreference) {
    if (taken.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    if (acceptable(candidate)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}
