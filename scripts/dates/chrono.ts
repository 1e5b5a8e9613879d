// chrono-node on the same articles, as a baseline: its dates written as TIMEX3 values at the
// granularity it is sure of.
import * as chrono from 'chrono-node';
import type { Span } from './score';

function pad(value: number | null | undefined): string {
  return String(value ?? 0).padStart(2, '0');
}

export function chronoTimexes(text: string, language: 'es' | 'en', creationDate: string | null): Span[] {
  const parser = language === 'es' ? chrono.es : chrono.en;
  const reference = creationDate ? new Date(`${creationDate}T12:00:00`) : new Date();
  return parser.parse(text, reference).map((result) => {
    const component = result.start;
    const year = String(component.get('year'));
    let value = year;
    if (component.isCertain('month') || component.isCertain('day') || component.isCertain('weekday')) value += `-${pad(component.get('month'))}`;
    if (component.isCertain('day') || component.isCertain('weekday')) value += `-${pad(component.get('day'))}`;
    const hasTime = component.isCertain('hour');
    if (hasTime) value += `T${pad(component.get('hour'))}:${pad(component.get('minute'))}`;
    return { start: result.index, end: result.index + result.text.length, type: hasTime ? 'TIME' : 'DATE', value };
  });
}
