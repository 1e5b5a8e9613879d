// The hover card of a time expression: its value, its weekday, and where it falls relative to the
// article's date ("3 weeks before the article").
import { describeTimeValue } from '../analysis/time/describe';
import type { TimeExpression } from '../analysis/types';

const typeLabels = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'set' } as const;
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const durationUnits: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  TM: ['minute', 'minutes'],
  S: ['second', 'seconds'],
  DE: ['decade', 'decades'],
  CE: ['century', 'centuries'],
};

export function describeTimeExpression(timex: TimeExpression, articleDate: string | null): string {
  const heading = `**${timex.value ?? 'unresolved'}** · ${typeLabels[timex.type]}`;
  if (timex.value === null) return `${heading}\n\nThe article has no date, so "${timex.text}" cannot be placed on the calendar.`;
  const lines = [heading];
  const { calendarDate, weekday, daysFromArticle } = describeTimeValue(timex.value, articleDate);
  if (calendarDate && weekday) lines.push(`${weekdays[weekday - 1]}, ${calendarDate}`);
  if (daysFromArticle !== null) lines.push(distanceFromArticle(daysFromArticle));
  const span = timex.type === 'DURATION' ? durationGloss(timex.value) : null;
  if (span) lines.push(`A span of ${span}, not a date`);
  if (!articleDate && timex.relative) lines.push('The article has no date, so this value is only relative.');
  return lines.join('\n\n');
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

// P17D → "17 days", PT40M → "40 minutes"; values such as PXY are left to the heading.
function durationGloss(value: string): string | null {
  const match = /^P(T?)(\d+(?:\.\d+)?)(Y|M|W|D|H|S|DE|CE)$/.exec(value);
  if (!match) return null;
  const [singular, plural] = durationUnits[match[1] === 'T' && match[3] === 'M' ? 'TM' : match[3]];
  const amount = Number(match[2]);
  return `${amount} ${amount === 1 ? singular : plural}`;
}
