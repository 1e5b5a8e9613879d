// The tagger's spans made into the mentions a reader expects, and the evidence each gives the corpus
// about its entity. The tagger reads words one sentence at a time and takes what a capital letter
// suggests; news puts capitals where no name is (headlines in Title Case, a sentence's first word) and
// writes names with words around them that are not the name ("Mr. Trump", "R-Texas"). So:
// - a title or honorific before a name is not part of it, and says the name is a person's
//   ("la ministra Marín" is no place, "Mr. Cruz" no place either);
// - words that never begin or end a name come off its edges ("To Ben Carson", "Maduro Según"), and so
//   do words written in lower case nearly always, at the edge of a person's name where capitals say
//   nothing: a headline in Title Case ("Donald Trump Leads"), a sentence's first word;
// - "F/A-18" is one name, and so is a ministry that lists its fields ("Ministerio de Agricultura,
//   Pesca y Alimentación");
// - a mention in a headline or a line of capitals is weak evidence of its span and type; one whose whole
//   name is a known place says which kind (a country or region acts as itself, a town may name its club).
import type { AnalysisInput, EntityMention, EntityType, Token } from '../types';
import { categoryMask, foldWord, type Gazetteer } from './gazetteerIndex';
import { sharedGazetteer } from './bundledGazetteer';
import { typeShortFormsOfSureNames } from './sureNames';
import { entityMention } from '../entityMention';
import { LetterCase, letterCase, startsLowerCase } from '../characters';
import esMentions from '../resources/es/ner-mentions.json';
import enMentions from '../resources/en/ner-mentions.json';
import esSentenceWords from '../resources/es/ner-sentence-words.json';
import enSentenceWords from '../resources/en/ner-sentence-words.json';
import esGroupWords from '../resources/es/ner-group-words.json';
import enGroupWords from '../resources/en/ner-group-words.json';

export interface MentionConventions {
  honorifics: string[];
  roles: string[];
  boundaryWords: string[];
  /** Boundary words that may begin a name all the same: "De Gaulle", "El Salvador", "The Hague". */
  nameStarts: string[];
  partyPrefixes: string[];
  institutionHeads: string[];
  coordinators: string[];
  /** News agencies, whose names in brackets sign a dateline. */
  agencies: string[];
  /** Countries' abbreviations, lower case, without dots or spaces ("eeuu", "us"). */
  countryAbbreviations: string[];
  /** US states' abbreviations, lower case, without dots ("nj", "calif"): a place, never a name's first word. */
  stateAbbreviations: string[];
  /** Words that make a name an organisation's when they begin it ("Fundación") or end it ("Foundation"). */
  organizationHeads: string[];
  organizationTails: string[];
  /** Legal forms that end a company's name ("SpA", "Inc", "S.A."), folded. */
  legalForms: string[];
  /** Seas and oceans, folded: places beyond doubt, as countries and continents are. */
  seas: string[];
  /** Well-known companies and platforms, folded ("twitter"): organisations beyond doubt. */
  organizations: string[];
  /** Prepositions of place ("frente a", "off"), lower case. */
  placePrepositions: string[];
  /** The lower-case words a person's name may hold ("de", "van", "bin"). */
  nameParticles: string[];
  /** Words written in lower case mid-sentence nearly always (ner-sentence-words.json). */
  sentenceWords: string[];
  /** Nationalities and groups of people (ner-group-words.json): a name of one word that is one is MISC. */
  groupWords: string[];
}

/** A tagged name as token indices, first and last inclusive, in its sentence. */
export interface TaggedSpan {
  first: number;
  last: number;
  type: EntityType;
  sentence: number;
}

// Countries and continents act as themselves; a region or a town may also name a team ("Florida", "el Barcelona").
const quoteMarks = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', "''", '``']);

const countryCategories = ['country', 'continent'] as const;
const townCategories = ['region', 'city'] as const;
/** The words of a dateline's country or state between its town and its date ("England", "Mo.", "New South Wales"). */
const datelineRegionWords = 3;

