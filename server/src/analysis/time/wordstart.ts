// Matches that begin at the start of a word. A lookbehind such as (?<![\p{L}\p{N}_]) at the head of
// a pattern is tried at every position and costs two thirds of the scan; checking the character
// before a match costs nothing.

const wordCharacter = /[\p{L}\p{N}_]/u;

/** The next match of a global pattern at or after its lastIndex that does not begin inside a word. */
export function execAtWordStart(pattern: RegExp, text: string): RegExpExecArray | null {
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index === 0 || !wordCharacter.test(text[match.index - 1])) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}
