// Reported speech or a quoted term? Speech is cued, introduced by a colon, or a clause of its own;
// a title ("Good Morning America") or a few quoted words with no one saying them are a term.
import type { EntityMention, Span } from '../types';
import type { Attribution } from './attribution';
import { spanIndexAtOrAfter } from '../spanSearch';
import type { QuoteContext } from './context';
import { isToken, lowerAt } from './context';
import type { SpeechLexicon } from './lexicon';
import type { QuotedStretch } from './marks';
import {
  hasLetterOrDigit,
  isDigit,
  isOneOf,
  isSpace,
  letterCase,
  LetterCase,
  lowerCase,
  startsLowerCase,
  startsUpperCase,
  startsWithLetter,
} from '../characters';

export function isSpeech(
  text: string,
  stretch: QuotedStretch,
  context: QuoteContext,
  attribution: Attribution,
  lexicon: SpeechLexicon,
  mentions: EntityMention[],
): boolean {
  if (stretch.kind === 'dialogue') return true;
  if (attribution.introducedByColon) return !excerptOfWorkCited(context, lexicon);
  if (afterTermMarker(context, lexicon)) return false;
  const inner = text.slice(stretch.inner.start, stretch.inner.end).trim();
  const { words, capitalised } = readWords(inner, lexicon);
  // An exclamation or a question ("What a Super Tuesday!") is said, whatever its capitals.
  const title = capitalised && !endsWithOneOf(inner, '!?') && !inHeadline(context, lexicon);
  if (namedByCue(context, lexicon) || lexicon.namingWords.has(lowerAt(context, context.self - 1))) return true;
  if (title && objectOfSpeechVerb(context, lexicon)) return true;
  // "unless simply because "she" is a "he"": a pronoun alone in marks is the word talked about, not words said.
  if (isOnePronoun(inner, lexicon)) return false;
  // An organisation's or a place's name in quotation marks ("el diario “Reforma”", "el hospital «Infanta
  // Cristina»") is named, not said, unless a cue says someone calls it so ("calls the US the “Great Satan”").
  if (lexicon.quotedNamesNamed && isOneName(text, stretch, mentions)) return false;
  // "told the hosts of ''Morning Joe,''", "the television program ''Inside Edition''": a title in its place.
  if (title && (afterPreposition(context, lexicon) || namesTheNounBefore(context, lexicon) || namesTheWorkAfter(context, lexicon))) return false;
  // Headlines and subheads quote in single straight marks: "'A change warrior.'", "Wary of 'chaos.'".
  const subhead = lexicon.subheadMarks.has(text.slice(stretch.start, stretch.inner.start));
  // "“Here comes Big Daddy,” she said. “The Donald. Big Daddy.”": a sentence ending inside its marks is no title, whatever its capitals.
  if (!subhead && endsWithOneOf(inner, '.!?…') && isWholeSentence(context) && !citedAsWork(context, lexicon)) return true;
  if (titlesAnOwnedWork(context, lexicon)) return false;
  if (attribution.cued) return !title || (words < lexicon.shortestCuedTitle && !afterPossessive(context));
  if (title && words < lexicon.unattributedQuoteMinimumWords) return false;
  if (citedAsWork(context, lexicon)) return false;
  if (words >= 3 && startsUpperCase(inner) && isWholeSentence(context)) return !subhead;
  if (words >= lexicon.unattributedPhraseMinimumWords || (endsWithOneOf(inner, '.!?…') && !subhead)) return true;
  // "Trump would denounce “self-deportation”", "he laments a ''throwaway culture''": a person or
  // organisation named before it in its sentence is whose words a short phrase quotes.
  return lexicon.personPhrasesSaid && personBefore(context, lexicon, mentions) !== null;
}

/** The marks hold one organisation's or place's name and nothing else ("el diario “Reforma”"). */
export function isOneName(text: string, stretch: QuotedStretch, mentions: EntityMention[]): boolean {
  let start = stretch.inner.start;
  let end = stretch.inner.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isOneOf(text[end - 1], ',.'))) end--;
  const mention = mentions[spanIndexAtOrAfter(mentions, start)];
  return mention !== undefined && mention.start === start && mention.end === end && (mention.type === 'ORG' || mention.type === 'LOC');
}

/** The last name of a person or organisation, or personal pronoun or possessive ("he", "they", "her", "its"), in the
 * quotation's sentence before it (mentions in order): who may be saying it. */
export function personBefore(context: QuoteContext, lexicon: SpeechLexicon, mentions: EntityMention[]): Span | null {
  let person: Span | null = null;
  let next = -1;
  for (let at = context.ownStart; at < context.self; at++) {
    const item = context.items[at];
    if (!isToken(item)) continue;
    const word = lowerAt(context, at);
    if (lexicon.malePronouns.has(word) || lexicon.femalePronouns.has(word) || lexicon.personPronouns.has(word) || lexicon.possessives.has(word)) person = item;
    if (next < 0) next = spanIndexAtOrAfter(mentions, item.start);
    while (next < mentions.length && mentions[next].start < item.start) next++;
    const mention = mentions[next];
    if (mention?.start === item.start && (mention.type === 'PER' || mention.type === 'ORG')) person = { start: mention.start, end: mention.end };
  }
  return person;
}