export class MentionRepairs {
  private readonly honorifics: Set<string>;
  private readonly roles: Set<string>;
  private readonly boundaryWords: Set<string>;
  private readonly nameStarts: Set<string>;
  private readonly institutionHeads: Set<string>;
  private readonly coordinators: Set<string>;
  private readonly agencies: Set<string>;
  private readonly countryAbbreviations: Set<string>;
  private readonly stateAbbreviations: Set<string>;
  private readonly organizationHeads: Set<string>;
  private readonly organizationTails: Set<string>;
  private readonly legalForms: Set<string>;
  private readonly seas: Set<string>;
  private readonly organizations: Set<string>;
  private readonly placePrepositions: Set<string>;
  private readonly nameParticles: Set<string>;
  private readonly sentenceWords: Set<string>;
  private readonly groupWords: Set<string>;

  constructor(
    private readonly conventions: MentionConventions,
    private readonly gazetteer: Gazetteer,
  ) {
    this.honorifics = new Set(conventions.honorifics);
    this.roles = new Set(conventions.roles);
    this.boundaryWords = new Set(conventions.boundaryWords);
    this.nameStarts = new Set(conventions.nameStarts);
    this.institutionHeads = new Set(conventions.institutionHeads);
    this.coordinators = new Set(conventions.coordinators);
    this.agencies = new Set(conventions.agencies);
    this.countryAbbreviations = new Set(conventions.countryAbbreviations);
    this.stateAbbreviations = new Set(conventions.stateAbbreviations);
    this.organizationHeads = new Set(conventions.organizationHeads);
    // A legal form ends an organisation's name too ("Ruch SA").
    this.organizationTails = new Set([...conventions.organizationTails, ...conventions.legalForms]);
    this.legalForms = new Set(conventions.legalForms);
    this.seas = new Set(conventions.seas);
    this.organizations = new Set(conventions.organizations);
    this.placePrepositions = new Set(conventions.placePrepositions);
    this.nameParticles = new Set(conventions.nameParticles);
    this.sentenceWords = new Set(conventions.sentenceWords);
    this.groupWords = new Set(conventions.groupWords);
  }

  /** Spans in text order. */
  repair(input: AnalysisInput, spans: readonly TaggedSpan[]): EntityMention[] {
    const { tokens } = input;
    const weakSentences = new Map<number, boolean>();
    const isWeak = (sentence: number) => weakSentences.get(sentence) ?? weakSentences.set(sentence, capitalsSayNothing(input, sentence)).get(sentence)!;
    const mentions: EntityMention[] = [];
    let coveredUntil = -1;
    // A loop, not flatMap: this runs for every name of every article.
    const parts: TaggedSpan[] = [];
    for (const span of spans) parts.push(...this.splitPerson(tokens, span));
    for (const tagged of parts) {
      if (tagged.first <= coveredUntil) continue;
      const { sentence } = tagged;
      const sentenceStart = input.sentences[sentence].tokenStart;
      const sentenceEnd = input.sentences[sentence].tokenEnd;
      const weak = isWeak(sentence);
      const span: TaggedSpan = { first: tagged.first, last: tagged.last, type: tagged.type, sentence };
      const titled = this.takeTitles(tokens, span, sentenceStart);
      this.joinSlashes(tokens, span, sentenceStart, sentenceEnd);
      this.joinGivenNames(tokens, span, sentenceStart, coveredUntil, weak);
      if (!this.trimEdges(tokens, span, sentenceStart, weak)) continue;
      if (this.isPronounLikeAbbreviation(tokens, span)) continue;
      if (span.type === 'PER' && this.namesAnOrganization(tokens, span)) span.type = 'ORG';
      // "Latinos", "Hispanics", "Republicans": a group of people, whatever the tagger read.
      if (span.first === span.last && this.groupWords.has(foldWord(tokens[span.first].text))) span.type = 'MISC';
      if (span.type === 'ORG') span.last = this.institutionFields(tokens, span, sentenceEnd);
      coveredUntil = span.last;
      const dateline = span.first === sentenceStart && this.opensDateline(tokens, span.last + 1, sentenceEnd);
      if (titled) span.type = 'PER';
      if (dateline) span.type = 'LOC';
      let start = tokens[span.first].start;
      const prefix = this.conventions.partyPrefixes.find((candidate) => tokens[span.first].text.startsWith(candidate));
      if (prefix && span.first === span.last && /^\p{Lu}/u.test(tokens[span.first].text.slice(prefix.length))) start += prefix.length;
      const end = tokens[span.last].end;
      const previous = mentions[mentions.length - 1];
      const sited = span.type === 'LOC' && !dateline && this.followsPlacePreposition(tokens, span.first, sentenceStart);
      const scored = span.type === 'ORG' && scoreFollows(tokens, span.last + 1, sentenceEnd);
      const bracketed = bracketedAfter(input.text, previous, start, end);
      const folded = tokensOf(tokens, span).map((token) => foldWord(token.text));
      const categories = this.gazetteer.entryCategories(folded);
      const isCountry = (categories & countryMask) !== 0 || this.countryAbbreviations.has(withoutDots(folded.join('')));
      const name = folded.join(' ');
      // "del Atlántico": a sea is a place whatever the tagger read, and as sure a one as a country.
      const isSea = this.seas.has(name);
      const placeKind = isCountry || isSea ? 'country' : (categories & townMask) !== 0 ? 'town' : undefined;
      let type = isSea ? 'LOC' : span.type;
      // "his 20,000 Twitter followers", "on Instagram": a platform the tagger took for a person or a place.
      if (this.organizations.has(name)) type = 'ORG';
      if (placeKind === 'town' && type === 'PER' && !titled && this.readsAsPlace(input, span, folded, previous)) type = 'LOC';
      mentions.push(entityMention(start, end, type, input.text.slice(start, end), { weak, titled, bracketed, dateline, sited, scored }, placeKind));
    }
    typeShortFormsOfSureNames(mentions, this.legalForms, (word) => this.isFirstName(word));
    return mentions;
  }

