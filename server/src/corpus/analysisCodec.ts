// A cached article as compact JSON: each span a few numbers in one flat array per kind, starts as
// deltas from the previous start and ends as lengths, so that ten thousand articles stay a few MB.
// An analysis with fields this codec does not know (added later to the types) is stored as plain
// JSON instead, so that nothing is ever lost in the cache.
import type { ArticleHeader, EntityMention, EntityType, Quotation, QuotedTerm, SpeakerReference, TimexType } from '../analysis/types';
import type { IndexedAnalysis } from './corpusIndex';

/** What the corpus index keeps of an article: everything it needs without the text. */
export interface CachedAnalysis {
  analysis: IndexedAnalysis;
  lineStarts: Uint32Array;
  textLength: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const entityTypes: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const timexTypes: TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

// Field counts of the records the compact form knows; any other shape goes to the plain form.
const knownShapes: [keyof IndexedAnalysis, number][] = [['entities', 4], ['timexes', 6], ['quotes', 5], ['terms', 3]];
const analysisFieldCount = 10;

export function encodeCachedAnalysis(entry: CachedAnalysis): Json {
  const { analysis } = entry;
  const lines = deltas([...entry.lineStarts]);
  if (!hasKnownShape(analysis)) return { plain: JSON.parse(JSON.stringify(analysis)) as Json, lines, length: entry.textLength };
  return [
    analysis.language,
    analysis.title,
    analysis.date,
    analysis.dateSource,
    analysis.tokenCount,
    entry.textLength,
    lines,
    encodeHeader(analysis.header),
    flatSpans(analysis.entities, (entity) => [entityTypes.indexOf(entity.type), entity.text]),
    flatSpans(analysis.timexes, (timex) => [timexTypes.indexOf(timex.type), timex.text, timex.value, timex.relative ? 1 : 0]),
    flatSpans(analysis.terms, (term) => [term.text]),
    analysis.quotes.map((quote) => [quote.start, quote.end - quote.start, quote.text, encodeSpeaker(quote.speaker), encodeMention(quote.speakerMention)]),
  ];
}

/** Throws on anything that is not what `encodeCachedAnalysis` wrote. */
export function decodeCachedAnalysis(encoded: unknown): CachedAnalysis {
  if (!Array.isArray(encoded)) {
    const { plain, lines, length } = encoded as { plain: IndexedAnalysis; lines: number[]; length: number };
    if (typeof plain !== 'object' || plain === null || typeof length !== 'number') throw new Error('not a cached analysis');
    return { analysis: plain, lineStarts: Uint32Array.from(undeltas(lines)), textLength: length };
  }
  const [language, title, date, dateSource, tokenCount, textLength, lines, header, entities, timexes, terms, quotes] = encoded as Json[];
  if (encoded.length !== 12 || typeof textLength !== 'number' || typeof tokenCount !== 'number') throw new Error('not a cached analysis');
  const analysis = {
    language,
    header: decodeHeader(header),
    title,
    date,
    dateSource,
    entities: unflatSpans(entities, 2, ([type, text]) => ({ type: entityTypes[type as number], text: text as string })),
    timexes: unflatSpans(timexes, 4, ([type, text, value, relative]) => ({ type: timexTypes[type as number], text: text as string, value: value as string | null, relative: relative === 1 })),
    quotes: (quotes as Json[][]).map(([start, length, text, speaker, mention]): Quotation => ({
      start: start as number,
      end: (start as number) + (length as number),
      text: text as string,
      speaker: decodeSpeaker(speaker),
      speakerMention: decodeMention(mention),
    })),
    terms: unflatSpans(terms, 1, ([text]): Omit<QuotedTerm, 'start' | 'end'> => ({ text: text as string })),
    tokenCount,
  } as IndexedAnalysis;
  return { analysis, lineStarts: Uint32Array.from(undeltas(lines as number[])), textLength };
}

function hasKnownShape(analysis: IndexedAnalysis): boolean {
  if (Object.keys(analysis).length !== analysisFieldCount) return false;
  for (const [field, count] of knownShapes) {
    if ((analysis[field] as object[]).some((record) => Object.keys(record).length !== count)) return false;
  }
  const mentions = analysis.quotes.map((quote) => quote.speakerMention).filter((mention) => mention !== null);
  const speakers = analysis.quotes.map((quote) => quote.speaker).filter((speaker) => speaker !== null);
  const header = analysis.header;
  return (
    mentions.every((mention) => Object.keys(mention).length === 4) &&
    speakers.every((speaker) => Object.keys(speaker).length === 3) &&
    (header === null || (Object.keys(header).length === 3 && Object.keys(header.line).length === 2 && Object.keys(header.title).length === 3))
  );
}

function flatSpans<T extends { start: number; end: number }>(spans: T[], rest: (span: T) => Json[]): Json[] {
  const flat: Json[] = [];
  let previous = 0;
  for (const span of spans) {
    flat.push(span.start - previous, span.end - span.start, ...rest(span));
    previous = span.start;
  }
  return flat;
}

function unflatSpans<T>(flat: Json, restCount: number, rest: (values: Json[]) => T): (T & { start: number; end: number })[] {
  if (!Array.isArray(flat) || flat.length % (restCount + 2) !== 0) throw new Error('not a cached span list');
  const spans: (T & { start: number; end: number })[] = [];
  let start = 0;
  for (let i = 0; i < flat.length; i += restCount + 2) {
    start += flat[i] as number;
    spans.push({ start, end: start + (flat[i + 1] as number), ...rest(flat.slice(i + 2, i + 2 + restCount)) });
  }
  return spans;
}

function encodeHeader(header: ArticleHeader | null): Json {
  if (!header) return null;
  return [header.line.start, header.line.end, header.title.start, header.title.end, header.title.text, header.date];
}

function decodeHeader(encoded: Json): ArticleHeader | null {
  if (encoded === null) return null;
  const [lineStart, lineEnd, titleStart, titleEnd, titleText, date] = encoded as [number, number, number, number, string, string | null];
  return { line: { start: lineStart, end: lineEnd }, title: { start: titleStart, end: titleEnd, text: titleText }, date };
}

function encodeSpeaker(speaker: SpeakerReference | null): Json {
  return speaker && [speaker.start, speaker.end, speaker.text];
}

function decodeSpeaker(encoded: Json): SpeakerReference | null {
  if (encoded === null) return null;
  const [start, end, text] = encoded as [number, number, string];
  return { start, end, text };
}

function encodeMention(mention: EntityMention | null): Json {
  return mention && [mention.start, mention.end, entityTypes.indexOf(mention.type), mention.text];
}

function decodeMention(encoded: Json): EntityMention | null {
  if (encoded === null) return null;
  const [start, end, type, text] = encoded as [number, number, number, string];
  return { start, end, type: entityTypes[type], text };
}

function deltas(values: number[]): number[] {
  return values.map((value, i) => value - (i > 0 ? values[i - 1] : 0));
}

function undeltas(values: number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}
