// Test documents mark the cursor with `|`; this splits it out into an LSP position.
import type { Position } from 'vscode-languageserver';

export const cursorMarker = '|';

export function withCursor(marked: string): { text: string; position: Position; offset: number } {
  const offset = marked.indexOf(cursorMarker);
  if (offset < 0 || marked.indexOf(cursorMarker, offset + 1) >= 0) throw new Error('a test document needs exactly one cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1].length } };
}
