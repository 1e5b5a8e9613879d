// A cached article as compact JSON: each span a few numbers in one flat array per kind, starts as
// deltas from the previous start and ends as lengths, so that ten thousand articles stay a few MB.
// The article's mention links are kept too (as indexes into a table of its names): linking is half
// the work of indexing an article whose analysis is known.
// An analysis with fields this codec does not know (added later to the types) is stored as plain
// JSON instead, so that nothing is ever lost in the cache.
import type {
  ArticleHeader,
  EntityMention,
  EntityType,
  Quotation,
  QuotedTerm,
  SpeakerKind,
  SpeakerReference,
  TimeExpression,
  TimexType,
} from '../analysis/types';
import { linkedMention, type LinkedMention } from './articleLinks';
import { entityMention, noEvidence, type MentionEvidence } from '../analysis/entityMention';
import type { IndexedAnalysis } from './corpusIndex';
import { checkCachedAnalysis } from './cachedAnalysisCheck';

/** What the corpus index keeps of an article: everything it needs without the text. */
export interface CachedAnalysis {
  analysis: IndexedAnalysis;
  /** The analysis's entities linked within the article, in the same order. */
  mentions: LinkedMention[];
  lineStarts: Uint32Array;
  textLength: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const entityTypes: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const timexTypes: TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
// A quote's speakerKind as a number; every kind has one, so a new kind cannot be forgotten here.
const speakerKindCodes = { name: 0, pronoun: 1, description: 2, document: 3, implied: 4 } satisfies Record<SpeakerKind, number>;
const speakerKinds = Object.keys(speakerKindCodes) as SpeakerKind[];

// The evidence an entity mention may carry besides its span, type and text, one bit each.
const entityFlags: { key: 'weak' | 'titled' | 'dateline' | 'bracketed' | 'sited' | 'scored' | 'family'; bit: number }[] = [
  { key: 'weak', bit: 1 },
  { key: 'titled', bit: 2 },
  { key: 'dateline', bit: 4 },
  { key: 'bracketed', bit: 32 },
  { key: 'sited', bit: 64 },
  { key: 'scored', bit: 128 },
  { key: 'family', bit: 1024 },
];
const placeKindBits: { kind: 'country' | 'town'; bit: number }[] = [
  { kind: 'country', bit: 8 },
  { kind: 'town', bit: 16 },
];
const genderBits: { gender: 'female' | 'male'; bit: number }[] = [
  { gender: 'female', bit: 256 },
  { gender: 'male', bit: 512 },
];
const entityKeys = new Set(['start', 'end', 'type', 'text', 'weak', 'titled', 'dateline', 'bracketed', 'sited', 'scored', 'placeKind', 'gender', 'family']);

// Field counts of the records the compact form knows (entities are checked key by key); any other
// shape goes to the plain form.
const knownShapes: [keyof IndexedAnalysis, number][] = [
  ['timexes', 6],
  // A quote has a speakerKind when it has a speaker (a sixth field).
  ['quotes', 5],
  ['terms', 3],
];
const analysisFieldCount = 10;

export function encodeCachedAnalysis(entry: CachedAnalysis): Json {
  const { analysis } = entry;
  const lines = deltas([...entry.lineStarts]);
  if (!hasKnownShape(analysis))
    return {
      plain: JSON.parse(JSON.stringify(analysis)) as Json,
      mentions: JSON.parse(JSON.stringify(entry.mentions)) as Json,
      lines,
      length: entry.textLength,
    };
  return [
    analysis.language,
    analysis.title,
    analysis.date,
    analysis.dateSource,
    analysis.tokenCount,
    entry.textLength,
    lines,
    encodeHeader(analysis.header),
    flatSpans(analysis.entities, (entity) => [entityTypes.indexOf(entity.type), entity.text, entityBits(entity)]),
    flatSpans(analysis.timexes, (timex) => [timexTypes.indexOf(timex.type), timex.text, timex.value, timex.relative ? 1 : 0]),
    flatSpans(analysis.terms, (term) => [term.text]),
    analysis.quotes.map((quote) => [
      quote.start,
      quote.end - quote.start,
      quote.text,
      encodeSpeaker(quote.speaker),
      encodeMention(quote.speakerMention),
      ...(quote.speakerKind === undefined ? [] : [speakerKindCodes[quote.speakerKind]]),
    ]),
    encodeLinks(analysis.entities, entry.mentions),
  ];
}

/** Throws on anything that is not what `encodeCachedAnalysis` wrote, or not what the index can serve. */
export function decodeCachedAnalysis(encoded: unknown): CachedAnalysis {
  const entry = decodeEither(encoded);
  checkCachedAnalysis(entry);
  return entry;
}

function decodeEither(encoded: unknown): CachedAnalysis {
  if (!Array.isArray(encoded)) {
    const { plain, mentions, lines, length } = (encoded ?? {}) as { plain: IndexedAnalysis; mentions: LinkedMention[]; lines: number[]; length: number };
    if (typeof plain !== 'object' || plain === null || !Array.isArray(mentions) || !Array.isArray(lines) || typeof length !== 'number')
      throw new Error('not a cached analysis');
    return { analysis: plain, mentions, lineStarts: Uint32Array.from(undeltas(lines)), textLength: length };
  }
  const [language, title, date, dateSource, tokenCount, textLength, lines, header, entities, timexes, terms, quotes, links] = encoded as Json[];
  if (encoded.length !== 13 || typeof textLength !== 'number' || typeof tokenCount !== 'number' || !Array.isArray(lines) || !Array.isArray(quotes))
    throw new Error('not a cached analysis');
  const analysis = {
    language,
    header: decodeHeader(header),
    title,
    date,
    dateSource,
    entities: unflatSpans(entities, 5, (start, end, flat, at): EntityMention =>
      entityWithBits(start, end, entityTypes[flat[at] as number], flat[at + 1] as string, flat[at + 2] as number),
    ),
    timexes: unflatSpans(timexes, 6, (start, end, flat, at): TimeExpression => ({
      start,
      end,
      type: timexTypes[flat[at] as number],
      text: flat[at + 1] as string,
      value: flat[at + 2] as string | null,
      relative: flat[at + 3] === 1,
    })),
    quotes: (quotes as Json[][]).map(([start, length, text, speaker, mention, kind]): Quotation => ({
      start: start as number,
      end: (start as number) + (length as number),
      text: text as string,
      speaker: decodeSpeaker(speaker),
      speakerMention: decodeMention(mention),
      ...(kind === undefined ? {} : { speakerKind: speakerKinds[kind as number] }),
    })),
    terms: unflatSpans(terms, 3, (start, end, flat, at): QuotedTerm => ({ start, end, text: flat[at] as string })),
    tokenCount,
  } as IndexedAnalysis;
  return { analysis, mentions: decodeLinks(analysis.entities, links), lineStarts: Uint32Array.from(undeltas(lines as number[])), textLength };
}

// The article's distinct names, then for each entity the indexes of its name and key (-1 when the
// entity has no name to link, which leaves it out of the mentions).
function encodeLinks(entities: EntityMention[], mentions: LinkedMention[]): Json {
  const names = new Map<string, number>();
  const indexOf = (name: string) => names.get(name) ?? names.set(name, names.size).size - 1;
  const references: number[] = [];
  let next = 0;
  for (const entity of entities) {
    const mention = mentions[next];
    if (mention && mention.start === entity.start && mention.end === entity.end && mention.type === entity.type && mention.text === entity.text) {
      // A key linked by initials alone is written negative (one below minus its index).
      references.push(indexOf(mention.name), mention.byInitials ? -2 - indexOf(mention.key) : indexOf(mention.key));
      next++;
    } else {
      references.push(-1, -1);
    }
  }
  if (next !== mentions.length) throw new Error('mentions that are not the analysis entities');
  return [[...names.keys()], references];
}

function decodeLinks(entities: EntityMention[], encoded: Json): LinkedMention[] {
  const [names, references] = encoded as [string[], number[]];
  if (!Array.isArray(names) || !Array.isArray(references) || references.length !== entities.length * 2) throw new Error('not cached links');
  const mentions: LinkedMention[] = [];
  entities.forEach((entity, i) => {
    const keyReference = references[2 * i + 1];
    const byInitials = keyReference <= -2;
    const [name, key] = [names[references[2 * i]], names[byInitials ? -2 - keyReference : keyReference]];
    if (name !== undefined && key !== undefined) mentions.push(linkedMention(entity, key, name, byInitials));
  });
  return mentions;
}

// Loops, not chains of map, filter, some and every: a worker runs this for every article, and the
// chains met arrays and records of new shapes well into the corpus, each time throwing away the
// function's optimised code (five compilations a worker over 5,000 articles, one now).
function hasKnownShape(analysis: IndexedAnalysis): boolean {
  if (Object.keys(analysis).length !== analysisFieldCount) return false;
  for (const [field, count] of knownShapes) {
    for (const record of analysis[field] as object[]) {
      if (Object.keys(record).length - (field === 'quotes' && 'speakerKind' in record ? 1 : 0) !== count) return false;
    }
  }
  for (const entity of analysis.entities) if (!hasKnownEntityShape(entity)) return false;
  for (const { speakerMention, speaker } of analysis.quotes) {
    if (speakerMention !== null && !hasKnownEntityShape(speakerMention)) return false;
    if (speaker !== null && Object.keys(speaker).length !== 3) return false;
  }
  const header = analysis.header;
  return header === null || (Object.keys(header).length === 3 && Object.keys(header.line).length === 2 && Object.keys(header.title).length === 3);
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

// `fieldCount` values a span: its start delta, its length, then the fields `record` reads from `at`.
function unflatSpans<T>(flat: Json, fieldCount: number, record: (start: number, end: number, flat: Json[], at: number) => T): T[] {
  if (!Array.isArray(flat) || flat.length % fieldCount !== 0) throw new Error('not a cached span list');
  const spans: T[] = [];
  let start = 0;
  for (let i = 0; i < flat.length; i += fieldCount) {
    start += flat[i] as number;
    spans.push(record(start, start + (flat[i + 1] as number), flat, i + 2));
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
  return mention && [mention.start, mention.end, entityTypes.indexOf(mention.type), mention.text, entityBits(mention)];
}

function decodeMention(encoded: Json): EntityMention | null {
  if (encoded === null) return null;
  const [start, end, type, text, bits] = encoded as [number, number, number, string, number];
  return entityWithBits(start, end, entityTypes[type], text, bits);
}

function hasKnownEntityShape(entity: EntityMention): boolean {
  return (
    Object.keys(entity).every((key) => entityKeys.has(key)) &&
    entityFlags.every(({ key }) => entity[key] === undefined || entity[key] === true) &&
    (entity.placeKind === undefined || placeKindBits.some(({ kind }) => kind === entity.placeKind)) &&
    (entity.gender === undefined || genderBits.some(({ gender }) => gender === entity.gender))
  );
}

function entityBits(entity: EntityMention): number {
  let bits = 0;
  for (const { key, bit } of entityFlags) if (entity[key]) bits |= bit;
  for (const { kind, bit } of placeKindBits) if (entity.placeKind === kind) bits |= bit;
  for (const { gender, bit } of genderBits) if (entity.gender === gender) bits |= bit;
  return bits;
}

function entityWithBits(start: number, end: number, type: EntityType, text: string, bits: number): EntityMention {
  const evidence: MentionEvidence = { ...noEvidence, gender: genderBits.find(({ bit }) => bits & bit)?.gender };
  for (const { key, bit } of entityFlags) if (bits & bit) evidence[key] = true;
  return entityMention(start, end, type, text, evidence, placeKindBits.find(({ bit }) => bits & bit)?.kind);
}

function deltas(values: number[]): number[] {
  return values.map((value, i) => value - (i > 0 ? values[i - 1] : 0));
}

function undeltas(values: number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}
