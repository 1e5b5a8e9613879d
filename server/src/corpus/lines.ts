// Offsets to line and character positions (both in UTF-16 code units, as LSP counts by default),
// without keeping every article's text in memory. A line ends at `\r\n`, `\r` or `\n`, as LSP and
// editors count them: a file saved with old Mac line ends is as many lines as the editor shows.

export interface LinePosition {
  line: number;
  character: number;
}

const lineFeed = 10;
const carriageReturn = 13;

export function computeLineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === carriageReturn) {
      if (text.charCodeAt(i + 1) === lineFeed) i++;
      starts.push(i + 1);
    } else if (code === lineFeed) {
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

export function offsetToPosition(lineStarts: Uint32Array, offset: number): LinePosition {
  const line = lastAtOrBefore(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

/** The index of the last value not after the offset, in ascending values (0 when none is). */
export function lastAtOrBefore(values: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (values[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function positionToOffset(lineStarts: Uint32Array, position: LinePosition, textLength: number): number {
  if (position.line >= lineStarts.length) return textLength;
  const lineStart = lineStarts[position.line];
  const nextLineStart = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : textLength;
  return Math.min(lineStart + Math.max(0, position.character), nextLineStart, textLength);
}
