// PLACEHOLDER until the temporal tagger lands: ISO dates only.
import type { AnalysisInput, TimeExpression } from '../types';

export function findTimeExpressions(input: AnalysisInput): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const token of input.tokens) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(token.text)) found.push({ start: token.start, end: token.end, text: token.text, type: 'DATE', value: token.text, relative: false });
  }
  return found;
}
