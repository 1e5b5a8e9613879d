// The hover card of a time expression, worded as a person writes dates ("17 days", "summer 2025",
// "the 15th century", "14 December (year unknown)"), with its TIMEX3 value, its weekday and where it
// falls relative to the article's date ("3 weeks before the article").
import { describeTimeValue, timeValueParts, type DurationUnit, type PartOfDay, type Season } from '../analysis/time/describe';
import type { TimeExpression, TimexType } from '../analysis/types';

const typeLabels: Record<TimexType, string> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'recurring time' };
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const seasons: Record<Season, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const partsOfDay: Record<PartOfDay, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const ordinalWords = ['first', 'second', 'third', 'fourth'];
const durationUnits: Record<DurationUnit, [string, string]> = {
  ML: ['millennium', 'millennia'],
  CE: ['century', 'centuries'],
  DE: ['decade', 'decades'],
  Y: ['year', 'years'],
  Q: ['quarter', 'quarters'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  TM: ['minute', 'minutes'],
  S: ['second', 'seconds'],
};

export function describeTimeExpression(timex: TimeExpression, articleDate: string | null): string {
  if (timex.value === null)
    return `**unresolved** · ${typeLabels[timex.type]}\n\nThe article has no date, so "${timex.text}" cannot be placed on the calendar.`;
  const lines = [`**${readTimeValue(timex.value, timex.type)}** · ${typeLabels[timex.type]}`];
  const { weekday, daysFromArticle } = describeTimeValue(timex.value, articleDate);
  lines.push(`${weekday ? `${weekdays[weekday - 1]} · ` : ''}\`${timex.value}\``);
  if (daysFromArticle !== null) lines.push(distanceFromArticle(daysFromArticle));
  if (timex.type === 'DURATION') lines.push('A span of time, not a date');
  if (!articleDate && timex.relative) lines.push('The article has no date, so this value is only relative.');
  return lines.join('\n\n');
}

/** A TIMEX3 value as a person writes it; a value of a shape it does not know is given as it is. */
export function readTimeValue(value: string, type: TimexType): string {
  const parts = timeValueParts(value);
  const inYear = (year: number | null) => (year === null ? ' (year unknown)' : ` ${year}`);
  const ofYear = (year: number | null) => (year === null ? ' (year unknown)' : ` of ${year}`);
  switch (parts.kind) {
    case 'day': {
      const date = `${parts.day} ${months[parts.month - 1]}${inYear(parts.year)}`;
      if (parts.clock) return `${date}, ${parts.clock}`;
      return parts.partOfDay ? `the ${partsOfDay[parts.partOfDay]} of ${date}` : date;
    }
    case 'month':
      return `${months[parts.month - 1]}${inYear(parts.year)}`;
    case 'year':
      return parts.year === null ? 'a year not given' : String(parts.year);
    case 'decade':
      return `the ${parts.firstYear}s`;
    case 'century':
      return `the ${ordinal(parts.ordinal)} century`;
    case 'season':
      return `${seasons[parts.season]}${inYear(parts.year)}`;
    case 'quarter':
    case 'half':
      return `the ${ordinalWords[parts.ordinal - 1]} ${parts.kind}${ofYear(parts.year)}`;
    case 'week': {
      if (parts.week !== null) return `${parts.weekend ? 'the weekend of ' : ''}week ${parts.week}${ofYear(parts.year)}`;
      return `a ${parts.weekend ? 'weekend' : 'week'}${parts.year === null ? '' : ` of ${parts.year}`}`;
    }
    case 'weekday': {
      const day = `${weekdays[parts.weekday - 1]}${parts.partOfDay ? ` ${partsOfDay[parts.partOfDay]}` : ''}`;
      return type === 'SET' ? `every ${day}` : `a ${day}`;
    }
    case 'reference':
      return { past: 'the past', present: 'now', future: 'the future' }[parts.reference];
    case 'duration': {
      const span = parts.parts.map(({ amount, unit }) => amountOf(amount, unit)).join(' and ');
      return type === 'SET' ? `every ${span.replace(/^1 /, '')}` : span;
    }
    case 'other':
      return value;
  }
}

/** "17 days", "1 hour", "half a year", "some weeks" (an amount the text leaves open). */
function amountOf(amount: number | null, unit: DurationUnit): string {
  const [singular, plural] = durationUnits[unit];
  if (amount === null) return `some ${plural}`;
  if (amount === 0.5) return `half ${unit === 'H' ? 'an' : 'a'} ${singular}`;
  return `${amount} ${amount === 1 ? singular : plural}`;
}

function ordinal(number: number): string {
  const lastTwo = number % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][number % 10] ?? 'th');
  return `${number}${suffix}`;
}

export function distanceFromArticle(days: number): string {
  if (days === 0) return "The article's own date";
  const side = days < 0 ? 'before' : 'after';
  const size = Math.abs(days);
  if (size === 1) return `The day ${side} the article`;
  const distance = roughly(size);
  return `${distance[0].toUpperCase()}${distance.slice(1)} ${side} the article`;
}

function roughly(days: number): string {
  if (days < 14) return `${days} days`;
  if (days < 70) return days % 7 === 0 ? `${days / 7} weeks` : `${days} days (about ${Math.round(days / 7)} weeks)`;
  if (days < 730) return `${days} days (about ${Math.round(days / 30.44)} months)`;
  return `about ${Math.round(days / 365.25)} years`;
}
