// Tokens and sentences with offsets, for news text as it is typed: accents, curly quotes, «»,
// em dashes, hyphenated names, initials ("J. R. R."), dotted acronyms ("EE.UU.", "U.S."), names
// joined by an ampersand ("AT&T", "S&P500") and web names ("Amazon.com"), each one token as in the
// news corpora the entity models learn from.
import type { Sentence, Token } from './types';
import esAbbreviations from './resources/es/abbreviations.json';
import enAbbreviations from './resources/en/abbreviations.json';
import webDomains from './resources/web-domains.json';

const abbreviations = new Set([...esAbbreviations.abbreviations, ...enAbbreviations.abbreviations]);
const topLevelDomain = `(?:${webDomains.topLevelDomains.join('|')})`;

// Order matters: the first alternative that matches at a position wins. An e-mail address comes
// between these two lists, found by `EmailReader` below.
const beforeEmail = new RegExp(
  [
    String.raw`['’]s(?![\p{L}\p{N}])`, // possessive, split off the word before it
    String.raw`https?:\/\/[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]]`, // URL
  ].join('|'),
  'uy',
);
const afterEmail = new RegExp(
  [
    String.raw`(?:\p{L}{1,3}\.){2,}`, // dotted acronym: EE.UU., U.S., a.m.
    String.raw`[\p{Lu}\p{N}][\p{L}\p{N}]*(?:&[\p{Lu}\p{N}][\p{L}\p{N}]*)+`, // ampersand name: AT&T, S&P500, H&M
    String.raw`(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]*\.${topLevelDomain}(?:\.${topLevelDomain})?(?![\p{L}\p{N}])`, // web name: Amazon.com, bbc.co.uk
    String.raw`\d+(?:[.,:\/-]\d+)*(?:st|nd|rd|th|º|ª|°)?`, // numbers, dates, times, ordinals
    String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`, // word, hyphenated or with apostrophe
    String.raw`\.{2,}|-{2,}`, // ellipsis and double dash
    String.raw`[^\s]`, // any other single character: punctuation, symbols
  ].join('|'),
  'uy',
);
// An address is a run of these characters, an "@" and a dotted domain.
const addressCharacters = /[\p{L}\p{N}._%+-]*/uy;
const domain = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;

/**
 * Where the e-mail address starting at a position ends. As one alternative of a pattern, an address
 * was looked for by reading the rest of the run of address characters at every token of the run, which
 * made "+++…" or "a.b-a.b-…" cost the square of their length. An address starting anywhere in a run
 * ends where one starting at the run's beginning does, so the run and its domain are read once.
 */
class EmailReader {
  private runEnd = -1;
  private addressEnd = -1;

  constructor(private readonly text: string) {}

  /** The end of the address at `position`, or -1 when none starts there. */
  endAt(position: number): number {
    if (position >= this.runEnd) {
      addressCharacters.lastIndex = position;
      this.runEnd = position + (addressCharacters.exec(this.text)?.[0].length ?? 0);
      domain.lastIndex = this.runEnd;
      // A domain starts with its "@": most runs are a word and a space, and need no pattern run.
      const match = this.runEnd > position && this.text.charCodeAt(this.runEnd) === 64 ? domain.exec(this.text) : null;
      this.addressEnd = match ? this.runEnd + match[0].length : -1;
    }
    return position < this.runEnd ? this.addressEnd : -1;
  }
}

const sentenceFinal = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const closers = new Set(['"', '”', '’', "'", "''", '»', ')', ']', '—']);

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

/** Splits text[from, to) into tokens and sentences. */
export function tokenize(text: string, from = 0, to = text.length): TokenizedText {
  const tokens = scanTokens(text, from, to);
  return { tokens, sentences: splitSentences(text, tokens) };
}

function scanTokens(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const emails = new EmailReader(text);
  let position = from;
  while (position < to) {
    const code = text.charCodeAt(position);
    if (isSpace(code)) {
      position++;
      continue;
    }
    let end = plainTokenEnd(text, position);
    if (end < 0) end = patternTokenEnd(text, position, emails);
    end = Math.min(end, to);
    // The possessive "'s" is a token of its own, as in the news corpora the entity models learn from.
    if (end - position > 3 && isPossessive(text, end)) end -= 2;
    // A word followed by a period is one token when it is a known abbreviation ("Sr.") or an initial ("J.").
    if (text.charCodeAt(end) === 46 /* . */ && end + 1 <= to && isAbbreviation(text.slice(position, end))) end++;
    tokens.push({ start: position, end, text: text.slice(position, end) });
    position = end;
  }
  return tokens;
}

// A possessive starts with an apostrophe and a URL with "h": other tokens skip that pattern's run.
function mayStartBeforeEmail(code: number): boolean {
  return code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 104; /* h */
}

function patternTokenEnd(text: string, position: number, emails: EmailReader): number {
  if (mayStartBeforeEmail(text.charCodeAt(position))) {
    beforeEmail.lastIndex = position;
    const early = beforeEmail.exec(text);
    if (early) return position + early[0].length;
  }
  const email = emails.endAt(position);
  if (email >= 0) return email;
  afterEmail.lastIndex = position;
  const match = afterEmail.exec(text);
  return match ? position + match[0].length : position + 1;
}

// Most tokens are plain ASCII words and punctuation, which the patterns above would match exactly as
// these scans do; anything that might be a URL, e-mail, acronym, number or apostrophe goes to the patterns.
const asciiLetter = 1;
const loneMark = 2;
const asciiClass = new Uint8Array(128);
for (let code = 65; code <= 90; code++) asciiClass[code] = asciiClass[code + 32] = asciiLetter;
for (const mark of ',;:!?()[]{}"*#&=<>|~^$`\\') asciiClass[mark.charCodeAt(0)] = loneMark;

/** Where the plain word or punctuation mark at `position` ends, or -1 when the full pattern must decide. */
function plainTokenEnd(text: string, position: number): number {
  const code = text.charCodeAt(position);
  if (code >= 128) return -1;
  const kind = asciiClass[code];
  // Two backticks open a quotation and two apostrophes close one in Penn Treebank text and the wires
  // written like it (``…'', and ''…'' in the New York Times): one token each, which the tagger reads as
  // the quotation mark it learnt from its training corpora, not as two apostrophes.
  const doubledMark = code === 96 || code === 39; // ` or '
  if (doubledMark && text.charCodeAt(position + 1) === code) return position + 2;
  if (kind === loneMark) return position + 1;
  if (kind !== asciiLetter) return -1;
  let end = position + 1;
  while (end < text.length) {
    const next = text.charCodeAt(end);
    if (next < 128 && asciiClass[next] === asciiLetter) end++;
    else break;
  }
  if (end === text.length) return end;
  const after = text.charCodeAt(end);
  // Letters, digits, marks, apostrophes, hyphens and e-mail characters continue or change the token,
  // and so does an ampersand joining a capital or digit ("AT&T").
  if (after === 38 /* & */ && isCapitalOrDigit(text.charCodeAt(end + 1))) return -1;
  return after < 128 && (asciiClass[after] === loneMark || isSpace(after)) && after !== 58 /* : */ ? end : -1;
}

function isCapitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 128 && /\p{Lu}/u.test(String.fromCharCode(code)));
}

