// Calendar arithmetic for TIMEX3 values, on date-fns: shifting by a unit and writing a date at a
// unit's granularity (2025, 2025-12, 2025-W50, 2025-Q4, 199, 20, ...).
import { addDays, addMonths, addWeeks, addYears, getISODay, getISOWeek, getISOWeekYear } from 'date-fns';

/** The article date a relative expression is resolved against. */
export interface Anchor {
  date: Date;
  /** False for a dateline without a year ("23 may"): the year is written as XXXX. */
  yearKnown: boolean;
}

// A leap year, so that a yearless dateline of 29 February is still a day.
const placeholderYear = 2000;

export function parseAnchor(articleDate: string | null): Anchor | null {
  const match = articleDate ? /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(articleDate) : null;
  if (!match) return null;
  const yearKnown = match[1] !== 'XXXX';
  const year = yearKnown ? Number(match[1]) : placeholderYear;
  return { date: makeDate(year, Number(match[2]), Number(match[3])) ?? new Date(year, 0, 1), yearKnown };
}

/** A local-time date, or null when the day does not exist (30 February). */
export function makeDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  date.setFullYear(year);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/** Moves a date by whole units; units are the codes of time.json's `units`. */
export function shiftDate(date: Date, unit: string, amount: number): Date {
  switch (unit) {
    case 'D':
      return addDays(date, amount);
    case 'W':
    case 'WE':
      return addWeeks(date, amount);
    case 'FN':
      return addWeeks(date, 2 * amount);
    case 'M':
      return addMonths(date, amount);
    case 'Q':
      return addMonths(date, 3 * amount);
    case 'HY':
      return addMonths(date, 6 * amount);
    case 'Y':
      return addYears(date, amount);
    case 'DE':
      return addYears(date, 10 * amount);
    case 'CE':
      return addYears(date, 100 * amount);
    case 'ML':
      return addYears(date, 1000 * amount);
    default:
      return date;
  }
}

/** The TIMEX3 value naming the unit-long period that contains the date. */
export function formatAt(date: Date, unit: string): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  switch (unit) {
    case 'Y':
      return year;
    case 'M':
      return `${year}-${pad2(date.getMonth() + 1)}`;
    case 'Q':
      return `${year}-Q${Math.floor(date.getMonth() / 3) + 1}`;
    case 'HY':
      return `${year}-H${date.getMonth() < 6 ? 1 : 2}`;
    case 'W':
    case 'FN':
      return isoWeek(date);
    case 'WE':
      return `${isoWeek(date)}-WE`;
    case 'DE':
      return year.slice(0, 3);
    case 'CE':
      return year.slice(0, 2);
    case 'ML':
      return year.slice(0, 1);
    default:
      return dayString(date);
  }
}

function isoWeek(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** Hides the placeholder year of a yearless anchor. */
export function withAnchorYear(value: string, anchor: Anchor): string {
  return anchor.yearKnown ? value : value.replace(/^\d{4}/, 'XXXX');
}

export function isoWeekday(date: Date): number {
  return getISODay(date);
}

/** The date of an ISO weekday (1 = Monday) in the week of `date`. */
export function weekdayInWeek(date: Date, weekday: number): Date {
  return addDays(date, weekday - getISODay(date));
}

/** The nearest date on the weekday whose distance from `date` in days lies in [from, to]. */
export function nearestWeekday(date: Date, weekday: number, from: number, to: number): Date {
  for (let offset = from; offset <= to; offset++) {
    const candidate = addDays(date, offset);
    if (getISODay(candidate) === weekday) return candidate;
  }
  return date;
}

// Written by hand: date-fns's format parses its pattern on every call, and this runs for every date.
export function dayString(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

// The first day a TIMEX3 date value names, when it is at least as fine as the unit.
export function parseValueDate(value: string, unit: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const needsMonth = unit !== 'Y' && unit !== 'DE' && unit !== 'CE';
  const needsDay = unit === 'D' || unit === 'W' || unit === 'WE';
  if ((needsMonth && !match[2]) || (needsDay && !match[3])) return null;
  return makeDate(Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1));
}
