// A readable list of one article's false positives, misses and wrong speakers, for developing rules.
import type { Span } from '../../server/src/analysis/types';
import type { Article } from './polnear';
import type { ArticleScore } from './score';

export function describeErrors(article: Article, score: ArticleScore): string {
  const { text } = article;
  const show = (span: Span) => JSON.stringify(text.slice(span.start, span.end).slice(0, 160));
  const context = (span: Span) => JSON.stringify(text.slice(Math.max(0, span.start - 120), Math.min(text.length, span.end + 80)).replace(/\s+/gu, ' '));
  const lines: string[] = [];
  for (const quote of score.falsePositives) lines.push(`FP ${show(quote)}  speaker=${quote.speaker?.text ?? '-'}\n   ${context(quote)}`);
  for (const gold of score.misses) lines.push(`MISS ${show(gold)}  sources=${gold.sources.map(show).join(' | ')}\n   ${context(gold)}`);
  for (const [quote, gold] of score.matches) {
    if (
      gold.sources.length === 0 ||
      (quote.speaker && gold.sources.some((source) => quote.speaker && quote.speaker.start < source.end && source.start < quote.speaker.end))
    )
      continue;
    lines.push(`SPEAKER ${show(quote)} found=${quote.speaker?.text ?? '-'} gold=${gold.sources.map(show).join(' | ')}\n   ${context(quote)}`);
  }
  return lines.length > 0 ? `## ${article.name}\n${lines.join('\n')}` : '';
}