  // After a place at a line's start: a date ("1996-08-30", ", 23 may") or an agency in brackets ("(EFE)",
  // "(AP)"); its country or state may come between ("WIGAN, England 1996-08-31", "KANSAS CITY, Mo. 1996-08-30",
  // "Cardiff (Reino Unido), 23 may").
  private opensDateline(tokens: readonly Token[], next: number, sentenceEnd: number): boolean {
    let at = next;
    if (at < sentenceEnd && tokens[at].text === ',') at++;
    if (at >= sentenceEnd) return false;
    const text = tokens[at].text;
    if (/^\d{4}-\d{2}-\d{2}$/u.test(text)) return true;
    if (at > next) {
      let date = at;
      while (date < Math.min(sentenceEnd, at + datelineRegionWords) && /^\p{Lu}[\p{L}.]*$/u.test(tokens[date].text)) date++;
      if (date > at && date < sentenceEnd && /^\d{4}-\d{2}-\d{2}$/u.test(tokens[date].text)) return true;
    }
    if (/^\d{1,2}$/u.test(text) && at + 1 < sentenceEnd && /^\p{L}{3,10}\.?$/u.test(tokens[at + 1].text)) return tokens[at - 1].text === ',';
    if (text !== '(') return false;
    for (let close = at + 2; close < Math.min(sentenceEnd, at + 5); close++) {
      if (tokens[close].text !== ')') continue;
      const inside = tokens.slice(at + 1, close);
      if (this.agencies.has(foldWord(inside.map((token) => token.text).join(' ')))) return true;
      // "Cardiff (Reino Unido), 23 may (EFE)", "Miami (EEUU), 23 may": the country in brackets, then the date.
      return at === next && inside.every((token) => /^\p{Lu}[\p{L}.]*$/u.test(token.text)) && this.opensDateline(tokens, close + 1, sentenceEnd);
    }
    return false;
  }

