// A readable list of false positives, misses, wrong speakers and wrong speaker entities, grouped by
// the kind of mistake (categories.ts), for developing rules.
import type { EntityMention, QuotedTerm, Span } from '../../server/src/analysis/types';
import type { LinkedMention } from '../../server/src/corpus/articleLinks';
import { falsePositiveCategory, missCategory, speakerErrorCategory } from './categories';
import { speakerEntityVerdict, type EntityVerdict } from './entities';
import type { Article } from './polnear';
import type { ArticleScore } from './score';

export interface ErrorEntry {
  category: string;
  description: string;
}

export interface ArticleErrors {
  entries: ErrorEntry[];
  /** Matched quotations whose gold Source is a name, and how many have the right speaker entity. */
  namedSources: number;
  rightEntities: number;
}

export function collectErrors(article: Article, score: ArticleScore, mentions: LinkedMention[], terms: QuotedTerm[]): ArticleErrors {
  const { text } = article;
  const show = (span: Span) => JSON.stringify(text.slice(span.start, span.end).slice(0, 160));
  const context = (span: Span) => JSON.stringify(text.slice(Math.max(0, span.start - 160), Math.min(text.length, span.end + 100)).replace(/\s+/gu, ' '));
  const entries: ErrorEntry[] = [];
  const add = (category: string, line: string, span: Span) => entries.push({ category, description: `${article.name}\n  ${line}\n    ${context(span)}` });
  const golds = score.matches.map(([, gold]) => gold).concat(score.misses);
  for (const quote of score.falsePositives) add(falsePositiveCategory(text, quote, golds), `FP ${show(quote)} speaker=${quote.speaker?.text ?? '-'}`, quote);
  for (const gold of score.misses)
    add(
      missCategory(gold, [...score.falsePositives, ...score.matches.map(([quote]) => quote)], terms),
      `MISS ${show(gold)} sources=${gold.sources.map(show).join(' | ')}`,
      gold,
    );
  let namedSources = 0;
  let rightEntities = 0;
  for (const [quote, gold] of score.matches) {
    if (gold.sources.length === 0) continue;
    const speaker = quote.speaker;
    if (!speaker || !gold.sources.some((source) => speaker.start < source.end && source.start < speaker.end)) {
      add(
        `speaker: ${speakerErrorCategory(text, quote, gold, mentions as EntityMention[])}`,
        `SPEAKER ${show(quote)} found=${speaker?.text ?? '-'} gold=${gold.sources.map(show).join(' | ')}`,
        quote,
      );
    }
    const verdict: EntityVerdict | null = speakerEntityVerdict(text, quote, gold, mentions);
    if (!verdict) continue;
    namedSources++;
    if (verdict.right) rightEntities++;
    else add('speaker entity', `ENTITY ${show(quote)} found=${verdict.found ?? '-'} gold=${verdict.gold.join(' | ')} speaker=${speaker?.text ?? '-'}`, quote);
  }
  return { entries, namedSources, rightEntities };
}
