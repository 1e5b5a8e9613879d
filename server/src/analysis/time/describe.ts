// What the hover card says about a TIMEX3 value: the calendar day it names, its weekday, and how
// many days it lies from the article date.
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
