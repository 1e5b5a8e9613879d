// Tokens and sentences with offsets, for news text as it is typed: accents, curly quotes, «»,
// em dashes, hyphenated names, initials ("J. R. R."), dotted acronyms ("EE.UU.", "U.S.").
import type { Sentence, Token } from './types';
import esAbbreviations from './resources/es/abbreviations.json';
import enAbbreviations from './resources/en/abbreviations.json';

const abbreviations = new Set([...esAbbreviations.abbreviations, ...enAbbreviations.abbreviations]);

// Order matters: the first alternative that matches at a position wins.
const tokenPattern = new RegExp(
  [
    String.raw`['’]s(?![\p{L}\p{N}])`, // possessive, split off the word before it
    String.raw`https?:\/\/[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]]`, // URL
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
    String.raw`(?:\p{L}{1,3}\.){2,}`, // dotted acronym: EE.UU., U.S., a.m.
    String.raw`\d+(?:[.,:\/-]\d+)*(?:st|nd|rd|th|º|ª|°)?`, // numbers, dates, times, ordinals
    String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`, // word, hyphenated or with apostrophe
    String.raw`\.{2,}|-{2,}`, // ellipsis and double dash
    String.raw`[^\s]`, // any other single character: punctuation, symbols
  ].join('|'),
  'uy',
);

const sentenceFinal = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const closers = new Set(['"', '”', '’', "'", '»', ')', ']', '—']);

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
  let position = from;
  while (position < to) {
    const code = text.charCodeAt(position);
    if (isSpace(code)) {
      position++;
      continue;
    }
    let end = plainTokenEnd(text, position);
    if (end < 0) {
      tokenPattern.lastIndex = position;
      const match = tokenPattern.exec(text);
      end = match ? position + match[0].length : position + 1;
    }
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

// Most tokens are plain ASCII words and punctuation, which the pattern above would match exactly as
// these scans do; anything that might be a URL, e-mail, acronym, number or apostrophe goes to the pattern.
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
  // Letters, digits, marks, apostrophes, hyphens and e-mail characters continue or change the token.
  return after < 128 && (asciiClass[after] === loneMark || isSpace(after)) && after !== 58 /* : */ ? end : -1;
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
    // ".”" and ".)" end the sentence after the closing mark.
    if (closers.has(tokens[i].text) && gapLength > 0 && i > first && sentenceFinal.has(tokens[i - 1].text) && startsSentence(next.text)) {
      close(i + 1);
    }
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
  return /^[\p{Lu}\p{N}"“«‘'¿¡(\-—–]/u.test(word);
}