  // "Mr. Trump", "la ministra Marín", "President Obama": the title leaves the span (CoNLL's gold does
  // not include it either) and makes the name a person's. A role opening an organisation's or a
  // place's own name stays ("General Motors", "Prince George's County").
  private takeTitles(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number): boolean {
    let titled = false;
    while (span.first < span.last && /^\p{Lu}/u.test(tokens[span.first + 1].text)) {
      const word = tokens[span.first].text;
      if (!(this.isHonorific(word) || (span.type === 'PER' && this.roles.has(titleWord(word))))) break;
      span.first++;
      titled = true;
    }
    if (span.first > sentenceStart) {
      const before = tokens[span.first - 1].text;
      if (this.isHonorific(before) || (this.roles.has(titleWord(before)) && isLowerOrTitle(before))) titled = true;
    }
    return titled;
  }

  // A country's abbreviation is written in capitals ("US", "U.S."): "Trump Tells Us" holds the pronoun.
  private isPronounLikeAbbreviation(tokens: readonly Token[], span: TaggedSpan): boolean {
    const word = tokens[span.first].text;
    return span.first === span.last && /^\p{Lu}\p{Ll}+$/u.test(word) && this.countryAbbreviations.has(foldWord(word));
  }

  // Honorifics are written capitalised ("Miss", "Mr."): "will miss England's opening match" has none.
  private isHonorific(word: string): boolean {
    return /^\p{Lu}\p{Ll}*\.?$/u.test(word) && this.honorifics.has(titleWord(word));
  }

