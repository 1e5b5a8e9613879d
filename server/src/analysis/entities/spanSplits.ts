// Spans the tagger drew over more or less than one name: two names in one ("Hillary And Obama",
// "Hewlett-Packard CEO Carly Fiorina", "Senator Rand Paul of Kentucky"), a state ending the sentence
// before a name, an editor's bracket, and given names the tagger left out before a surname.
import type { Token } from '../types';
import { foldWord } from './gazetteerIndex';
import { startsUpperCase } from '../characters';
import { withoutDots, type MentionWords, type TaggedSpan } from './mentionWords';

// "Hillary And Obama", "Donald remains Donald": a person's name holds no conjunction and no lower-case
// word but its particles ("de", "van"); such a span is the names around them. Where capitals say nothing
// (a headline in Title Case), a word written in lower case nearly always ends the name, and what follows
// it is no name the span says anything of ("Howard Dean Tells Democratic Convention").
export function splitPerson(words: MentionWords, tokens: readonly Token[], span: TaggedSpan, weak: boolean): TaggedSpan[] {
  if (span.last - span.first < 2) return [span];
  const ofPlace = personOfPlace(words, tokens, span);
  if (ofPlace.length > 1) return ofPlace;
  if (span.type === 'ORG' && words.conventions.titlesInsideOrganisations) return titleInside(words, tokens, span, 2);
  if (span.type !== 'PER') return [span];
  // "Bedminster, N.J. Roger Ailes, the former chairman": the state ends the sentence before the name.
  const opening = tokens[span.first].text;
  if (opening.endsWith('.') && words.stateAbbreviations.has(withoutDots(foldWord(opening))))
    return [
      { first: span.first, last: span.first, type: 'LOC', sentence: span.sentence },
      { first: span.first + 1, last: span.last, type: span.type, sentence: span.sentence },
    ];
  const titled = titleInside(words, tokens, span);
  if (titled.length > 1) return titled;
  if (weak) {
    for (let i = span.first + 1; i < span.last; i++) {
      // Lower-case words and conjunctions part the names below instead ("Why Hillary And Obama Disagree",
      // "Molinos Río de la Plata").
      const word = tokens[i].text;
      if (startsUpperCase(word) && words.isLooseWord(word) && !words.coordinators.has(foldWord(word)))
        return [{ first: span.first, last: i - 1, type: span.type, sentence: span.sentence }];
    }
  }
  const parts: TaggedSpan[] = [];
  let first = span.first;
  for (let i = span.first + 1; i < span.last; i++) {
    const word = tokens[i].text;
    const folded = foldWord(word);
    const breaks =
      (words.coordinators.has(folded) || /^\p{Ll}+$/u.test(word) || (words.boundaryWords.has(folded) && !words.nameStarts.has(folded))) &&
      !words.nameParticles.has(word);
    if (!breaks) continue;
    if (i > first) parts.push({ first, last: i - 1, type: span.type, sentence: span.sentence });
    first = i + 1;
  }
  if (first === span.first) return [span];
  if (first <= span.last) parts.push({ first, last: span.last, type: span.type, sentence: span.sentence });
  return parts;
}

// "Hewlett-Packard CEO Carly Fiorina", "Texas Sen. Ted Cruz": a title inside a person's name opens it;
// what comes before it is a place or an organisation. In an organisation's name, where the language
// says so, a title with `wordsAfter` capitalised words or more after it does too ("Republican National
// Committee Chairman Reince Priebus"; "Escuela Reina Sofía" stays whole).
function titleInside(words: MentionWords, tokens: readonly Token[], span: TaggedSpan, wordsAfter = 1): TaggedSpan[] {
  for (let at = span.last - wordsAfter; at > span.first; at--) {
    if (
      !words.isTitle(tokens[at].text) ||
      !startsUpperCase(tokens[at].text) ||
      !tokens.slice(at + 1, span.last + 1).every((token) => startsUpperCase(token.text))
    )
      continue;
    const before: TaggedSpan = { first: span.first, last: at - 1, type: span.type, sentence: span.sentence };
    return [
      { first: span.first, last: at - 1, type: words.isPlace(tokens, before) ? 'LOC' : 'ORG', sentence: span.sentence },
      { first: at, last: span.last, type: 'PER', sentence: span.sentence },
    ];
  }
  return [span];
}

// "Senator Rand Paul of Kentucky", "Patrick J. Toomey of Pennsylvania": a title or a first name, a
// name, "of" and a known place are a person and the place, whatever the tagger called them ("Bank of
// America", "Queen of the South", "University of Kentucky" stay whole).
function personOfPlace(words: MentionWords, tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  let of = span.first + 2;
  while (of < span.last && tokens[of].text !== 'of') of++;
  if (of >= span.last || !tokens.slice(span.first + 1, of).every((token) => startsUpperCase(token.text))) return [span];
  const place: TaggedSpan = { first: of + 1, last: span.last, type: 'LOC', sentence: span.sentence };
  if (!words.isPlace(tokens, place)) return [span];
  const opening = tokens[span.first].text;
  // The title may stand inside the span or right before it ("Sen. Rand Paul of Kentucky", the tagger's "Rand Paul of Kentucky").
  const titled = words.isTitle(opening) || (span.first > 0 && words.isTitle(tokens[span.first - 1].text));
  const firstName = /^\p{Lu}\p{Ll}+$/u.test(opening) && words.isFirstName(opening);
  return titled || firstName ? [{ first: span.first, last: of - 1, type: 'PER', sentence: span.sentence }, place] : [span];
}

