// PLACEHOLDER until the quotation finder lands: “...” pairs without speakers.
import type { AnalysisInput, EntityMention, Quotation, QuotationAnalysis } from '../types';

export function findQuotations(input: AnalysisInput, _entities: EntityMention[]): QuotationAnalysis {
  const quotes: Quotation[] = [];
  for (const match of input.text.matchAll(/“[^”]{20,}”/gu)) {
    const start = match.index ?? 0;
    quotes.push({ start, end: start + match[0].length, text: match[0], speaker: null, speakerMention: null });
  }
  return { quotes, terms: [] };
}
