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
import { foldWord } from './gazetteerIndex';
import { leaveSurnamesToPeople, personsBySurnameAlone, placesReadAsFirstNames, typeShortFormsOfSureNames } from './sureNames';
import { personsListedWithPeople } from './listedPeople';
import { withNamesAfterHonorifics } from './honorificNames';
import { entityMention } from '../entityMention';
import { lowerCase, startsLowerCase, startsUpperCase } from '../characters';
import { capitalsSayNothing } from './headlines';
import {
  countryMask,
  holdsLinkPath,
  isCountryCode,
  isPunctuation,
  isWebAddress,
  mentionWordsFor,
  stateMask,
  straightApostrophes,
  titleWord,
  tokensOf,
  townMask,
  withoutDots,
  type MentionWords,
  type TaggedSpan,
} from './mentionWords';
import { hyphenBetweenPeople, joinArabicSurname, joinGivenNames, joinPlaceParts, leaveBracketsOpenedOutside, splitPerson } from './spanSplits';

const quoteMarks = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', "''", '``']);

/** The words of a dateline's country or state between its town and its date ("England", "Mo.", "New South Wales"). */
const datelineRegionWords = 3;
/** How many words a listed organisation's name may have past the tagger's span ("Islamic" + "State"). */
const maximumListedTail = 2;

export class MentionRepairs {
  constructor(private readonly words: MentionWords) {}

