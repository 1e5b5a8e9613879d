// The brat standoff export: beside each article's text, an `.ann` with its entity mentions (typed as
// their corpus entity, whose name is the mention's note), its time expressions (TIMEX3 types, the
// value as the note) and its quotations (each attributed to its speaker's words by a relation, the
// speaker's entity as the note). Offsets count Unicode code points, as brat does; a span across a line
// break is written as fragments, which brat allows and its text lines cannot avoid.
import type { Span } from '../../analysis/types';
import type { CorpusIndex, IndexedArticle } from '../corpusIndex';
import { entityDisplayName, speakerEntityOf } from '../entities';
import { entityIdType, type EntityId } from '../entityResolution';

/** The types and relation of the export, for brat's configuration (annotation.conf at the export's root). */
export const bratConfiguration = `[entities]
PER
ORG
LOC
MISC
DATE
TIME
DURATION
SET
Quotation
Speaker

[relations]
Attribution Arg1:Quotation, Arg2:<ENTITY>
<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
`;

export function bratAnnotations(index: CorpusIndex, article: IndexedArticle, text: string): string {
  const nameOf = (entity: EntityId) => entityDisplayName(index, entity);
  const codePointAt = codePointOffsets(text);
  const lines: string[] = [];
  let textBounds = 0;
  let notes = 0;
  let relations = 0;
  const annotate = (type: string, span: Span): string | undefined => {
    const pieces = fragments(text, span);
    if (pieces.length === 0) return undefined;
    const id = `T${++textBounds}`;
    const offsets = pieces.map((piece) => `${codePointAt(piece.start)} ${codePointAt(piece.end)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${pieces.map((piece) => text.slice(piece.start, piece.end)).join(' ')}`);
    return id;
  };
  const note = (id: string | undefined, content: string) => {
    if (id) lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${content.replace(/\s+/g, ' ')}`);
  };
  const mentionIds = new Map<string, string>();
  for (const mention of article.mentions) {
    const entity = index.entityOf(mention);
    const id = annotate(entityIdType(entity), mention);
    note(id, nameOf(entity));
    if (id) mentionIds.set(spanKey(mention), id);
  }
  for (const timex of article.analysis.timexes) {
    const id = annotate(timex.type, timex);
    if (timex.value !== null) note(id, timex.value);
  }
  article.analysis.quotes.forEach((quote, at) => {
    const id = annotate('Quotation', quote);
    if (!id || !quote.speaker) return;
    const speakerId = mentionIds.get(spanKey(quote.speaker)) ?? annotate('Speaker', quote.speaker);
    if (speakerId) lines.push(`R${++relations}\tAttribution Arg1:${id} Arg2:${speakerId}`);
    const speaker = speakerEntityOf(index, article, at);
    if (speaker) note(id, `speaker: ${nameOf(speaker)}`);
  });
  return lines.map((line) => `${line}\n`).join('');
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** The span's stretches between line breaks and tabs, without the blanks at their edges. */
function fragments(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let at = span.start; at <= span.end; at++) {
    if (at < span.end && !breaksSpan(text.charCodeAt(at))) continue;
    let from = start;
    let to = at;
    while (from < to && isBlank(text.charCodeAt(from))) from++;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (to > from) pieces.push({ start: from, end: to });
    start = at + 1;
  }
  return pieces;
}

function breaksSpan(code: number): boolean {
  return code === 10 || code === 13 || code === 9 || code === 0x2028 || code === 0x2029;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 160;
}

/** UTF-16 offsets to code point offsets: the same numbers unless the text has characters beyond the BMP. */
function codePointOffsets(text: string): (offset: number) => number {
  const pairs: number[] = [];
  for (let at = 0; at + 1 < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) pairs.push(at++);
  }
  if (pairs.length === 0) return (offset) => offset;
  return (offset) => {
    // Each pair that ends at or before the offset counts one code point for two units.
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[middle] + 2 <= offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  };
}
