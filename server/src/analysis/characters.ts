// Character tests by code, for loops that run over every character of an article, where a pattern
// per character showed in profiles.

/** What \s matches. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An ASCII letter or digit. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** What /[\p{L}\p{N}]/u tests on one character, ASCII answered without the pattern. */
export function isLetterOrDigit(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 128 ? isAsciiLetterOrDigit(code) : /[\p{L}\p{N}]/u.test(character);
}
