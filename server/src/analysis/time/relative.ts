// Resolvers for expressions counted from the article date: "este año", "la semana pasada",
// "hace dos años", "ayer por la tarde", "anoche", "a las 10.30 horas".
import { addDays } from 'date-fns';
import { dayString, formatAt, nearestWeekday, pad2, parseValueDate, shiftDate } from './calendar';
import type { Groups, Resolution, ResolveScope } from './scope';
import { absolute, cueOf, explicitYear, fromAnchor, lookup, numberIn, offsetOf } from './scope';

export function resolveRelativeUnit(groups: Groups, scope: ResolveScope): Resolution | null {
  // Words that are not units count as one: "this season", "the last half", "the latest period".
  const unit = lookup(scope.lexicon.units, groups.unit) ?? lookup(scope.lexicon.unitLikeWords, groups.unit);
  if (!unit) return null;
  const cue = cueOf(groups, scope.lexicon);
  // Without a cue ("the quarter", "the latest period"), a quarter in business news is the one the
  // article reports on: the last ended one it named, else the last one ended.
  const latest = groups.latest?.toLowerCase();
  if (cue === null && unit === 'Q' && latest !== 'current' && scope.referenceQuarter) return absolute('DATE', scope.referenceQuarter);
  if (cue === null && unit === 'WE') return fromAnchor('DATE', scope, (anchor) => formatAt(nearestWeekend(anchor.date, scope.tense()), 'WE'));
  // "For the week, the index dropped 3.8%": a week named by its article alone, which TimeBank leaves unknown.
  if (cue === null && unit === 'W' && !latest) return fromAnchor('DATE', scope, (anchor) => `${formatAt(anchor.date, 'Y')}-WXX`);
  // "the latest quarter", "the latest fiscal year": the last one ended.
  const offset = cue === null && ((unit === 'Q' && latest !== 'current') || latest === 'latest') ? -1 : offsetOf(cue);
  return fromAnchor('DATE', scope, (anchor) => formatAt(shiftDate(anchor.date, unit, offset), unit));
}

/** "over the weekend": the one just past, unless the sentence looks ahead. */
function nearestWeekend(date: Date, tense: string | null): Date {
  const saturday = 6;
  return tense === 'future' ? nearestWeekday(date, saturday, 0, 6) : nearestWeekday(date, saturday, -6, 0);
}

export function resolveAgo(groups: Groups, scope: ResolveScope, sign: number): Resolution | null {
  const amount = numberIn(groups, 'number', scope.lexicon);
  const unit = lookup(scope.lexicon.units, groups.unit);
  if (amount === null || !unit || !Number.isInteger(amount)) return null;
  if (unit === 'Y' && sign < 0 && scope.referenceQuarter && scope.lexicon.yearsAgoFromReportedQuarter)
    return absolute('DATE', quarterYearsBefore(scope.referenceQuarter, amount));
  const granularity = unit === 'H' || unit === 'MIN' || unit === 'S' ? 'D' : unit;
  return fromAnchor('DATE', scope, (anchor) => formatAt(shiftDate(anchor.date, unit, sign * amount), granularity));
}

function quarterYearsBefore(quarter: string, years: number): string {
  return `${Number(quarter.slice(0, 4)) - years}${quarter.slice(4)}`;
}

/** "the year-ago quarter", "year-earlier": the reported quarter a year before, else last year. */
export function resolveYearAgoPeriod(scope: ResolveScope): Resolution | null {
  if (scope.referenceQuarter) return absolute('DATE', quarterYearsBefore(scope.referenceQuarter, 1));
  return fromAnchor('DATE', scope, (anchor) => String(anchor.date.getFullYear() - 1));
}

/** "the 1988 period": the reported quarter in that year, or the year when the article reports no quarter. */
export function resolveReportedPeriod(groups: Groups, scope: ResolveScope): Resolution | null {
  const year = explicitYear(groups.year, scope.lexicon);
  if (year === null) return null;
  return absolute('DATE', scope.referenceQuarter ? `${year}${scope.referenceQuarter.slice(4)}` : String(year), year);
}