  // "F/A-18", "AC/DC": tokens joined by a slash with no space between are one name.
  // "Bashar al-Assad": the tagger may take a surname with its Arabic article alone, even for a place;
  // the one or two capitalised words before it are the rest of the name. "candidate Carly Fiorina", the
  // tagger's "Fiorina" alone: a known first name right before a person's name, in a sentence whose
  // capitals say something and not opening it ("Will Trump win?"), is part of it.
  private joinGivenNames(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number, coveredUntil: number, weak: boolean): void {
    const arabic = /^(?:al|el)-\p{Lu}/u.test(tokens[span.first].text);
    if (!arabic && (span.type !== 'PER' || weak)) return;
    const from = arabic ? Math.max(sentenceStart, coveredUntil + 1) : Math.max(sentenceStart + 1, coveredUntil + 1);
    for (let taken = 0; taken < (arabic ? 2 : 1) && span.first > from; taken++) {
      const word = tokens[span.first - 1].text;
      const folded = foldWord(word);
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || this.boundaryWords.has(folded) || this.sentenceWords.has(folded)) return;
      if (
        !arabic &&
        (!this.isFirstName(word) ||
          this.isHonorific(word) ||
          this.roles.has(titleWord(word)) ||
          (this.gazetteer.entryCategories([folded]) & (countryMask | townMask)) !== 0 ||
          tokens[span.first - 1].end + 1 !== tokens[span.first].start)
      )
        return;
      span.first--;
    }
  }

  private joinSlashes(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number, sentenceEnd: number): void {
    const joined = (a: number, b: number) => tokens[a].end === tokens[b].start;
    while (
      span.first - 2 >= sentenceStart &&
      tokens[span.first - 1].text === '/' &&
      joined(span.first - 1, span.first) &&
      joined(span.first - 2, span.first - 1)
    )
      span.first -= 2;
    while (span.last + 2 < sentenceEnd && tokens[span.last + 1].text === '/' && joined(span.last, span.last + 1) && joined(span.last + 1, span.last + 2))
      span.last += 2;
  }

  /** False when nothing of the name is left. */
  private trimEdges(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number, weak: boolean): boolean {
    const folded = (i: number) => foldWord(tokens[i].text).replace(/’/gu, "'");
    // Acronyms and one-letter designators ("serie A", "Plan B") are names, whatever word they spell.
    const isAcronym = (i: number) => /^\p{Lu}+$/u.test(tokens[i].text);
    const isNamePart = (i: number) => (this.gazetteer.entryCategories([folded(i)]) & namePartMask) !== 0;
    const looseWord = (i: number) => span.type === 'PER' && this.sentenceWords.has(folded(i)) && !isNamePart(i) && !isAcronym(i);
    // A quoted title capitalises its words as a headline does ("‘Donald Trump Leads’").
    const quotedTitle = span.first > sentenceStart && quoteMarks.has(tokens[span.first - 1].text);
    this.leaveBracketsOpenedOutside(tokens, span);
    while (span.first < span.last && quoteMarks.has(tokens[span.first].text)) span.first++;
    while (span.last > span.first && quoteMarks.has(tokens[span.last].text)) span.last--;
    while (span.first < span.last) {
      const word = folded(span.first);
      const capitalsUninformative = weak || quotedTitle || span.first === sentenceStart;
      if (isAcronym(span.first)) break;
      if ((this.boundaryWords.has(word) && !this.nameStarts.has(word)) || (capitalsUninformative && looseWord(span.first))) span.first++;
      else break;
    }
    while (span.last > span.first && !isAcronym(span.last) && (this.boundaryWords.has(folded(span.last)) || ((weak || quotedTitle) && looseWord(span.last))))
      span.last--;
    if (span.first !== span.last) return true;
    // A name of one word that is only a title or a sentence word is no name ("Mr." alone); a role alone
    // may be a surname ("King said").
    const only = tokens[span.first].text;
    return !(this.isHonorific(only) || (this.boundaryWords.has(titleWord(only).replace(/’/gu, "'")) && !isAcronym(span.first)) || isPunctuation(only));
  }

  // "[New Jersey Gov. Chris] Christie", "Christie [R-N.J.": an editor's bracket opened or closed outside the
  // span is no part of a name; the name is the words on the far side of it.
  private leaveBracketsOpenedOutside(tokens: readonly Token[], span: TaggedSpan): void {
    let open = -1;
    for (let i = span.first; i <= span.last; i++) {
      const text = tokens[i].text;
      if (text === '[' || text === '(') open = open < 0 ? i : open;
      else if ((text === ']' || text === ')') && open >= 0) open = -1;
      else if ((text === ']' || text === ')') && i < span.last) span.first = i + 1;
    }
    if (open > span.first) span.last = open - 1;
  }

  // "Hillary And Obama", "Donald remains Donald": a person's name holds no conjunction and no lower-case
  // word but its particles ("de", "van"); such a span is the names around them.
  private splitPerson(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
    if (span.last - span.first < 2) return [span];
    const ofPlace = this.personOfPlace(tokens, span);
    if (ofPlace.length > 1) return ofPlace;
    if (span.type !== 'PER') return [span];
    // "Bedminster, N.J. Roger Ailes, the former chairman": the state ends the sentence before the name.
    const opening = tokens[span.first].text;
    if (opening.endsWith('.') && this.stateAbbreviations.has(withoutDots(foldWord(opening))))
      return [
        { first: span.first, last: span.first, type: 'LOC', sentence: span.sentence },
        { first: span.first + 1, last: span.last, type: span.type, sentence: span.sentence },
      ];
    const titled = this.titleInside(tokens, span);
    if (titled.length > 1) return titled;
    const parts: TaggedSpan[] = [];
    let first = span.first;
    for (let i = span.first + 1; i < span.last; i++) {
      const word = tokens[i].text;
      const breaks = this.coordinators.has(word.toLowerCase()) ? !this.nameParticles.has(word) : /^\p{Ll}+$/u.test(word) && !this.nameParticles.has(word);
      if (!breaks) continue;
      if (i > first) parts.push({ first, last: i - 1, type: span.type, sentence: span.sentence });
      first = i + 1;
    }
    if (first === span.first) return [span];
    if (first <= span.last) parts.push({ first, last: span.last, type: span.type, sentence: span.sentence });
    return parts;
  }

  // "Hewlett-Packard CEO Carly Fiorina", "Texas Sen. Ted Cruz": a title inside a person's name opens it;
  // what comes before it is a place or an organisation ("Escuela Reina Sofía", tagged an organisation, stays whole).
  private titleInside(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
    for (let at = span.last - 1; at > span.first; at--) {
      const word = titleWord(tokens[at].text);
      if (!(this.honorifics.has(word) || this.roles.has(word)) || !/^\p{Lu}/u.test(tokens[at].text) || !/^\p{Lu}/u.test(tokens[at + 1].text)) continue;
      const before: TaggedSpan = { first: span.first, last: at - 1, type: span.type, sentence: span.sentence };
      return [
        { first: span.first, last: at - 1, type: this.isPlace(tokens, before) ? 'LOC' : 'ORG', sentence: span.sentence },
        { first: at, last: span.last, type: 'PER', sentence: span.sentence },
      ];
    }
    return [span];
  }

  // "Senator Rand Paul of Kentucky", "Patrick J. Toomey of Pennsylvania": a title or a first name, a
  // name, "of" and a known place are a person and the place, whatever the tagger called them ("Bank of
  // America", "Queen of the South", "University of Kentucky" stay whole).
  private personOfPlace(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
    let of = span.first + 2;
    while (of < span.last && tokens[of].text !== 'of') of++;
    if (of >= span.last || !tokens.slice(span.first + 1, of).every((token) => /^\p{Lu}/u.test(token.text))) return [span];
    const place: TaggedSpan = { first: of + 1, last: span.last, type: 'LOC', sentence: span.sentence };
    if (!this.isPlace(tokens, place)) return [span];
    const opening = tokens[span.first].text;
    // The title may stand inside the span or right before it ("Sen. Rand Paul of Kentucky", the tagger's "Rand Paul of Kentucky").
    const isTitle = (word: string) => this.honorifics.has(titleWord(word)) || this.roles.has(titleWord(word));
    const titled = isTitle(opening) || (span.first > 0 && isTitle(tokens[span.first - 1].text));
    const firstName = /^\p{Lu}\p{Ll}+$/u.test(opening) && this.isFirstName(opening);
    return titled || firstName ? [{ first: span.first, last: of - 1, type: 'PER', sentence: span.sentence }, place] : [span];
  }

  private isPlace(tokens: readonly Token[], span: TaggedSpan): boolean {
    return (this.gazetteer.entryCategories(tokensOf(tokens, span).map((token) => foldWord(token.text))) & (countryMask | townMask)) !== 0;
  }

  // "frente a Cedeira", "A Coruña y Lugo": a town's one-word name, no one's first name, after a
  // preposition of place or listed after a place, is the town, whatever the tagger read.
  private readsAsPlace(input: AnalysisInput, span: TaggedSpan, folded: string[], previous: EntityMention | undefined): boolean {
    if (span.first !== span.last || this.gazetteer.isEntry(folded, 'firstName')) return false;
    if (this.followsPlacePreposition(input.tokens, span.first, input.sentences[span.sentence].tokenStart)) return true;
    // A town's name the tagger read as a person's or that is a surname ("Page, Melville", "Cárdenas y
    // Camacho") lists people, not places.
    const placeBefore =
      previous &&
      (previous.type === 'LOC' ||
        (previous.placeKind !== undefined && previous.type !== 'PER' && !this.gazetteer.isEntry(previous.text.split(' ').map(foldWord), 'lastName')));
    return placeBefore === true && /^\s*(?:,|y|e|and|&)\s*$/u.test(input.text.slice(previous.end, input.tokens[span.first].start));
  }

  private followsPlacePreposition(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
    const one = first - 1 >= sentenceStart ? tokens[first - 1].text.toLowerCase() : '';
    const two = first - 2 >= sentenceStart ? `${tokens[first - 2].text.toLowerCase()} ${one}` : '';
    return this.placePrepositions.has(one) || this.placePrepositions.has(two);
  }

  private isFirstName(word: string): boolean {
    return this.gazetteer.isEntry([foldWord(word)], 'firstName');
  }

  // "Bill and Hillary Clinton Foundation", "Fundación Hillary Clinton": a person's name inside an organisation's.
  private namesAnOrganization(tokens: readonly Token[], span: TaggedSpan): boolean {
    if (span.first === span.last) return false;
    return this.organizationHeads.has(foldWord(tokens[span.first].text)) || this.organizationTails.has(foldWord(tokens[span.last].text));
  }

  // "Ministerio de Agricultura, Pesca y Alimentación": the fields a ministry lists are its name.
  private institutionFields(tokens: readonly Token[], span: TaggedSpan, sentenceEnd: number): number {
    if (!this.institutionHeads.has(foldWord(tokens[span.first].text)) || span.last === span.first) return span.last;
    const capitalised = (i: number) => i < sentenceEnd && /^\p{Lu}\p{Ll}/u.test(tokens[i].text);
    let at = span.last + 1;
    while (at + 1 < sentenceEnd && tokens[at].text === ',' && capitalised(at + 1)) at += 2;
    return at + 1 < sentenceEnd && this.coordinators.has(tokens[at].text.toLowerCase()) && capitalised(at + 1) ? at + 1 : span.last;
  }
}

