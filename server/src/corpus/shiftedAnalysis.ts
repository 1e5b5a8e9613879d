// An open document's last analysis carried over its edits, while the analysis of the newest text
// is still running (a megabyte takes seconds): spans before the edited stretch stay, spans after
// it move with the text, spans that touch it are dropped, and line starts are the new text's. So a
// request on a large document being typed in is answered at once, every offset inside the text.
import type { Span } from '../analysis/types';
import type { CachedAnalysis } from './analysisCodec';
import { computeLineStarts } from './lines';

export function shiftedAnalysis(entry: CachedAnalysis, before: string, after: string): CachedAnalysis {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const editedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const move = <T extends Span>(span: T): T | null => {
    if (span.end < prefix) return span;
    if (span.start > editedEnd) return { ...span, start: span.start + delta, end: span.end + delta };
    return null;
  };
  const moveAll = <T extends Span>(spans: T[]): T[] => spans.map(move).filter((span): span is T => span !== null);
  const { analysis } = entry;
  const header = analysis.header && move(analysis.header.line) && move(analysis.header.title);
  const quotes = analysis.quotes.flatMap((quote) => {
    const moved = move(quote);
    const speaker = quote.speaker && move(quote.speaker);
    const speakerMention = quote.speakerMention && move(quote.speakerMention);
    if (!moved || (quote.speaker && !speaker) || (quote.speakerMention && !speakerMention)) return [];
    return [{ ...moved, speaker, speakerMention }];
  });
  return {
    analysis: {
      ...analysis,
      header: header && analysis.header ? { ...analysis.header, line: move(analysis.header.line)!, title: header } : null,
      entities: moveAll(analysis.entities),
      timexes: moveAll(analysis.timexes),
      quotes,
      terms: moveAll(analysis.terms),
    },
    mentions: moveAll(entry.mentions),
    lineStarts: computeLineStarts(after),
    textLength: after.length,
  };
}
