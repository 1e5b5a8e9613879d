// Paragraphs bound quotations: a mark left open ends with its paragraph unless the next one continues it.
import type { Span } from '../types';
import { isSpace } from '../characters';

/** Paragraphs end at a blank line, or at a line end that is not a hard wrap inside a sentence. */
export function paragraphSpans(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = skipSpace(text, 0);
  let lineEnd = text.indexOf('\n', start);
  while (lineEnd >= 0) {
    const nextLine = skipSpace(text, lineEnd + 1);
    if (nextLine >= text.length) break;
    if (text.lastIndexOf('\n', nextLine - 1) > lineEnd || !isHardWrap(text, lineEnd, nextLine)) {
      paragraphs.push({ start, end: trimEnd(text, lineEnd) });
      start = nextLine;
    }
    lineEnd = text.indexOf('\n', nextLine);
  }
  const end = trimEnd(text, text.length);
  if (end > start) paragraphs.push({ start, end });
  return paragraphs.filter((paragraph) => paragraph.end > paragraph.start);
}

// A line that stops mid-sentence and a next line going on in lower case were wrapped by hand.
function isHardWrap(text: string, lineEnd: number, nextLine: number): boolean {
  const last = text[trimEnd(text, lineEnd) - 1] ?? '.';
  return !/[.!?:;"”»’'…)\]]/u.test(last) && /\p{Ll}/u.test(text[nextLine] ?? '');
}

function skipSpace(text: string, position: number): number {
  while (position < text.length && isSpace(text.charCodeAt(position))) position++;
  return position;
}

export function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