function isPossessive(text: string, end: number): boolean {
  const apostrophe = text.charCodeAt(end - 2);
  return (apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(end - 1) | 32) === 115; /* s */
}

function isAbbreviation(word: string): boolean {
  if (abbreviations.has(word)) return true;
  return word.length === 1 && /\p{Lu}/u.test(word);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, tokenStart: first, tokenEnd: endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const gapLength = next.start - tokens[i].end;
    const newlines = gapLength === 0 ? 0 : countNewlines(text, tokens[i].end, next.start);
    if (newlines >= 2) {
      close(i + 1);
      continue;
    }
    if (newlines === 1 && lineBreakEndsSentence(tokens[i], next)) {
      close(i + 1);
      continue;
    }
    if (sentenceFinal.has(tokens[i].text) && gapLength > 0) {
      if (startsSentence(next.text)) close(i + 1);
      continue;
    }
    // ".”", ".)" and ".''" (two apostrophes closing, as the New York Times writes) end the sentence after the closing marks.
    if (closers.has(tokens[i].text) && gapLength > 0 && i > first && sentenceFinal.has(tokens[i - 1].text) && startsSentence(next.text)) close(i + 1);
  }
  close(tokens.length);
  return sentences;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

// A single line break ends a sentence unless the text was hard-wrapped mid-sentence.
function lineBreakEndsSentence(previous: Token, next: Token): boolean {
  if (sentenceFinal.has(previous.text) || closers.has(previous.text)) return true;
  if (/^[,;:(-]$/u.test(previous.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return false;
  return !/^\p{Ll}/u.test(previous.text);
}

function startsSentence(word: string): boolean {
  return /^[\p{Lu}\p{N}"“«‘'`¿¡(\-—–]/u.test(word);
}
