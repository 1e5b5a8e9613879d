// A cached analysis is checked before the index takes it: the cache file may be old, truncated or
// edited by hand, and what the index serves must hold: every span inside the article's text, line
// starts in order, every field the features read of the type they read it as. A check that fails
// names what is wrong; the caller drops the entry and analyses the article again.
import type { CachedAnalysis } from './analysisCodec';
import { entityTypes } from './entityEvidence';

const entityTypeNames: ReadonlySet<string> = new Set(entityTypes);
const timexTypes = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const languages = new Set(['es', 'en', 'unknown']);

class InvalidEntry extends Error {}

/** Throws an error naming the first thing that is not as the index needs it. */
export function checkCachedAnalysis(entry: CachedAnalysis): void {
  const { analysis, mentions, lineStarts, textLength } = entry;
  expect(Number.isInteger(textLength) && textLength >= 0, 'text length');
  expect(lineStarts instanceof Uint32Array && lineStarts.length > 0 && lineStarts[0] === 0, 'line starts');
  for (let i = 1; i < lineStarts.length; i++) expect(lineStarts[i] > lineStarts[i - 1] && lineStarts[i] <= textLength, 'line starts');
  expect(isObject(analysis), 'analysis');
  expect(languages.has(analysis.language), 'language');
  expect(nullableString(analysis.title) && nullableString(analysis.date) && nullableString(analysis.dateSource), 'title or date');
  expect(Number.isInteger(analysis.tokenCount) && analysis.tokenCount >= 0, 'token count');
  const span = (value: unknown, what: string) => {
    const candidate = value as { start: unknown; end: unknown };
    expect(isObject(value) && Number.isInteger(candidate.start) && Number.isInteger(candidate.end), `${what} offsets`);
    const { start, end } = candidate as { start: number; end: number };
    expect(start >= 0 && start <= end && end <= textLength, `${what} outside the text`);
  };
  const textSpan = (value: unknown, what: string) => {
    span(value, what);
    expect(typeof (value as { text: unknown }).text === 'string', `${what} text`);
  };
  const entity = (value: unknown, what: string) => {
    textSpan(value, what);
    expect(entityTypeNames.has((value as { type: string }).type), `${what} type`);
  };
  if (analysis.header !== null) {
    expect(isObject(analysis.header), 'header');
    span(analysis.header.line, 'header line');
    textSpan(analysis.header.title, 'header title');
  }
  eachOf(analysis.entities, 'entities', (value) => entity(value, 'entity'));
  eachOf(analysis.timexes, 'time expressions', (value) => {
    textSpan(value, 'time expression');
    const timex = value as { type: string; value: unknown; relative: unknown };
    expect(timexTypes.has(timex.type) && nullableString(timex.value) && typeof timex.relative === 'boolean', 'time expression fields');
  });
  eachOf(analysis.quotes, 'quotes', (value) => {
    textSpan(value, 'quote');
    const quote = value as { speaker: unknown; speakerMention: unknown };
    if (quote.speaker !== null) textSpan(quote.speaker, 'speaker');
    if (quote.speakerMention !== null) entity(quote.speakerMention, 'speaker mention');
  });
  eachOf(analysis.terms, 'terms', (value) => textSpan(value, 'term'));
  let previousStart = -1;
  eachOf(mentions, 'mentions', (value) => {
    entity(value, 'mention');
    const mention = value as { start: number; key: unknown; name: unknown };
    expect(typeof mention.key === 'string' && typeof mention.name === 'string', 'mention names');
    expect(mention.start >= previousStart, 'mentions out of order');
    previousStart = mention.start;
  });
}

function eachOf(list: unknown, what: string, check: (value: unknown) => void): void {
  expect(Array.isArray(list), what);
  for (const value of list as unknown[]) check(value);
}

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new InvalidEntry(`bad ${what}`);
}

function isObject(value: unknown): value is Record<string, unknown> & object {
  return typeof value === 'object' && value !== null;
}

function nullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}
