// The temporal tagger: every time expression of an article (TIMEX3 DATE, TIME, DURATION, SET)
// with its span and value, resolved against the article date. The rules are resource data
// (resources/{es,en}/time.json and calendar.json); this file runs them and picks the matches.
import type { AnalysisInput, Sentence, TimeExpression } from '../types';
import type { Anchor } from './calendar';
import { parseAnchor } from './calendar';
import type { TimeLanguage, TimeLexicon } from './lexicon';
import { timeLexicons } from './lexicon';
import { NameReader } from './nameGuards';
import { resolveMatch } from './resolve';
import type { Candidate } from './scan';
import { chooseLongest, matchRules } from './scan';
import type { CarriedDay, Resolution, ResolveScope } from './scope';
import type { Direction } from './tense';
import { spanHolding } from '../spanSearch';
import { TenseReader } from './tense';

export { describeTimeValue } from './describe';
export type { TimeValueDescription } from './describe';

// A month and day take the year of a full date this close before them ("el 3 de mayo de 1998 y el
// 10 de junio"); farther back the article date is the better guess (measured on the training data).
const yearCarryChars = 100;

// The half-year and nine-month results that quarterly reports give beside the quarter's.
const reportingPeriods = /^P(?:6|9)M$/;

/** Every time expression of the article. The rules run near the input's tokens, so it needs them (as analyze.ts gives them). */
export function findTimeExpressions(input: AnalysisInput): TimeExpression[] {
  const languages: TimeLanguage[] = input.language === 'unknown' ? ['es', 'en'] : [input.language];
  const lexicons = timeLexicons();
  const from = input.tokens[0]?.start ?? 0;
  const candidates = languages.flatMap((language) => matchRules(input.text, input.tokens, from, lexicons[language]));
  const names = new NameReader(input.text, input.sentences);
  const anchor = parseAnchor(input.articleDate);
  const tenseReaders = { es: new TenseReader(input.text, lexicons.es), en: new TenseReader(input.text, lexicons.en) };
  let referenceQuarter: string | null = null;
  let previousDate: string | null = null;
  const tense = (candidate: Candidate) => () =>
    tenseReaders[candidate.lexicon.language].tenseAround(candidate.start, candidate.end, spanHolding(input.sentences, candidate.start));
  const scopeFor = (candidate: Candidate, carriedYear: number | null, carriedDay: CarriedDay | null): ResolveScope => ({
    lexicon: candidate.lexicon,
    anchor,
    carriedYear,
    carriedDay,
    referenceQuarter,
    previousDate,
    tense: tense(candidate),
  });
  // Choosing resolves every candidate once without context; a resolution that never looked at the
  // context is final, and is not computed again below.
  const contextFree = new Map<Candidate, Resolution>();
  const chosen = chooseLongest(candidates, input.text.length, (candidate) => {
    if (names.isPartOfName(candidate.start, candidate.end, candidate.lexicon)) return false;
    const scope = new ContextWatchingScope(candidate.lexicon, anchor, tense(candidate));
    const resolution = resolveMatch(candidate.rule, candidate.groups, scope);
    if (resolution && !scope.contextRead) contextFree.set(candidate, resolution);
    return resolution !== null;
  });
  const found: TimeExpression[] = [];
  let lastYear: { year: number; end: number } | null = null;
  let lastDay: (CarriedDay & { sentence: Sentence | null }) | null = null;
  for (const candidate of chosen) {
    const sentence = spanHolding(input.sentences, candidate.start);
    const carriedYear: number | null = lastYear && candidate.start - lastYear.end <= yearCarryChars ? lastYear.year : null;
    const carriedDay: CarriedDay | null = lastDay && sentence && lastDay.sentence === sentence ? lastDay : null;
    const resolution: Resolution | null =
      contextFree.get(candidate) ?? resolveMatch(candidate.rule, candidate.groups, scopeFor(candidate, carriedYear, carriedDay));
    if (!resolution) continue;
    if (resolution.explicitYear !== undefined && candidate.rule.kind === 'calendar') lastYear = { year: resolution.explicitYear, end: candidate.end };
    const day: string | undefined = resolution.type === 'DATE' && resolution.value ? /^\d{4}-\d{2}-\d{2}$/.exec(resolution.value)?.[0] : undefined;
    if (day) lastDay = { day, relative: resolution.relative, sentence };
    if (resolution.type === 'DATE' && resolution.value && /^\d{4}/.test(resolution.value)) previousDate = resolution.value;
    // Only a quarter the text names directly: "a year earlier" counted from it must not become the reference.
    if (candidate.rule.kind === 'quarter' && resolution.value && /^\d{4}-Q\d$/.test(resolution.value) && !quarterNotEnded(resolution.value, anchor))
      referenceQuarter = resolution.value;
    // Results for "the nine months" or "the first half" end the quarter's reign: "a year earlier" after them is the year before.
    if (resolution.type === 'DURATION' && resolution.value && reportingPeriods.test(resolution.value)) referenceQuarter = null;
    found.push({
      start: candidate.start,
      end: candidate.end,
      text: input.text.slice(candidate.start, candidate.end),
      type: resolution.type,
      value: resolution.value,
      relative: resolution.relative,
    });
  }
  return joinClockToDay(
    found,
    input.text,
    languages.map((language) => lexicons[language]),
  );
}

/** A scope without context (no carried year or day, no reference quarter, no previous date) that tells whether a resolver read any of it. */
class ContextWatchingScope implements ResolveScope {
  contextRead = false;

  constructor(
    readonly lexicon: TimeLexicon,
    readonly anchor: Anchor | null,
    readonly tense: () => Direction | null,
  ) {}

  get carriedYear(): null {
    return this.none();
  }

  get carriedDay(): null {
    return this.none();
  }

  get referenceQuarter(): null {
    return this.none();
  }

  get previousDate(): null {
    return this.none();
  }

  private none(): null {
    this.contextRead = true;
    return null;
  }
}

/** A quarter still running or to come ("a fourth-quarter charge", "losses through the third quarter of
 * 1990") is a forecast, not the quarter a report is about. */
function quarterNotEnded(quarter: string, anchor: Anchor | null): boolean {
  if (!anchor?.yearKnown) return false;
  const anchorQuarter = `${anchor.date.getFullYear()}-Q${Math.floor(anchor.date.getMonth() / 3) + 1}`;
  return quarter >= anchorQuarter;
}

/** "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": one TIME on that day; "3:45 p.m. on Sunday": two, the clock on Sunday. */
function joinClockToDay(found: TimeExpression[], text: string, languages: TimeLexicon[]): TimeExpression[] {
  const joined: TimeExpression[] = [];
  for (const timex of found) {
    const previous = joined[joined.length - 1];
    const clock = previous?.type === 'TIME' ? /T\d{2}:\d{2}Z?$/.exec(previous.value ?? '') : null;
    const day = timex.type === 'DATE' ? /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.exec(timex.value ?? '') : null;
    const gap = previous ? text.slice(previous.end, timex.start) : '';
    if (previous && clock && day && languages.some((lexicon) => lexicon.clockDayGap.test(gap))) {
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
    if (previous && clock && day && languages.some((lexicon) => lexicon.clockDayLink.test(gap))) {
      joined[joined.length - 1] = { ...previous, value: `${day[0]}${clock[0]}`, relative: previous.relative || timex.relative };
    }
    joined.push(timex);
  }
  return joined;
}
