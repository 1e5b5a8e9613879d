// What a TIMEX3 value says, taken apart for a reader: the calendar day it names, its weekday and
// its distance from the article date, or else what kind of time it is (a month, a season, a
// century, a span of 17 days) with its parts. The words are the display's; this says what to word.
import { differenceInCalendarDays } from 'date-fns';
import { isoWeekday, makeDate, parseAnchor } from './calendar';

export interface TimeValueDescription {
  /** YYYY-MM-DD when the value names a single day (a TIME's day included). */
  calendarDate: string | null;
  /** 1 = Monday .. 7 = Sunday, for a single day. */
  weekday: number | null;
  /** Days from the article date to that day (negative: before it). */
  daysFromArticle: number | null;
}

export function describeTimeValue(value: string, articleDate: string | null): TimeValueDescription {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  const day = match ? makeDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!match || !day) return { calendarDate: null, weekday: null, daysFromArticle: null };
  const anchor = parseAnchor(articleDate);
  return {
    calendarDate: `${match[1]}-${match[2]}-${match[3]}`,
    weekday: isoWeekday(day),
    daysFromArticle: anchor?.yearKnown ? differenceInCalendarDays(day, anchor.date) : null,
  };
}

/** Morning, afternoon, evening, night, daytime. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** TIMEX3 duration units; `TM` is minutes (M after the T), `M` months. */
export type DurationUnit = 'ML' | 'CE' | 'DE' | 'Y' | 'Q' | 'M' | 'W' | 'D' | 'H' | 'TM' | 'S';

/** A TIMEX3 value's parts; a year, week or amount that the value leaves open (XXXX, WXX, PXY) is null. */
export type TimeValueParts =
  | { kind: 'day'; year: number | null; month: number; day: number; clock: string | null; partOfDay: PartOfDay | null }
  | { kind: 'month'; year: number | null; month: number }
  | { kind: 'year'; year: number | null }
  | { kind: 'decade'; firstYear: number }
  | { kind: 'century'; ordinal: number }
  | { kind: 'season'; year: number | null; season: Season }
  | { kind: 'quarter' | 'half'; year: number | null; ordinal: number }
  | { kind: 'week'; year: number | null; week: number | null; weekend: boolean }
  | { kind: 'weekday'; weekday: number; partOfDay: PartOfDay | null }
  | { kind: 'reference'; reference: 'past' | 'present' | 'future' }
  | { kind: 'duration'; parts: { amount: number | null; unit: DurationUnit }[] }
  | { kind: 'other' };

const references = { PAST_REF: 'past', PRESENT_REF: 'present', FUTURE_REF: 'future' } as const;
const year = '(\\d{4}|XXXX)';
const day = new RegExp(`^${year}-(\\d{2})-(\\d{2})(?:T(?:(\\d{2}:\\d{2})(?::\\d{2})?|(MO|AF|EV|NI|DT)))?$`);
const month = new RegExp(`^${year}-(\\d{2})$`);
const season = new RegExp(`^${year}-(SP|SU|FA|WI)$`);
const quarterOrHalf = new RegExp(`^${year}-([QH])([1-4])$`);
const week = new RegExp(`^${year}-W(\\d{2}|XX)(-WE)?$`);
const weekday = /^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI|DT))?$/;
const duration = /^P(?:(?:\d+(?:\.\d+)?|X)(?:ML|CE|DE|Y|Q|M|W|D))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?$/;
const durationPart = /(\d+(?:\.\d+)?|X)(ML|CE|DE|Y|Q|M|W|D|H|S)/g;

export function timeValueParts(value: string): TimeValueParts {
  const yearOf = (written: string) => (written === 'XXXX' ? null : Number(written));
  let match: RegExpExecArray | null;
  if (value in references) return { kind: 'reference', reference: references[value as keyof typeof references] };
  if ((match = day.exec(value)))
    return {
      kind: 'day',
      year: yearOf(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      clock: match[4] ?? null,
      partOfDay: (match[5] as PartOfDay | undefined) ?? null,
    };
  if ((match = month.exec(value))) return { kind: 'month', year: yearOf(match[1]), month: Number(match[2]) };
  if (/^(\d{4}|XXXX)$/.test(value)) return { kind: 'year', year: yearOf(value) };
  if (/^\d{3}$/.test(value)) return { kind: 'decade', firstYear: Number(value) * 10 };
  // "20" is the years 2000 to 2099: the 21st century.
  if (/^\d{2}$/.test(value)) return { kind: 'century', ordinal: Number(value) + 1 };
  if ((match = season.exec(value))) return { kind: 'season', year: yearOf(match[1]), season: match[2] as Season };
  if ((match = quarterOrHalf.exec(value))) return { kind: match[2] === 'Q' ? 'quarter' : 'half', year: yearOf(match[1]), ordinal: Number(match[3]) };
  if ((match = week.exec(value))) return { kind: 'week', year: yearOf(match[1]), week: match[2] === 'XX' ? null : Number(match[2]), weekend: !!match[3] };
  if ((match = weekday.exec(value))) return { kind: 'weekday', weekday: Number(match[1]), partOfDay: (match[2] as PartOfDay | undefined) ?? null };
  if (duration.test(value) && value.length > 1) {
    const timeStart = value.indexOf('T');
    const parts = [...value.matchAll(durationPart)].map((part) => ({
      amount: part[1] === 'X' ? null : Number(part[1]),
      unit: (part[2] === 'M' && timeStart >= 0 && part.index > timeStart ? 'TM' : part[2]) as DurationUnit,
    }));
    return { kind: 'duration', parts };
  }
  return { kind: 'other' };
}
