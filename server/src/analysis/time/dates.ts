// Resolvers for calendar dates: day-month-year, weekdays, years, decades, centuries, quarters,
// seasons and holidays. An expression without a year takes it from a nearby explicit date, else
// from the article date in the direction its cue word or tense gives.
import { differenceInCalendarDays } from 'date-fns';
import type { Anchor } from './calendar';
import { dayString, formatAt, makeDate, nearestWeekday, pad2, parseValueDate, weekdayInWeek } from './calendar';
import type { CueDirection } from './lexicon';
import { normalizeWords } from './lexicon';
import { parseNumber } from './numbers';
import type { Groups, Resolution, ResolveScope } from './scope';
import { absolute, cueOf, directionOf, explicitYear, fromAnchor, isCapitalized, lookup, numberIn } from './scope';

export function resolveCalendar(groups: Groups, scope: ResolveScope): Resolution | null {
  const resolution = resolveCalendarDate(groups, scope);
  // "the week of March 6": the week that day falls in.
  const date = groups.weekOf && resolution?.value ? parseValueDate(resolution.value, 'D') : null;
  return resolution && date ? { ...resolution, value: formatAt(date, 'W') } : resolution;
}

function resolveCalendarDate(groups: Groups, scope: ResolveScope): Resolution | null {
  const { lexicon } = scope;
  const monthWord = (groups.month ?? groups.monthAbbr)?.replace(/\.$/, '');
  if (monthWord && lexicon.capitalizedNames && !isCapitalized(monthWord)) return null;
  if (groups.weekday && lexicon.capitalizedNames && !isCapitalized(groups.weekday)) return null;
  const month = monthWord ? (lookup(lexicon.months, monthWord) ?? null) : groups.monthNumber ? Number(groups.monthNumber) : null;
  const day = groups.day ? dayNumber(groups.day, scope) : null;
  const year = explicitYear(groups.year ?? groups.yearAhead, scope.lexicon);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (monthWord && day === null && year === null && lexicon.monthWordsNeedingDayOrYear.has(normalizeWords(monthWord))) return null;
  // TimeBank marks "Friday morning" a DATE whose value names the part of the day.
  const partOfDay = lookup(lexicon.partsOfDay, groups.partOfDay);
  const withPart = (value: string) => (partOfDay ? `${value}T${partOfDay}` : value);

  if (month !== null) {
    if (year !== null) {
      if (day === null) return absolute('DATE', `${year}-${pad2(month)}`, year);
      const date = makeDate(year, month, day);
      return date ? absolute('DATE', withPart(dayString(date)), year) : null;
    }
    const yearShift = groups.yearThis ? 0 : groups.yearPast ? -1 : groups.yearNext ? 1 : null;
    if (yearShift !== null) return inArticleYear(month, day, yearShift, scope);
    return resolveMonthDay(month, day, groups, scope, withPart);
  }
  const weekday = groups.weekday ? lookup(lexicon.weekdays, groups.weekday) : undefined;
  if (day !== null) return resolveDayOfMonth(day, groups, scope, withPart);
  if (weekday === undefined) return null;
  // "on Monday and Tuesday nights": every such night.
  if (groups.recurring && partOfDay) return absolute('SET', `XXXX-WXX-${weekday}T${partOfDay}`);
  return resolveWeekday(weekday, groups, scope, withPart);
}

function dayNumber(text: string, scope: ResolveScope): number | null {
  const digits = /^\d+/.exec(text);
  if (digits) return Number(digits[0]);
  return lookup(scope.lexicon.ordinals, text) ?? parseNumber(text, scope.lexicon);
}

/** A month (and day) without a year: the carried year, else the occurrence the cue word or closeness picks. */
function resolveMonthDay(month: number, day: number | null, groups: Groups, scope: ResolveScope, withPart: (value: string) => string): Resolution | null {
  const cue = cueOf(groups, scope.lexicon);
  if (scope.carriedYear !== null && cue === null && !pastYearForFuture(scope.carriedYear, scope)) {
    if (day === null) return absolute('DATE', `${scope.carriedYear}-${pad2(month)}`);
    const date = makeDate(scope.carriedYear, month, day);
    return date ? absolute('DATE', withPart(dayString(date))) : null;
  }
  return fromAnchor('DATE', scope, (anchor) => {
    const year = cue === null ? yearWithoutCue(anchor, month, day, scope.tense()) : yearInDirection(anchor, month, day ?? 1, day === null, cue);
    if (day === null) return `${year}-${pad2(month)}`;
    const date = makeDate(year, month, day);
    return date ? withPart(dayString(date)) : null;
  });
}