// The gazetteer categories of the repairs as bits of `Gazetteer.entryCategories`, tested without a lookup each.
const countryMask = categoryMask(countryCategories);
const townMask = categoryMask(townCategories);
const namePartMask = categoryMask(['firstName', 'lastName']);

const repairs = new Map<string, MentionRepairs>();

/** The repairs for a model's language (Spanish, else English), built once. */
export function mentionRepairsFor(language: string): MentionRepairs {
  let found = repairs.get(language);
  if (!found) {
    const resources =
      language === 'es'
        ? { mentions: esMentions, words: esSentenceWords, groups: esGroupWords }
        : { mentions: enMentions, words: enSentenceWords, groups: enGroupWords };
    found = new MentionRepairs({ ...resources.mentions, sentenceWords: resources.words.words, groupWords: resources.groups.words }, sharedGazetteer());
    repairs.set(language, found);
  }
  return found;
}

// "Partido Popular (PP)": only spaces and an opening bracket between the two names, a closing one after.
function bracketedAfter(text: string, previous: EntityMention | undefined, start: number, end: number): boolean {
  if (!previous || start - previous.end > 4) return false;
  return /^\s*\(\s*$/u.test(text.slice(previous.end, start)) && /^\s*\)/u.test(text.slice(end, end + 3));
}

