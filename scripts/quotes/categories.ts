// What kind of mistake each error is, in the terms of docs/quotes.md (and issue 12): a speaker that
// is no speaker, a pronoun, a description, an outlet or document, a transcript line, a quotation going
// on from an earlier one, another name; a quotation span that is markup, a short stretch, a term, or
// that the marks did not give. Heuristics read off the text and the gold, for reading errors by kind.
import type { EntityMention, QuotedTerm, Quotation, Span } from '../../server/src/analysis/types';
import type { GoldQuote } from './polnear';

export const speakerCategories = [
  'no speaker found',
  'a quotation going on from an earlier one (split quote, paragraph)',
  'transcript or "Name:" line',
  'gold is a pronoun (he, she, who, which)',
  'gold is an outlet or document (the report, the email, CNN)',
  'found a word that cannot speak (verb, adverbial, sentence word)',
  'gold is a description (a senior official, one, another)',
  'another name',
] as const;

export const spanCategories = [
  'false: quote marks inside markup',
  'false: short quoted stretch taken for speech',
  'false: span differs from the gold one',
  'false: speech the gold does not count',
  'missed: found as a term',
  'missed: span differs from the found one',
  'missed: no quoted stretch found',
] as const;

const pronouns = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'his', 'them', 'who', 'which', 'that', 'whom']);
const outletOrDocument =
  /\b(report|reports|statement|email|e-mail|letter|memo|ad|ads|advertisement|poll|survey|study|website|site|tweet|post|transcript|release|filing|document|book|article|editorial|column|magazine|newspaper|network|times|journal|news|cnn|msnbc|fox|abc|cbs|nbc|npr|reuters|ap|politico|bloomberg|breitbart|huffpost|huffington|pollster|gallup|video|clip|spot|narrator|message|speech|sign|banner|headline|caption|excerpts?|analysis|data)\b/iu;
const determiner = /^(the|a|an|this|that|one|another|some|his|her|their|its)\s/iu;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function wordsOf(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim();
}

/** The gold source reads as a name: capitalised words (joiners aside), not a pronoun or a determiner phrase. */
export function isNameSource(text: string, source: Span, mentions: EntityMention[]): boolean {
  const words = wordsOf(text, source);
  if (pronouns.has(words.toLowerCase()) || determiner.test(words)) return false;
  // "Donald Trump’s campaign manager" describes someone; "Trump’s director, Mike Rubino" names him.
  const possessor = (mention: EntityMention) => /^['’]s?\s+\p{Ll}/u.test(text.slice(mention.end, source.end));
  if (mentions.some((mention) => mention.type !== 'LOC' && mention.start >= source.start && mention.end <= source.end && !possessor(mention))) return true;
  return words.split(/\s+/u).every((word) => /^[\p{Lu}"“'‘(]/u.test(word) || /^(of|and|for|de|the|van|von|al|bin)$/u.test(word));
}

export function speakerErrorCategory(text: string, quote: Quotation, gold: GoldQuote, mentions: EntityMention[]): (typeof speakerCategories)[number] {
  if (!quote.speaker) return 'no speaker found';
  const nearest = Math.min(...gold.sources.map((source) => Math.min(Math.abs(source.end - quote.start), Math.abs(source.start - quote.end))));
  if (nearest > 400) return 'a quotation going on from an earlier one (split quote, paragraph)';
  const lineStart = text.lastIndexOf('\n', quote.start) + 1;
  if (/^\s*["“]?[\p{Lu}][\p{Lu}\p{Ll}. ]{0,40}:/u.test(text.slice(lineStart, quote.end)) && /:/u.test(text.slice(quote.start, quote.start + 40))) {
    return 'transcript or "Name:" line';
  }
  const goldWords = gold.sources.map((source) => wordsOf(text, source));
  if (goldWords.some((words) => pronouns.has(words.toLowerCase()))) return 'gold is a pronoun (he, she, who, which)';
  if (goldWords.some((words) => outletOrDocument.test(words))) return 'gold is an outlet or document (the report, the email, CNN)';
  const found = quote.speaker;
  const foundIsName = mentions.some((mention) => mention.type !== 'LOC' && overlaps(mention, found));
  const foundWords = found.text.toLowerCase();
  const canSpeak = foundIsName || pronouns.has(foundWords) || determiner.test(found.text) || /^\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}+)+$/u.test(found.text);
  if (!canSpeak) return 'found a word that cannot speak (verb, adverbial, sentence word)';
  if (!gold.sources.some((source) => isNameSource(text, source, mentions))) return 'gold is a description (a senior official, one, another)';
  return 'another name';
}

export function falsePositiveCategory(text: string, quote: Quotation, gold: GoldQuote[]): (typeof spanCategories)[number] {
  const lastOpen = text.lastIndexOf('<', quote.start);
  if (lastOpen >= 0 && text.lastIndexOf('>', quote.start) < lastOpen && /^<\/?[a-z]/u.test(text.slice(lastOpen, lastOpen + 3)))
    return 'false: quote marks inside markup';
  if (gold.some((goldQuote) => overlaps(goldQuote, quote))) return 'false: span differs from the gold one';
  const words = quote.text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words <= 4 && !/[.!?…]\W*$/u.test(quote.text)) return 'false: short quoted stretch taken for speech';
  return 'false: speech the gold does not count';
}

export function missCategory(gold: GoldQuote, found: Quotation[], terms: QuotedTerm[]): (typeof spanCategories)[number] {
  if (terms.some((term) => overlaps(term, gold))) return 'missed: found as a term';
  if (found.some((quote) => overlaps(quote, gold))) return 'missed: span differs from the found one';
  return 'missed: no quoted stretch found';
}