// "invited in July 1997, will officially join on March 12": a past year does not carry to a date the sentence puts ahead.
function pastYearForFuture(year: number, scope: ResolveScope): boolean {
  return scope.anchor !== null && scope.anchor.yearKnown && year < scope.anchor.date.getFullYear() && scope.tense() === 'future';
}

function identity(value: string): string {
  return value;
}

function yearInDirection(anchor: Anchor, month: number, day: number, wholeMonth: boolean, direction: CueDirection | null): number {
  const year = anchor.date.getFullYear();
  const anchorMonth = anchor.date.getMonth() + 1;
  const anchorDay = anchor.date.getDate();
  const after = month > anchorMonth || (month === anchorMonth && !wholeMonth && day > anchorDay);
  const before = month < anchorMonth || (month === anchorMonth && !wholeMonth && day < anchorDay);
  if (direction === 'past' && after) return year - 1;
  if (direction === 'future' && before) return year + 1;
  return year;
}

/** "noviembre de este año", "el 3 de mayo del año pasado". */
function inArticleYear(month: number, day: number | null, yearShift: number, scope: ResolveScope): Resolution | null {
  return fromAnchor('DATE', scope, (anchor) => {
    const year = anchor.date.getFullYear() + yearShift;
    if (day === null) return `${year}-${pad2(month)}`;
    const date = makeDate(year, month, day);
    return date ? dayString(date) : null;
  });
}

/** "el día 8", "el 5": a day of the article's month, or of the next or last one. */
function resolveDayOfMonth(day: number, groups: Groups, scope: ResolveScope, withPart: (value: string) => string): Resolution | null {
  const direction = directionOf(groups, scope);
  return fromAnchor('DATE', scope, (anchor) => {
    const anchorDay = anchor.date.getDate();
    let year = anchor.date.getFullYear();
    let month = anchor.date.getMonth() + 1;
    const step = direction === 'past' && day > anchorDay ? -1 : direction === 'future' && day < anchorDay ? 1 : 0;
    month += step;
    if (month < 1) [month, year] = [12, year - 1];
    if (month > 12) [month, year] = [1, year + 1];
    const date = makeDate(year, month, day);
    return date ? withPart(dayString(date)) : null;
  });
}

/** News convention: a bare weekday is the nearest one, looking back unless the sentence looks ahead. */
function resolveWeekday(weekday: number, groups: Groups, scope: ResolveScope, withPart: (value: string) => string): Resolution | null {
  const cue = cueOf(groups, scope.lexicon);
  // A yearless dateline gives no weekday to count from: the expression stays, unresolved.
  if (scope.anchor && !scope.anchor.yearKnown) return { type: 'DATE', value: null, relative: true };
  return fromAnchor('DATE', scope, (anchor) => {
    let date: Date;
    if (cue === 'same') date = weekdayInWeek(anchor.date, weekday);
    else if (cue === 'this') date = thisWeekday(anchor.date, weekday, scope.tense());
    else if (cue === 'past') date = nearestWeekday(anchor.date, weekday, -7, -1);
    else if (cue === 'future') date = nearestWeekday(anchor.date, weekday, 1, 7);
    // "Wednesday's ruling", "Thursday's closing price": what a possessive weekday names has happened.
    else if (!groups.possessive && scope.tense() === 'future') date = nearestWeekday(anchor.date, weekday, 0, 6);
    else date = nearestWeekday(anchor.date, weekday, -6, 0);
    return withPart(dayString(date));
  });
}