  /** Spans in text order. */
  repair(input: AnalysisInput, spans: readonly TaggedSpan[]): EntityMention[] {
    const { tokens } = input;
    const weakSentences = new Map<number, boolean>();
    const isWeak = (sentence: number) => weakSentences.get(sentence) ?? weakSentences.set(sentence, capitalsSayNothing(input, sentence)).get(sentence)!;
    const mentions: EntityMention[] = [];
    let coveredUntil = -1;
    // One-word names typed by the noun after them ("Carrier workers", "the Zika virus"), but no
    // nationality ("Egyptian workers").
    let byHeadNoun: Map<string, EntityType> | undefined;
    let bodyInitials: Set<string> | undefined;
    const nationalities: [EntityMention, EntityType][] = [];
    // A loop, not flatMap: this runs for every name of every article.
    const split: TaggedSpan[] = [];
    for (const span of withNamesAfterHonorifics(this.words, tokens, input.sentences, spans))
      split.push(...splitPerson(this.words, tokens, span, isWeak(span.sentence)));
    for (const tagged of joinPlaceParts(this.words, tokens, split)) {
      if (tagged.first <= coveredUntil) continue;
      const { sentence } = tagged;
      const sentenceStart = input.sentences[sentence].tokenStart;
      const sentenceEnd = input.sentences[sentence].tokenEnd;
      const weak = isWeak(sentence);
      const span: TaggedSpan = { first: tagged.first, last: tagged.last, type: tagged.type, sentence };
      const titled = this.takeTitles(tokens, span, sentenceStart);
      this.joinSlashes(tokens, span, sentenceStart, sentenceEnd);
      joinGivenNames(this.words, tokens, span, sentenceStart, coveredUntil, weak);
      this.joinPurposeHead(tokens, span, sentenceStart, coveredUntil);
      this.joinListedName(tokens, span, sentenceEnd);
      joinArabicSurname(tokens, span, sentenceEnd);
      if (!this.trimEdges(tokens, span, sentenceStart, weak)) continue;
      this.leaveTitlesToNames(tokens, span, sentenceEnd);
      this.placeBeforeTitle(tokens, span);
      if (this.isPronounLikeAbbreviation(tokens, span)) continue;
      if (span.type === 'PER' && this.namesAnOrganization(tokens, span)) span.type = 'ORG';
      // "the SVP", "el PNV": initials after a definite article are a body's, not a person's, there and
      // wherever else the article writes them ("Blocher's SVP").
      if (
        span.type === 'PER' &&
        span.first === span.last &&
        /^\p{Lu}{2,6}$/u.test(tokens[span.first].text) &&
        afterOneOf(tokens, span, sentenceStart, this.words.definiteArticles)
      ) {
        span.type = 'ORG';
        (bodyInitials ??= new Set()).add(tokens[span.first].text);
      }
      // "the Summer Paralympics", "the Rose Bowl", "la Copa Davis": an event, another name, though it holds a person's.
      if (span.type === 'PER' && this.namesAnEvent(tokens, span)) span.type = 'MISC';
      // "Trump's Muslim Ban", "the Latino Vote": a name opening on a people's or a creed's word is no one's.
      if (span.type === 'PER' && this.opensOnGroupWord(tokens, span)) span.type = 'MISC';
      // "Latinos", "Hispanics", "Republicans": a group of people, whatever the tagger read.
      if (span.first === span.last && this.words.groupWords.has(foldWord(tokens[span.first].text))) span.type = 'MISC';
      // "the Kuwaiti request": a nationality too, unless a person of the article bears it ("R. Irani … Irani").
      const taggedType = span.type;
      const nationality = span.first === span.last && span.type !== 'MISC' && this.words.isNationality(tokens[span.first].text);
      if (nationality) span.type = 'MISC';
      if (span.type === 'ORG') span.last = this.institutionFields(tokens, span, sentenceEnd);
      coveredUntil = span.last;
      const dateline = span.first === sentenceStart && this.opensDateline(tokens, span.last + 1, sentenceEnd);
      if (titled) span.type = 'PER';
      if (dateline) span.type = 'LOC';
      let start = tokens[span.first].start;
      const prefix = this.words.conventions.partyPrefixes.find((candidate) => tokens[span.first].text.startsWith(candidate));
      if (prefix && span.first === span.last && startsUpperCase(tokens[span.first].text.slice(prefix.length))) start += prefix.length;
      const end = tokens[span.last].end;
      const previous = mentions[mentions.length - 1];
      const sited = span.type === 'LOC' && !dateline && this.followsPlacePreposition(tokens, span.first, sentenceStart);
      const bracketed = bracketedAfter(input.text, previous, start, end);
      const folded = tokensOf(tokens, span).map((token) => foldWord(token.text));
      const categories = this.words.gazetteer.entryCategories(folded);
      const isCountry = (categories & countryMask) !== 0 || this.words.countryAbbreviations.has(withoutDots(folded.join('')));
      const name = folded.join(' ');
      // "del Atlántico": a sea is a place whatever the tagger read, and as sure a one as a country.
      const isSea = this.words.seas.has(name);
      const placeKind = isCountry || isSea ? 'country' : (categories & townMask) !== 0 ? 'town' : undefined;
      let type = isSea ? 'LOC' : span.type;
      // "his 20,000 Twitter followers", "on Instagram": a platform the tagger took for a person or a place.
      // "told Bloomberg", "según Efe": a news agency, whatever the tagger read (a person named in full in the
      // article types its surname alone again: "Michael Bloomberg … Bloomberg said").
      if (this.words.organizations.has(name) || this.words.agencies.has(name)) type = 'ORG';
      // "Amazon's warehouse", "the retailer Amazon", but "the Amazon" is the river.
      if (this.words.companiesWithoutArticle.has(name) && !afterOneOf(tokens, span, sentenceStart, this.words.definiteArticles)) type = 'ORG';
      // "El portavoz de EH, Arnaldo Otegi, aseguró": a known first name and a known surname in apposition
      // are a person's name, though the tagger read another name (not "el torneo de Roland Garros").
      if (type === 'MISC' && !placeKind && span.first > sentenceStart && tokens[span.first - 1].text === ',' && this.isFullPersonName(tokens, span, folded))
        type = 'PER';
      // "los alemanes del Este", "the West": a region, whatever the tagger read, unless a person bears it.
      if (type !== 'PER' && this.words.compassNames.has(name)) type = 'LOC';
      // "Western Europe", "Eastern Europe": a country's or continent's part that a compass word names.
      if (
        type !== 'PER' &&
        folded.length === 2 &&
        this.words.compassAdjectives.has(folded[0]) &&
        (this.words.gazetteer.entryCategories([folded[1]]) & countryMask) !== 0
      )
        type = 'LOC';
      if (placeKind === 'town' && type === 'PER' && !titled && this.readsAsPlace(input, span, folded, previous)) type = 'LOC';
      if (placeKind && type === 'ORG' && this.placedLikeATown(tokens, span, sentenceStart, sentenceEnd)) type = 'LOC';
      // "(D-Mass.)", "(R-Texas)", "(R-TX)", "Roanoke, Va.,": a state after a party's letter, or its abbreviation
      // with its full stop, is the state ("the funeral Mass" is no place).
      const abbreviation = withoutDots(name.slice(prefix?.length ?? 0));
      const state =
        span.first === span.last &&
        (prefix !== undefined || folded[0].endsWith('.')) &&
        (this.words.stateAbbreviations.has(abbreviation) || (prefix !== undefined && this.words.statePostalCodes.has(abbreviation)));
      if (state || (prefix !== undefined && this.words.isKnownPlace([name.slice(prefix.length)]))) type = 'LOC';
      // "(D-Va.)": the state's abbreviation keeps its full stop, as the AP writes it ("Va.", not the "VA" of veterans).
      const after = tokens[span.last + 1];
      const stateEnd = state && prefix !== undefined && after?.text === '.' && after.start === end ? after.end : end;
      // "before Christmas", "en Navidad": a holiday, another name, though a town bears it.
      if (this.words.holidays.has(name) && !titled && !dateline) type = 'MISC';
      const headed = titled || placeKind ? undefined : this.typeOfNounAfter(tokens, span, sentenceEnd, type);
      if (headed) (byHeadNoun ??= new Map()).set(tokens[span.first].text, headed);
      const gender = titled && type === 'PER' ? this.honorificGender(tokens, span, sentenceStart) : undefined;
      const family = type === 'PER' && span.first === span.last && afterOneOf(tokens, span, sentenceStart, this.words.familyArticles);
      // A team: before its score, or a town's one word after an article its own name does not take ("el Zaragoza").
      const scored =
        type === 'ORG' &&
        (scoreFollows(tokens, span.last + 1, sentenceEnd) ||
          (placeKind === 'town' && span.first === span.last && afterOneOf(tokens, span, sentenceStart, this.words.clubArticles)));
      const flags = { weak, titled, bracketed, dateline, sited, scored, gender, family };
      const pair = type === 'PER' ? hyphenBetweenPeople(this.words, tokens, span) : -1;
      if (pair < 0) {
        mentions.push(entityMention(start, stateEnd, type, input.text.slice(start, stateEnd), flags, placeKind));
        if (nationality) nationalities.push([mentions[mentions.length - 1], taggedType]);
      } else {
        mentions.push(entityMention(start, pair, type, input.text.slice(start, pair), flags, undefined));
        mentions.push(entityMention(pair + 1, end, type, input.text.slice(pair + 1, end), flags, undefined));
      }
    }
    leaveSurnamesToPeople(mentions, nationalities, this.words);
    personsListedWithPeople(mentions, input.text, this.words.coordinators);
    personsBySurnameAlone(mentions, this.words);
    placesReadAsFirstNames(mentions, this.words);
    if (bodyInitials) for (const mention of mentions) if (mention.type === 'PER' && bodyInitials.has(mention.text)) mention.type = 'ORG';
    typeShortFormsOfSureNames(mentions, this.words, byHeadNoun);
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
      if (this.words.agencies.has(foldWord(inside.map((token) => token.text).join(' ')))) return true;
      // "Cardiff (Reino Unido), 23 may (EFE)", "Miami (EEUU), 23 may": the country in brackets, then the date.
      return at === next && inside.every((token) => /^\p{Lu}[\p{L}.]*$/u.test(token.text)) && this.opensDateline(tokens, close + 1, sentenceEnd);
    }
    return false;
  }

  // "Mr. Trump", "la ministra Marín", "President Obama": the title leaves the span (CoNLL's gold does
  // not include it either) and makes the name a person's. A role opening an organisation's or a
  // place's own name stays ("General Motors", "Prince George's County"), unless a first name follows it
  // ("CEO Carly Fiorina" taken for a company).
  private takeTitles(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number): boolean {
    let titled = false;
    while (span.first < span.last && startsUpperCase(tokens[span.first + 1].text)) {
      const word = tokens[span.first].text;
      const next = tokens[span.first + 1].text;
      // A role before a person's name, read only for a role: most spans open on no title.
      const role = this.words.roles.has(titleWord(word)) && (span.type === 'PER' || this.words.isFirstName(next) || this.titlesOneName(span, word, next));
      const beforeGivenName = span.type === 'PER' && this.words.isGivenNameHonorific(word, next);
      if (!(this.words.isHonorific(word) || beforeGivenName || role)) break;
      span.first++;
      titled = true;
    }
    if (span.first > sentenceStart) {
      const before = tokens[span.first - 1].text;
      if (
        this.words.isHonorific(before) ||
        this.words.isGivenNameHonorific(before, tokens[span.first].text) ||
        (this.words.roles.has(titleWord(before)) && isLowerOrTitle(before))
      )
        titled = true;
    }
    return titled;
  }

  // "Admiral Harris", "Justice Scalia" read as a body: a role before one capitalised word that is no
  // common word, country or body's word is a person's title (not "General Mills", "Justice Department").
  private titlesOneName(span: TaggedSpan, role: string, name: string): boolean {
    // A role in lower case before a capital is a description ("diputado Socialista"); capitals throughout say nothing ("CONSEJERO TURISMO").
    const titleCase = /^\p{Lu}\p{Ll}/u;
    if (span.last !== span.first + 1 || !titleCase.test(role) || !titleCase.test(name) || this.words.companyRoles.has(titleWord(role))) return false;
    const folded = foldWord(name);
    const { organizationHeads, institutionHeads, organizationTails, legalForms, organizations } = this.words;
    const bodyWord = [organizationHeads, institutionHeads, organizationTails, legalForms, organizations].some((words) => words.has(folded));
    const country = (this.words.gazetteer.entryCategories([folded]) & countryMask) !== 0;
    return !bodyWord && !country && !this.words.groupWords.has(folded) && !this.words.isLooseWord(name);
  }

  /** The gender the honorific right before the name says ("Mrs. Clinton", "la Sra. Marín"), if any. */
  private honorificGender(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number): 'female' | 'male' | undefined {
    if (span.first <= sentenceStart) return undefined;
    const honorific = titleWord(tokens[span.first - 1].text);
    return this.words.femaleHonorifics.has(honorific) ? 'female' : this.words.maleHonorifics.has(honorific) ? 'male' : undefined;
  }

  // "Supreme Court Justice Ruth Bader Ginsburg", "Fed Chair Janet Yellen": a title ending another name
  // belongs to the name after it, which it makes a person's.
  private leaveTitlesToNames(tokens: readonly Token[], span: TaggedSpan, sentenceEnd: number): void {
    if (span.type === 'PER' || span.last + 1 >= sentenceEnd || !startsUpperCase(tokens[span.last + 1].text)) return;
    while (span.last > span.first && this.words.isTitle(tokens[span.last].text)) span.last--;
  }

  // "his record as Virginia Governor", "Texas Congressman": a state or country and a role with no name after
  // them is the place ("Pete King", "Jesús Cardenal", "Hun Sen" are people: their roles are surnames too).
  private placeBeforeTitle(tokens: readonly Token[], span: TaggedSpan): void {
    if (span.type !== 'PER' || span.last === span.first) return;
    const role = titleWord(tokens[span.last].text);
    if (!this.words.roles.has(role) || this.words.gazetteer.isEntry([role], 'lastName')) return;
    const folded = tokensOf(tokens, { ...span, last: span.last - 1 }).map((token) => foldWord(token.text));
    if ((this.words.gazetteer.entryCategories(folded) & stateMask) === 0) return;
    span.last--;
    span.type = 'LOC';
  }

  // "Carrier workers", "the Zika virus": a noun after a one-word name may say what it names, though a
  // nationality's workers are no company ("Egyptian workers").
  private typeOfNounAfter(tokens: readonly Token[], span: TaggedSpan, sentenceEnd: number, type: EntityType): EntityType | undefined {
    if (span.first !== span.last || span.last + 1 >= sentenceEnd) return undefined;
    const headed = this.words.typeOfHeadNoun(tokens[span.last + 1].text);
    return headed === 'ORG' && type === 'MISC' ? undefined : headed;
  }

  // A country's abbreviation is written in capitals ("US", "U.S."): "Trump Tells Us" holds the pronoun.
  private isPronounLikeAbbreviation(tokens: readonly Token[], span: TaggedSpan): boolean {
    const word = tokens[span.first].text;
    return span.first === span.last && /^\p{Lu}\p{Ll}+$/u.test(word) && this.words.countryAbbreviations.has(foldWord(word));
  }

  // "F/A-18", "AC/DC": tokens joined by a slash with no space between are one name.
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
    const folded = (i: number) => straightApostrophes(foldWord(tokens[i].text));
    // Acronyms and one-letter designators ("serie A", "Plan B") are names, whatever word they spell.
    const isAcronym = (i: number) => /^\p{Lu}+$/u.test(tokens[i].text);
    const looseWord = (i: number) => span.type === 'PER' && this.words.isLooseWord(tokens[i].text);
    // "student Ahmed Mohamed Image: Twitter": a caption's label before its colon is no part of the name.
    const captionWord = (i: number) => tokens[i + 1]?.text === ':' && this.words.captionLabels.has(folded(i));
    // A quoted title capitalises its words as a headline does ("‘Donald Trump Leads’").
    const quotedTitle = span.first > sentenceStart && quoteMarks.has(tokens[span.first - 1].text);
    leaveBracketsOpenedOutside(tokens, span);
    if (holdsLinkPath(tokens, span)) return false;
    while (span.first < span.last && (quoteMarks.has(tokens[span.first].text) || isWebAddress(tokens[span.first].text))) span.first++;
    while (span.last > span.first && (quoteMarks.has(tokens[span.last].text) || isWebAddress(tokens[span.last].text))) span.last--;
    while (span.first < span.last) {
      const word = folded(span.first);
      const capitalsUninformative = weak || quotedTitle || span.first === sentenceStart;
      if (isAcronym(span.first)) break;
      if ((this.words.boundaryWords.has(word) && !this.words.nameStarts.has(word)) || (capitalsUninformative && looseWord(span.first))) span.first++;
      else break;
    }
    while (
      span.last > span.first &&
      !isAcronym(span.last) &&
      (this.words.boundaryWords.has(folded(span.last)) || ((weak || quotedTitle) && looseWord(span.last)) || captionWord(span.last))
    )
      span.last--;
    // "4. Giuseppe Burlotti ITA 1:31.945": a results table's country code after a surname ends no person's
    // name ("John Smith III" keeps its numeral; "Secretario General de la ONU" is no surname and its code).
    if (span.type === 'PER' && span.last - span.first >= 2 && isCountryCode(tokens[span.last].text) && /^\p{Lu}\p{Ll}/u.test(tokens[span.last - 1].text))
      span.last--;
    if (span.first !== span.last) return true;
    // A name of one word that is only a title or a sentence word is no name ("Mr." alone, "Sens." before
    // two senators' names, "Senator" alone, "OK"), nor is a web address; a role alone may be a surname ("King said").
    const only = tokens[span.first].text;
    return !(
      this.words.isHonorific(only) ||
      this.isRoleAlone(only) ||
      this.words.neverNames.has(foldWord(only)) ||
      (this.words.boundaryWords.has(straightApostrophes(titleWord(only))) && !isAcronym(span.first)) ||
      isPunctuation(only) ||
      isWebAddress(only)
    );
  }

  // "Sens." before two senators' names, "Senator" or "el Presidente" alone: a role, no name; but a role may be a
  // surname ("King said") or name one person alone ("the Pope", "el Rey").
  private isRoleAlone(word: string): boolean {
    const role = titleWord(word);
    if (!this.words.roles.has(role)) return false;
    return word.endsWith('.') || (!this.words.rolesNamingAlone.has(role) && !this.words.gazetteer.isEntry([foldWord(word)], 'lastName'));
  }

  // "frente a Cedeira", "A Coruña y Lugo": a town's one-word name, no one's first name, after a
  // preposition of place or listed after a place, is the town, whatever the tagger read.
  private readsAsPlace(input: AnalysisInput, span: TaggedSpan, folded: string[], previous: EntityMention | undefined): boolean {
    if (span.first !== span.last || this.words.gazetteer.isEntry(folded, 'firstName')) return false;
    if (this.followsPlacePreposition(input.tokens, span.first, input.sentences[span.sentence].tokenStart)) return true;
    // A town's name the tagger read as a person's or that is a surname ("Page, Melville", "Cárdenas y
    // Camacho") lists people, not places.
    const placeBefore =
      previous &&
      (previous.type === 'LOC' ||
        (previous.placeKind !== undefined && previous.type !== 'PER' && !this.words.gazetteer.isEntry(previous.text.split(' ').map(foldWord), 'lastName')));
    return placeBefore === true && /^\s*(?:,|y|e|and|&)\s*$/u.test(input.text.slice(previous.end, input.tokens[span.first].start));
  }

  private followsPlacePreposition(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
    const one = first - 1 >= sentenceStart ? tokens[first - 1].text.toLowerCase() : '';
    const two = first - 2 >= sentenceStart ? `${tokens[first - 2].text.toLowerCase()} ${one}` : '';
    return this.words.placePrepositions.has(one) || this.words.placePrepositions.has(two);
  }

  // "in Dar es Salaam", "and Dar es Salaam, Tanzania": a known place's name with lower-case words inside,
  // after a preposition of place or before its country, is the place; elsewhere it may name a company
  // or a club ("Pao de Acucar", "Vasco da Gama", "University of Texas").
  private placedLikeATown(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number, sentenceEnd: number): boolean {
    let inner = false;
    for (let at = span.first + 1; at < span.last; at++) if (/^\p{Ll}+$/u.test(tokens[at].text)) inner = true;
    if (!inner) return false;
    if (this.followsPlacePreposition(tokens, span.first, sentenceStart)) return true;
    const after = span.last + 2;
    return (
      after < sentenceEnd && tokens[span.last + 1].text === ',' && (this.words.gazetteer.entryCategories([foldWord(tokens[after].text)]) & countryMask) !== 0
    );
  }

  private isFullPersonName(tokens: readonly Token[], span: TaggedSpan, folded: string[]): boolean {
    if (
      span.first === span.last ||
      !this.words.gazetteer.isEntry([folded[0]], 'firstName') ||
      !this.words.gazetteer.isEntry([folded[folded.length - 1]], 'lastName')
    )
      return false;
    for (let at = span.first; at <= span.last; at++) if (!startsUpperCase(tokens[at].text) && !this.words.nameParticles.has(tokens[at].text)) return false;
    return true;
  }

  private namesAnEvent(tokens: readonly Token[], span: TaggedSpan): boolean {
    return this.words.eventHeads.has(foldWord(tokens[span.first].text)) || this.words.eventTails.has(foldWord(tokens[span.last].text));
  }

  // "the Club for Growth", "the Center for Nonproliferation Studies": an organisation named for its
  // purpose, whose head and joiner the tagger left out ("Growth" alone), unless the head opens the
  // sentence ("Campaign for Trump" may be a headline's words).
  private joinPurposeHead(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number, coveredUntil: number): void {
    const head = span.first - 2;
    if (head <= sentenceStart || head <= coveredUntil || !this.words.purposeJoiners.has(tokens[span.first - 1].text)) return;
    const word = tokens[head].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !this.words.organizationHeads.has(foldWord(word))) return;
    span.first = head;
    span.type = 'ORG';
  }

  // "the Islamic State": a listed organisation's name whose last words the tagger left out ("Islamic" alone).
  private joinListedName(tokens: readonly Token[], span: TaggedSpan, sentenceEnd: number): void {
    const folded = tokensOf(tokens, span).map((token) => foldWord(token.text));
    for (let next = span.last + 1; next < sentenceEnd && next - span.last <= maximumListedTail; next++) {
      // One space between the words: not a name that ends its line before a heading.
      if (!startsUpperCase(tokens[next].text) || tokens[next].start !== tokens[next - 1].end + 1) return;
      folded.push(foldWord(tokens[next].text));
      if (!this.words.organizations.has(folded.join(' '))) continue;
      span.last = next;
      span.type = 'ORG';
      return;
    }
  }

  // Not "Christian Bale" (a given name too), nor "Republican Donald Trump" (a given name after it).
  private opensOnGroupWord(tokens: readonly Token[], span: TaggedSpan): boolean {
    if (span.first === span.last) return false;
    const [first, second] = [tokens[span.first].text, tokens[span.first + 1].text];
    return this.words.groupWords.has(foldWord(first)) && !this.words.isFirstName(first) && !this.words.isFirstName(second);
  }

  // "Bill and Hillary Clinton Foundation", "Fundación Hillary Clinton": a person's name inside an organisation's.
  private namesAnOrganization(tokens: readonly Token[], span: TaggedSpan): boolean {
    if (span.first === span.last) return false;
    return this.words.organizationHeads.has(foldWord(tokens[span.first].text)) || this.words.organizationTails.has(foldWord(tokens[span.last].text));
  }

  // "Ministerio de Agricultura, Pesca y Alimentación": the fields a ministry lists are its name.
  private institutionFields(tokens: readonly Token[], span: TaggedSpan, sentenceEnd: number): number {
    if (!this.words.institutionHeads.has(foldWord(tokens[span.first].text)) || span.last === span.first) return span.last;
    const capitalised = (i: number) => i < sentenceEnd && /^\p{Lu}\p{Ll}/u.test(tokens[i].text);
    let at = span.last + 1;
    while (at + 1 < sentenceEnd && tokens[at].text === ',' && capitalised(at + 1)) at += 2;
    return at + 1 < sentenceEnd && this.words.coordinators.has(tokens[at].text.toLowerCase()) && capitalised(at + 1) ? at + 1 : span.last;
  }
}

// "Partido Popular (PP)": only spaces and an opening bracket between the two names, a closing one after.
function bracketedAfter(text: string, previous: EntityMention | undefined, start: number, end: number): boolean {
  if (!previous || start - previous.end > 4) return false;
  return /^\s*\(\s*$/u.test(text.slice(previous.end, start)) && /^\s*\)/u.test(text.slice(end, end + 3));
}

/** The word before the span, in its sentence, is one of `words` (lower case). */
function afterOneOf(tokens: readonly Token[], span: TaggedSpan, sentenceStart: number, words: ReadonlySet<string>): boolean {
  return span.first > sentenceStart && words.has(lowerCase(tokens[span.first - 1].text));
}

function isLowerOrTitle(text: string): boolean {
  return !/^\p{Lu}{2,}/u.test(text);
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

const repairs = new Map<string, MentionRepairs>();

/** The repairs for a model's language (Spanish, else English), built once. */
export function mentionRepairsFor(language: string): MentionRepairs {
  let found = repairs.get(language);
  if (!found) repairs.set(language, (found = new MentionRepairs(mentionWordsFor(language))));
  return found;
}