function tokensOf(tokens: readonly Token[], span: TaggedSpan): Token[] {
  return tokens.slice(span.first, span.last + 1);
}

function withoutDots(text: string): string {
  return text.includes('.') ? text.replace(/\./gu, '') : text;
}

/** "Mr." → "mr", "Sra." → "sra", "Dña." → "dna". */
function titleWord(text: string): string {
  return foldWord(text.endsWith('.') ? text.slice(0, -1) : text);
}

function isLowerOrTitle(text: string): boolean {
  return !/^\p{Lu}{2,}/u.test(text);
}

function isPunctuation(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

// Headlines in Title Case and lines of capitals capitalise every word: there a capital says nothing
// about names. Most words in capitals; or most longer words capitalised (the first word aside) in a
// sentence that ends without a full stop, as headlines do (a sentence full of long names ends with one).
function capitalsSayNothing(input: AnalysisInput, sentence: number): boolean {
  const { tokenStart, tokenEnd } = input.sentences[sentence];
  const endsWithStop = input.tokens[tokenEnd - 1]?.text === '.';
  let words = 0;
  let upper = 0;
  let content = 0;
  let capitalised = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const text = input.tokens[i].text;
    const letters = letterCase(text);
    if (letters === LetterCase.Caseless) continue;
    words++;
    if (text.length > 1 && (letters & LetterCase.AllCapitals) !== 0) upper++;
    if (i > tokenStart && text.length > 3) {
      content++;
      if ((letters & LetterCase.StartsWithCapital) !== 0) capitalised++;
    }
  }
  return (words >= 2 && upper >= 0.8 * words) || (!endsWithStop && content >= 3 && capitalised >= 0.8 * content);
}

// A team's score after its name in a line of results: "TEXAS 5 Cleveland 3", "Birmingham 2 1 1 0 5 4 4",
// "London Irish 27 Bristol 28", and the words after it are names and numbers, no lower-case word. Only
// a line's worth is read, so that a "sentence" of thousands of table cells costs each name the same.
const resultLineTokens = 40;

function scoreFollows(tokens: readonly Token[], next: number, sentenceEnd: number): boolean {
  if (next >= sentenceEnd || !/^\d{1,3}$/u.test(tokens[next].text)) return false;
  const end = Math.min(sentenceEnd, next + resultLineTokens);
  for (let at = next + 1; at < end; at++) if (startsLowerCase(tokens[at].text)) return false;
  return true;
}