// "este miércoles" is this week's, unless the sentence says it is still to come or already past.
function thisWeekday(date: Date, weekday: number, tense: CueDirection | null): Date {
  if (tense === 'future') return nearestWeekday(date, weekday, 0, 6);
  if (tense === 'past') return nearestWeekday(date, weekday, -6, 0);
  return weekdayInWeek(date, weekday);
}

export function resolveYear(groups: Groups, scope: ResolveScope): Resolution | null {
  const year = explicitYear(groups.year, scope.lexicon);
  return year === null ? null : absolute('DATE', String(year), year);
}

export function resolveDecade(groups: Groups, scope: ResolveScope): Resolution | null {
  if (groups.decade) {
    const digits = groups.decade;
    if (digits.length === 4) return absolute('DATE', digits.slice(0, 3));
    return absolute('DATE', (digits.length === 2 ? '19' : '') + digits.slice(0, digits.length - 1));
  }
  const word = normalizeWords(groups.decadeWord ?? '').replace(/ies$/, 'y');
  const tens = scope.lexicon.numbers.get(word);
  return tens ? absolute('DATE', `19${tens / 10}`) : null;
}

export function resolveCentury(groups: Groups, scope: ResolveScope): Resolution | null {
  const text = groups.century ?? groups.centuryOrdinal ?? '';
  const digits = /^\d+/.exec(text)?.[0];
  const century = scope.lexicon.romanNumerals.get(text.toUpperCase()) ?? (digits ? Number(digits) : lookup(scope.lexicon.ordinals, text));
  return century && century > 0 ? absolute('DATE', pad2(century - 1)) : null;
}

export function resolveQuarter(groups: Groups, scope: ResolveScope): Resolution | null {
  const unit = lookup(scope.lexicon.units, groups.unit) ?? (normalizeWords(groups.unit ?? '') === 'half' ? 'HY' : undefined);
  if (unit !== 'Q' && unit !== 'HY') return null;
  const parts = unit === 'Q' ? 4 : 2;
  const ordinal = lookup(scope.lexicon.ordinals, groups.ordinal) ?? numberIn(groups, 'ordinal', scope.lexicon);
  const index = ordinal === -1 ? parts : ordinal;
  if (!index || index < 1 || index > parts) return null;
  const label = unit === 'Q' ? `Q${index}` : `H${index}`;
  // "the year-earlier third quarter": the same quarter a year before the one the text is about.
  const yearsBack = groups.yearAgo ? 1 : 0;
  const year = explicitYear(groups.year ?? groups.yearAfter, scope.lexicon);
  if (year !== null) return absolute('DATE', `${year - yearsBack}-${label}`, year);
  const cue = cueOf(groups, scope.lexicon);
  if (scope.carriedYear !== null && cue === null) return absolute('DATE', `${scope.carriedYear - yearsBack}-${label}`);
  return fromAnchor('DATE', scope, (anchor) => {
    const anchorPart = unit === 'Q' ? Math.floor(anchor.date.getMonth() / 3) + 1 : anchor.date.getMonth() < 6 ? 1 : 2;
    let result = anchor.date.getFullYear() - yearsBack;
    if (cue === 'past') result -= 1;
    else if (cue === 'future') result += 1;
    else if (cue === null && index > anchorPart && scope.tense() !== 'future') result -= 1;
    return `${result}-${label}`;
  });
}

const seasonStartMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function resolveSeason(groups: Groups, scope: ResolveScope): Resolution | null {
  const season = lookup(scope.lexicon.seasons, groups.season);
  if (!season || !groups.season) return null;
  const bare = normalizeWords(groups.season) === normalizeWords(groups.whole ?? '');
  if (bare && scope.lexicon.seasonWordsNeedingDeterminer.has(normalizeWords(groups.season))) return null;
  const year = explicitYear(groups.year, scope.lexicon);
  if (year !== null) return absolute('DATE', `${year}-${season}`, year);
  const direction = cueOf(groups, scope.lexicon);
  return fromAnchor('DATE', scope, (anchor) => {
    const started = anchor.date.getMonth() + 1 >= seasonStartMonth[season];
    let result = anchor.date.getFullYear();
    if (direction === 'past' && !started) result -= 1;
    if (direction === 'future' && started) result += 1;
    return `${result}-${season}`;
  });
}