// Its last character, not a pattern anchored at the end, which reads a long quotation through.
function endsWithOneOf(text: string, characters: string): boolean {
  return text.length > 0 && isOneOf(text[text.length - 1], characters);
}

function isOnePronoun(inner: string, lexicon: SpeechLexicon): boolean {
  let end = inner.length;
  while (end > 0 && isOneOf(inner[end - 1], '.,;:!?')) end--;
  // A pronoun is one word: a quotation is not lowered whole to learn it is none.
  if (/\s/u.test(inner)) return false;
  const word = lowerCase(inner.slice(0, end));
  return lexicon.personPronouns.has(word) || lexicon.malePronouns.has(word) || lexicon.femalePronouns.has(word);
}

/** The quotation's words, counted only as far as a decision needs them, and whether they read as a
 * title: every word capitalised but the small ones ("Sunday Morning Futures", "Law and Order"). */
function readWords(inner: string, lexicon: SpeechLexicon): { words: number; capitalised: boolean } {
  const enough = Math.max(lexicon.shortestCuedTitle, lexicon.unattributedQuoteMinimumWords, lexicon.unattributedPhraseMinimumWords, 3);
  let words = 0;
  let title = true;
  let someCapital = false;
  // The runs of characters other than spaces (what /\S+/gu finds), read by code: no match made for every word.
  for (let end = 0; end < inner.length;) {
    let start = end;
    while (start < inner.length && isSpace(inner.charCodeAt(start))) start++;
    if (start >= inner.length) break;
    end = start + 1;
    while (end < inner.length && !isSpace(inner.charCodeAt(end))) end++;
    const word = inner.slice(start, end);
    if (!hasLetterOrDigit(word)) continue;
    words++;
    if (title) {
      if (startsUpperCase(word)) someCapital = true;
      else if (!/^[\p{N}#@(¿¡'"‘“]/u.test(word) && !lexicon.titleSmallWords.has(lowerCase(word))) title = false;
    }
    // Past the largest word count that matters, only a title still being read needs the rest.
    if (!title && words >= enough) break;
  }
  return { words, capitalised: title && someCapital };
}

// «No hay ninguna razón para convocar elecciones». A quoted sentence standing alone is speech.
function isWholeSentence(context: QuoteContext): boolean {
  if (!context.ownWhole) return false;
  for (let at = context.ownStart; at < context.ownEnd; at++) {
    const item = context.items[at];
    if (at !== context.self && (!isToken(item) || hasLetterOrDigit(item.text))) return false;
  }
  return true;
}

// A headline capitalises every word, so capitals say nothing of its quotations.
function inHeadline(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  let words = 0;
  let capitalised = 0;
  for (let at = context.ownStart; at < context.ownEnd; at++) {
    const item = context.items[at];
    if (!isToken(item) || !startsWithLetter(item.text) || lexicon.titleSmallWords.has(lowerAt(context, at))) continue;
    words++;
    if (startsUpperCase(item.text)) capitalised++;
  }
  return words >= 3 && capitalised >= words * 0.8;
}

/** Punctuation between a naming cue and a quotation that stops the search for it. */
const namingStops = '.,;:!?"“”«»';

/** How far back from a quotation a naming cue may stand: "called Sen. Elizabeth Warren (D-Mass.) as “…”". */
const namingReach = 8;

/** "called Rubio “Little Marco”", "referring to Warren as “Pocahontas”", "la calificó de «paso necesario»": the quotation is what the cue's subject called someone or something. */
export function namedByCue(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  for (let at = context.self - 1; at >= 0 && at >= context.self - namingReach; at--) {
    const item = context.items[at];
    if (!isToken(item) || isOneOf(item.text, namingStops)) return false;
    if (lexicon.namingCues.has(lowerAt(context, at))) return !isNoun(context, at - 1, lexicon);
  }
  return false;
}

// "a call for", "the calls", "taking calls from listeners", "during calls": after an article, a preposition or a
// gerund's verb ("being called" is the naming verb's passive), a naming cue is a noun.
function isNoun(context: QuoteContext, before: number, lexicon: SpeechLexicon): boolean {
  const word = lowerAt(context, before);
  if (lexicon.prepositions.has(word)) return true;
  if (lexicon.gerundEndings.some((ending) => word.endsWith(ending)) && !lexicon.beForms.has(word) && !lexicon.auxiliaries.has(word)) return true;
  return lexicon.determiners.has(word) && !lexicon.possessives.has(word);
}

// "protesters chanting “Dump Harbour Boss”", "a sign that read, “Bread Before Borders”": a title right after a speech verb
// is what was said or written, not a work's name ("told “Morning Tide”" speaks to the programme).
function objectOfSpeechVerb(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  const verb = lowerAt(context, lowerAt(context, context.self - 1) === ',' ? context.self - 2 : context.self - 1);
  return lexicon.verbForms.has(verb) && !lexicon.addresseeVerbs.has(verb);
}

function afterPreposition(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  return lexicon.prepositions.has(lowerAt(context, context.self - 1));
}

/** "la operación «Tormenta del Desierto»", "the television program ''Inside Edition''", "the TV show "Shark Tank"": a name given to the noun before it. */
export function namesTheNounBefore(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  const noun = context.items[context.self - 1];
  if (!isToken(noun) || !startsLowerCase(noun.text)) return false;
  for (let at = context.self - 2; at >= context.self - 4 && at >= 0; at--) {
    const item = context.items[at];
    // An acronym is a modifier as a lower-case word is ("the MSNBC show", "the TV show").
    if (!isToken(item) || !(startsLowerCase(item.text) || isAcronym(item.text))) return false;
    if (lexicon.determiners.has(lowerAt(context, at))) return true;
  }
  return false;
}

// "his “Keepin' It Real” radio program", "''Trump Revealed,'' a biography": a title naming the work after it.
function namesTheWorkAfter(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  for (let at = context.self + 1; at <= context.self + 3 && at < context.items.length; at++) {
    const item = context.items[at];
    if (!isToken(item) || !(startsLowerCase(item.text) || isAcronym(item.text))) return false;
    if (lexicon.workNouns.has(lowerAt(context, at))) return true;
  }
  return false;
}

/** How many modifiers may stand between a work's owner and its noun: "her stunning new documentary". */
const workModifiers = 3;

// "her new documentary “13th.”", "Ouisa Davis' commentary, "Melania, tell your immigrant story,"": the quotation titles
// a work its owner is named for, whatever its words.
function titlesAnOwnedWork(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  const nounAt = lowerAt(context, context.self - 1) === ',' ? context.self - 2 : context.self - 1;
  if (!lexicon.workNouns.has(lowerAt(context, nounAt))) return false;
  for (let at = nounAt - 1; at >= nounAt - 1 - workModifiers && at >= 0; at--) {
    const item = context.items[at];
    if (!isToken(item)) return false;
    const word = lowerAt(context, at);
    // "DuVernay’s" and "Davis'" are tokens of their own after the name.
    if (lexicon.possessives.has(word) || word === '’s' || word === "'s" || word === "'" || word === '’') return true;
    if (!startsLowerCase(item.text) && !isAcronym(item.text) && !isDigit(item.text.charCodeAt(0))) return false;
  }
  return false;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && (letterCase(word) & LetterCase.AllCapitals) !== 0;
}

// "the so-called "ghost gear"", "la llamada "pesca fantasma"": named as a term, whatever verb is near.
function afterTermMarker(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  // Loops, not some() and every() with closures: asked of every quoted stretch.
  for (const marker of lexicon.termMarkers) {
    const first = context.self - marker.length;
    let matches = first >= 0;
    for (let index = 0; matches && index < marker.length; index++)
      matches = isToken(context.items[first + index]) && lowerAt(context, first + index) === marker[index];
    if (matches) return true;
  }
  return false;
}

/** The digits of a year, as a work's date is cited: "(2015)". */
const year = /^\d{4}$/u;

// "— “Matthew Morrison is leaving ‘Neverland,’” by Times’ Michael Paulson", "“Yes to minaret ban” (2009)":
// a headline credited to its writer, a slogan or title dated in brackets, is a work cited, whatever its words.
function citedAsWork(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  const { items, self } = context;
  const text = (at: number) => {
    const item = items[at];
    return isToken(item) ? item.text : '';
  };
  // In lower case only: a headline's "By" is a passive's agent ("I Am ‘Horrified’ By Donald Trump").
  if (lexicon.workCredits.has(text(self + 1))) return startsUpperCase(text(self + 2));
  return text(self + 1) === '(' && year.test(text(self + 2)) && text(self + 3) === ')';
}

/** How many words a work's credit may take between its cue and the colon: "by The Wall Street Journal's Jennifer Smith:". */
const creditReach = 8;

// "“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: “A Manhattan man is suing …”": a passage
// quoted from a headline's article, after its credit and a colon, is the work's text, not anyone's speech.
function excerptOfWorkCited(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  const { items, self } = context;
  for (let at = self - 2; at >= 0 && at >= self - 2 - creditReach; at--) {
    const item = items[at];
    if (!isToken(item)) return false;
    if (lexicon.workCredits.has(item.text)) return at < self - 2 && at > 0 && !isToken(items[at - 1]);
  }
  return false;
}

// "NBC’s “Today”", "MSNBC's "Morning Joe"": a title owned by someone is the name of a work.
function afterPossessive(context: QuoteContext): boolean {
  const item = context.items[context.self - 1];
  return isToken(item) && /['’]s$/u.test(item.text);
}
