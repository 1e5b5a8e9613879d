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

/** What /[\p{L}\p{N}]/u tests (a letter or digit anywhere in the text), ASCII answered without the pattern. */
export function hasLetterOrDigit(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isAsciiLetterOrDigit(code)) return true;
    if (code >= 128) return /[\p{L}\p{N}]/u.test(text);
  }
  return false;
}

/** What /[\p{L}\p{N}]/u tests on one character, ASCII answered without the pattern. */
export function isLetterOrDigit(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 128 ? isAsciiLetterOrDigit(code) : /[\p{L}\p{N}]/u.test(character);
}

/** Bits of `letterCase`. */
export enum LetterCase {
  /** No letter with an upper and a lower case: lower-casing and upper-casing give the same text. */
  Caseless = 0,
  Cased = 1,
  /** The text equals its upper case. */
  AllCapitals = 2,
  /** The first character is an upper-case letter (\p{Lu}). */
  StartsWithCapital = 4,
}

/**
 * The text's `LetterCase` bits. ASCII and Latin-1's letters, whose cases map one to one, and the
 * caseless punctuation around them are read by code, without the new strings of the case mappings;
 * anything else asks them.
 */
export function letterCase(text: string): number {
  let cased = false;
  let lowerCase = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xfe && code !== 0xf7)) cased = lowerCase = true;
    else if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) cased = true;
    else if (!(code < 0xc0 && code !== 0xb5) && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f)) return letterCaseOfAny(text);
  }
  if (!cased) return LetterCase.Caseless;
  const first = text.charCodeAt(0);
  const startsWithCapital = (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde && first !== 0xd7);
  return LetterCase.Cased | (lowerCase ? 0 : LetterCase.AllCapitals) | (startsWithCapital ? LetterCase.StartsWithCapital : 0);
}

function letterCaseOfAny(text: string): number {
  const upper = text.toUpperCase();
  if (text.toLowerCase() === upper) return LetterCase.Caseless;
  return LetterCase.Cased | (text === upper ? LetterCase.AllCapitals : 0) | (/^\p{Lu}/u.test(text) ? LetterCase.StartsWithCapital : 0);
}

/** What /^\p{Lu}/u tests: ASCII answered without the pattern (asked of most words near every quotation). */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(text);
}

/** What /^\p{Ll}/u tests, ASCII answered without the pattern. */
export function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(text);
}

/** What /^[…]$/u tests for a class of characters of the Basic Multilingual Plane: the text is one of them. */
export function isOneOf(text: string, characters: string): boolean {
  return text.length === 1 && characters.includes(text);
}

/** What /^\p{L}/u tests, ASCII answered without the pattern. */
export function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : /^\p{L}/u.test(text);
}

/** Where the run of letters (\p{L}) ending at `end` starts, not before `from`: read back by code, Latin-1
 * without a pattern, a letter outside the Basic Multilingual Plane as its surrogate pair. */
export function lettersStartBefore(text: string, end: number, from: number): number {
  let at = end;
  while (at > from) {
    const code = text.charCodeAt(at - 1);
    if (code < 0x100) {
      if (!(((code | 32) >= 97 && (code | 32) <= 122) || code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)))
        break;
      at--;
    } else {
      const length = code >= 0xdc00 && code <= 0xdfff && at - 2 >= from ? 2 : 1;
      if (!/^\p{L}$/u.test(text.slice(at - length, at))) break;
      at -= length;
    }
  }
  return at;
}

/** text.toLowerCase(), with a word already in lower-case ASCII given back as it is, without the call (asked of
 * most words near every quotation). */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return text.toLowerCase();
  }
  return text;
}