/** A holiday is a fixed day ("12-25") or the nth weekday of a month ("11/4/4": fourth Thursday of November; -1: the last),
 * counted from a given day when there is a fourth number ("11/1/2/2": the first Tuesday from 2 November, US Election Day). */
export function resolveHoliday(groups: Groups, scope: ResolveScope): Resolution | null {
  const rule = lookup(scope.lexicon.holidays, groups.holiday);
  if (!rule) return null;
  const year = explicitYear(groups.year, scope.lexicon);
  if (rule.includes('/')) {
    const [month, nth, weekday, fromDay = 1] = rule.split('/').map(Number);
    const inYear = (candidate: number) => nthWeekday(candidate, month, nth, weekday, fromDay);
    if (year !== null) return absolute('DATE', dayString(inYear(year)), year);
    const cue = cueOf(groups, scope.lexicon) ?? scope.tense();
    return fromAnchor('DATE', scope, (anchor) => {
      const thisYear = inYear(anchor.date.getFullYear());
      if (cue === 'past' && thisYear > anchor.date) return dayString(inYear(anchor.date.getFullYear() - 1));
      if (cue === 'future' && thisYear < anchor.date) return dayString(inYear(anchor.date.getFullYear() + 1));
      return dayString(thisYear);
    });
  }
  const [month, day] = rule.split('-').map(Number);
  if (year !== null) return absolute('DATE', `${year}-${rule}`, year);
  return resolveMonthDay(month, day, groups, scope, identity);
}

function nthWeekday(year: number, month: number, nth: number, weekday: number, fromDay: number): Date {
  if (nth > 0) {
    const first = makeDate(year, month, fromDay) ?? new Date(year, month - 1, fromDay);
    return nearestWeekday(first, weekday, 7 * (nth - 1), 7 * nth - 1);
  }
  const last = makeDate(year, month + 1, 1) ?? new Date(year, month, 1);
  return nearestWeekday(last, weekday, -7, -1);
}

export function resolveIso(groups: Groups): Resolution | null {
  const year = Number(groups.year);
  const date = makeDate(year, Number(groups.monthNumber), Number(groups.day));
  if (!date) return null;
  if (groups.hour === undefined) return absolute('DATE', dayString(date), year);
  return absolute('TIME', `${dayString(date)}T${groups.hour}:${groups.minute}`, year);
}

// Without a cue word, a day and month lie close to the article date (tense alone misleads: "las
// elecciones del 24 de enero" is five days ahead of an article of 19 January), unless the nearest
// lies far against the sentence's tense ("the year ended March 31", said in November, is the March
// before). A month alone follows the tense ("in March" said in October is the March before), unless
// it is at most two months away ("in January", said in November, is the coming one whatever the
// verb), and without a tense is the nearest ("December's figures" in February are the December before).
const daysAgainstTense = 120;
const monthsNearEnough = 2;

function yearWithoutCue(anchor: Anchor, month: number, day: number | null, tense: CueDirection | null): number {
  if (day === null) {
    const nearest = nearestYear(anchor, month, 15);
    const monthsAway = (nearest - anchor.date.getFullYear()) * 12 + month - (anchor.date.getMonth() + 1);
    if (tense === null || Math.abs(monthsAway) <= monthsNearEnough) return nearest;
    return yearInDirection(anchor, month, 1, true, tense);
  }
  const nearest = nearestYear(anchor, month, day);
  const date = makeDate(nearest, month, Math.min(day, 28));
  const days = date ? differenceInCalendarDays(date, anchor.date) : 0;
  if ((tense === 'past' && days > daysAgainstTense) || (tense === 'future' && days < -daysAgainstTense))
    return yearInDirection(anchor, month, day, false, tense);
  return nearest;
}

function nearestYear(anchor: Anchor, month: number, day: number): number {
  const year = anchor.date.getFullYear();
  const distance = (candidate: number) => Math.abs((makeDate(candidate, month, Math.min(day, 28))?.getTime() ?? 0) - anchor.date.getTime());
  return [year - 1, year, year + 1].reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
}
