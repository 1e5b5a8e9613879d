// The hover card of a time expression: its value, and where it falls relative to the article.
import type { TimeExpression } from '../analysis/types';

const typeLabels = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'set' } as const;

export function describeTimeExpression(timex: TimeExpression, articleDate: string | null): string {
  const heading = `**${timex.value ?? 'unresolved'}** · ${typeLabels[timex.type]}`;
  if (timex.value === null) return `${heading}\n\nThe article has no date, so this expression cannot be placed on the calendar.`;
  return articleDate ? `${heading}\n\nArticle date: ${articleDate}` : heading;
}