/** "that day", "ese mismo año", "the following month": the last date named (or the one after it), at the unit's granularity; else the article's. */
export function resolveAnaphoric(groups: Groups, scope: ResolveScope): Resolution | null {
  const unit = lookup(scope.lexicon.units, groups.unit);
  if (!unit) return null;
  // "the following year": the one after the last date named.
  const step = groups.following ? 1 : 0;
  const previous = scope.previousDate ? parseValueDate(scope.previousDate, unit) : null;
  if (previous) return absolute('DATE', formatAt(shiftDate(previous, unit, step), unit));
  return fromAnchor('DATE', scope, (anchor) => formatAt(shiftDate(anchor.date, unit, step), unit));
}

export function resolveDayWord(text: string | undefined, scope: ResolveScope): number | undefined {
  return lookup(scope.lexicon.relativeDays, text);
}

export function resolveRelativeDay(groups: Groups, scope: ResolveScope): Resolution | null {
  const offset = resolveDayWord(groups.dayWord, scope);
  if (offset === undefined) return null;
  const partOfDay = lookup(scope.lexicon.partsOfDay, groups.partOfDay ?? groups.partBefore);
  return fromAnchor(partOfDay ? 'TIME' : 'DATE', scope, (anchor) => {
    const day = dayString(addDays(anchor.date, offset));
    return partOfDay ? `${day}T${partOfDay}` : day;
  });
}

export function resolveNight(groups: Groups, scope: ResolveScope): Resolution | null {
  const offset = lookup(scope.lexicon.nights, groups.night);
  if (offset === undefined) return null;
  return fromAnchor('TIME', scope, (anchor) => `${dayString(addDays(anchor.date, offset))}TNI`);
}

export function resolvePartOfDay(groups: Groups, scope: ResolveScope): Resolution | null {
  const partOfDay = lookup(scope.lexicon.partsOfDay, groups.partOfDay);
  if (!partOfDay) return null;
  const dayWordOffset = resolveDayWord(groups.dayWord ?? groups.dayWord2, scope);
  // "El mismo día por la tarde", "el lunes 20 … por la mañana": the day named earlier in the sentence.
  if (dayWordOffset === undefined && !groups.past && !groups.this && scope.carriedDay)
    return { type: 'TIME', value: `${scope.carriedDay.day}T${partOfDay}`, relative: scope.carriedDay.relative };
  const offset = dayWordOffset ?? (groups.past ? -1 : 0);
  return fromAnchor('TIME', scope, (anchor) => `${dayString(addDays(anchor.date, offset))}T${partOfDay}`);
}

export function resolveClock(groups: Groups, scope: ResolveScope): Resolution | null {
  const hourText = groups.hour?.toLowerCase() ?? '';
  let hour = scope.lexicon.clockHourWords.get(hourText) ?? Number(hourText);
  const minute = groups.minute === undefined ? 0 : Number(groups.minute);
  const meridiem = groups.ampm?.toLowerCase().replace(/[\s.]/g, '');
  const dayPart = groups.dayPart?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (dayPart && scope.lexicon.dayPartsAfterNoon.has(dayPart) && hour < 12) hour += 12;
  // "las 10 mejores" is not a time: a bare hour needs its minutes or a word such as "horas".
  if (/^\d+$/.test(hourText) && groups.minute === undefined && groups.suffix === undefined) return null;
  if (!(hour >= 0 && hour < 24) || minute > 59 || (meridiem && Number(hourText) > 12)) return null;
  const offset = resolveDayWord(groups.dayWord, scope);
  const clock = `T${pad2(hour)}:${pad2(minute)}${groups.zone ? 'Z' : ''}`;
  if (offset === undefined && scope.carriedDay) return { type: 'TIME', value: `${scope.carriedDay.day}${clock}`, relative: scope.carriedDay.relative };
  if (!scope.anchor) return { type: 'TIME', value: `XXXX-XX-XX${clock}`, relative: false };
  return fromAnchor('TIME', scope, (anchor) => `${dayString(addDays(anchor.date, offset ?? 0))}${clock}`);
}