// "[New Jersey Gov. Chris] Christie", "Christie [R-N.J.": an editor's bracket opened or closed outside the
// span is no part of a name; the name is the words on the far side of it.
export function leaveBracketsOpenedOutside(tokens: readonly Token[], span: TaggedSpan): void {
  let open = -1;
  for (let i = span.first; i <= span.last; i++) {
    const text = tokens[i].text;
    if (text === '[' || text === '(') open = open < 0 ? i : open;
    else if ((text === ']' || text === ')') && open >= 0) open = -1;
    else if ((text === ']' || text === ')') && i < span.last) span.first = i + 1;
  }
  if (open > span.first) span.last = open - 1;
}

// "Bashar al-Assad": the tagger may take a surname with its Arabic article alone, even for a place;
// the one or two capitalised words before it are the rest of the name. "candidate Carly Fiorina", the
// tagger's "Fiorina" alone: a known first name right before a person's name, in a sentence whose
// capitals say something and not opening it ("Will Trump win?"), is part of it, and makes a one-word
// organisation that is no known one nor a place a person ("executive Carly Fiorina", "Fiorina" taken
// for a company).
export function joinGivenNames(
  words: MentionWords,
  tokens: readonly Token[],
  span: TaggedSpan,
  sentenceStart: number,
  coveredUntil: number,
  weak: boolean,
): void {
  const arabic = /^(?:al|el)-\p{Lu}/u.test(tokens[span.first].text);
  const surname = foldWord(tokens[span.first].text);
  const mayBePerson =
    span.type === 'PER' || (span.type === 'ORG' && span.first === span.last && !words.organizations.has(surname) && !words.isKnownPlace([surname]));
  if (!arabic && (!mayBePerson || weak)) return;
  const from = arabic ? Math.max(sentenceStart, coveredUntil + 1) : Math.max(sentenceStart + 1, coveredUntil + 1);
  for (let taken = 0; taken < (arabic ? 2 : 1) && span.first > from; taken++) {
    const word = tokens[span.first - 1].text;
    const folded = foldWord(word);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || words.boundaryWords.has(folded) || words.sentenceWords.has(folded)) return;
    if (
      !arabic &&
      (!words.isFirstName(word) || words.isTitle(word) || words.isKnownPlace([folded]) || tokens[span.first - 1].end + 1 !== tokens[span.first].start)
    )
      return;
    span.first--;
    if (!arabic) span.type = 'PER';
  }
}

// "General Suleiman al-Amr, in remarks": a surname with its Arabic article the tagger left after a person's name is part of it.
export function joinArabicSurname(tokens: readonly Token[], span: TaggedSpan, sentenceEnd: number): void {
  if (span.type !== 'PER') return;
  while (span.last + 1 < sentenceEnd && /^(?:al|el)-\p{Lu}/u.test(tokens[span.last + 1].text) && tokens[span.last].end + 1 === tokens[span.last + 1].start)
    span.last++;
}

// "the Muhammad Ali-Joe Frazier fight": two people joined by a hyphen inside one span, the second's known
// first name right after the hyphen, a name before it and a surname after it ("Jean-Luc Picard" opens
// its span and stays whole). The hyphen's offset, or -1.
export function hyphenBetweenPeople(words: MentionWords, tokens: readonly Token[], span: TaggedSpan): number {
  for (let at = span.first + 1; at < span.last; at++) {
    const hyphen = /^\p{Lu}\p{Ll}+-(\p{Lu}\p{Ll}+)$/u.exec(tokens[at].text);
    // A surname too, it is a double surname's second half ("Ana López-García Ruiz").
    if (hyphen && words.isFirstName(hyphen[1]) && !words.gazetteer.isEntry([foldWord(hyphen[1])], 'lastName'))
      return tokens[at].start + tokens[at].text.indexOf('-');
  }
  return -1;
}

// "Dar es Salaam", "United States of America": a place's name with lower-case words inside, which the
// tagger read as two names around them, is one place when either part was read as a place.
export function joinPlaceParts(words: MentionWords, tokens: readonly Token[], parts: TaggedSpan[]): TaggedSpan[] {
  const joined: TaggedSpan[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (next && next.sentence === part.sentence && (part.type === 'LOC' || next.type === 'LOC') && isPlaceAcross(words, tokens, part, next)) {
      joined.push({ first: part.first, last: next.last, type: 'LOC', sentence: part.sentence });
      i++;
    } else joined.push(part);
  }
  return joined;
}

function isPlaceAcross(words: MentionWords, tokens: readonly Token[], part: TaggedSpan, next: TaggedSpan): boolean {
  const gap = next.first - part.last - 1;
  if (gap < 1 || gap > 2) return false;
  // "Jammu and Kashmir" stays two places, each a name of its own.
  for (let at = part.last + 1; at < next.first; at++) if (!/^\p{Ll}+$/u.test(tokens[at].text) || words.coordinators.has(tokens[at].text)) return false;
  const folded: string[] = [];
  for (let at = part.first; at <= next.last; at++) folded.push(foldWord(tokens[at].text));
  return words.isKnownPlace(folded);
}
