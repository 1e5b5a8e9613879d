// Matching found quotations to gold ones.
// MATCH RULE: a found quotation and a gold one match when their quoted words (marks left out)
// overlap by at least half the length of the longer of the two; each is matched at most once,
// best overlap first. A matched quotation's speaker is right when the speaker span overlaps one
// of the gold quotation's Source spans (speakers are scored only where the gold has a Source).
import type { Quotation, Span } from '../../server/src/analysis/types';
import type { GoldQuote } from './polnear';

export interface Tally {
  found: number;
  gold: number;
  matched: number;
  withSource: number;
  speakerRight: number;
}

export interface ArticleScore {
  tally: Tally;
  matches: [Quotation, GoldQuote][];
  falsePositives: Quotation[];
  misses: GoldQuote[];
}

export function emptyTally(): Tally {
  return { found: 0, gold: 0, matched: 0, withSource: 0, speakerRight: 0 };
}

export function addTally(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += part[key];
}

export function scoreArticle(text: string, found: Quotation[], gold: GoldQuote[]): ArticleScore {
  const candidates: { found: number; gold: number; overlap: number }[] = [];
  found.forEach((quote, foundIndex) => {
    const words = innerSpan(text, quote);
    gold.forEach((goldQuote, goldIndex) => {
      const overlap = Math.min(words.end, goldQuote.inner.end) - Math.max(words.start, goldQuote.inner.start);
      const longer = Math.max(words.end - words.start, goldQuote.inner.end - goldQuote.inner.start);
      if (overlap > 0 && overlap * 2 >= longer) candidates.push({ found: foundIndex, gold: goldIndex, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedFound = new Set<number>();
  const usedGold = new Set<number>();
  const matches: [Quotation, GoldQuote][] = [];
  for (const candidate of candidates) {
    if (usedFound.has(candidate.found) || usedGold.has(candidate.gold)) continue;
    usedFound.add(candidate.found);
    usedGold.add(candidate.gold);
    matches.push([found[candidate.found], gold[candidate.gold]]);
  }
  const tally: Tally = { ...emptyTally(), found: found.length, gold: gold.length, matched: matches.length };
  for (const [quote, goldQuote] of matches) {
    if (goldQuote.sources.length === 0) continue;
    tally.withSource++;
    if (quote.speaker && overlapsAny(quote.speaker, goldQuote.sources)) tally.speakerRight++;
  }
  return {
    tally,
    matches,
    falsePositives: found.filter((_, index) => !usedFound.has(index)),
    misses: gold.filter((_, index) => !usedGold.has(index)),
  };
}

function overlapsAny(span: Span, spans: Span[]): boolean {
  return spans.some((other) => span.start < other.end && other.start < span.end);
}

// The quoted words: the span less its marks and the spaces next to them.
function innerSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  return { start, end };
}
