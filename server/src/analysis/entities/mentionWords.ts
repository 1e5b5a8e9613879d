// The word lists the mention repairs read, for one language, as sets beside the gazetteer: titles and
// roles, the words that never begin or end a name, known places and first names. Built once a language.
import type { EntityType, Token } from '../types';
import { categoryMask, foldWord, type Gazetteer } from './gazetteerIndex';
import { startsUpperCase } from '../characters';
import { sharedGazetteer } from './bundledGazetteer';
import esMentions from '../resources/es/ner-mentions.json';
import enMentions from '../resources/en/ner-mentions.json';
import esSentenceWords from '../resources/es/ner-sentence-words.json';
import enSentenceWords from '../resources/en/ner-sentence-words.json';
import esGroupWords from '../resources/es/ner-group-words.json';
import enGroupWords from '../resources/en/ner-group-words.json';
import esFirstNames from '../resources/es/first-names.json';
import esTime from '../resources/es/time.json';
import enTime from '../resources/en/time.json';
import enFirstNames from '../resources/en/first-names.json';
import esClubs from '../resources/es/ner-clubs.json';
import enClubs from '../resources/en/ner-clubs.json';

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
  /** Companies whose name, after a definite article, is a place's ("Amazon", but "the Amazon"). */
  companiesWithoutArticle: string[];
  definiteArticles: string[];
  /** Prepositions of place ("frente a", "off"), lower case. */
  placePrepositions: string[];
  /** The lower-case words a person's name may hold ("de", "van", "bin"). */
  nameParticles: string[];
  /** Words written in lower case mid-sentence nearly always (ner-sentence-words.json). */
  sentenceWords: string[];
  /** Nationalities and groups of people (ner-group-words.json): a name of one word that is one is MISC. */
  groupWords: string[];
  /** Whether a title inside an organisation's name opens a person's ("… Committee Chairman Reince Priebus"). */
  titlesInsideOrganisations: boolean;
  /** Words no capitals make a name ("ok", "o.k."), folded. */
  neverNames: string[];
  /** Endings that make a nationality of a country's name ("Kuwait" + "i"). */
  demonymEndings: string[];
  /** Points of the compass that alone name a region ("el Este", "the West"). */
  compassNames: string[];
  /** Words that label a picture before a colon ("Image: Twitter"). */
  captionLabels: string[];
  /** The two letters of a US state, a state after a party's letter ("R-TX"). */
  statePostalCodes: string[];
  /** Roles that name one person or body capitalised alone ("the Pope", "el Rey"). */
  rolesNamingAlone: string[];
  /** Words that open or end an event's name ("Copa Davis", "Summer Paralympics"). */
  eventHeads: string[];
  eventTails: string[];
  /** Words between an organisation's head and the purpose it is named for ("Club for Growth"). */
  purposeJoiners: string[];
  /** Roles that begin companies' names too ("General Mills"). */
  companyRoles: string[];
  /** Compass words that name a part of a country or continent before its name ("Western Europe"). */
  compassAdjectives: string[];
  /** Holidays' names (time.json), lower case: a day, not a place or a body, whatever the tagger read ("Christmas", "Navidad"). */
  holidays: string[];
  /** Articles before a town's name that make it its club ("el Zaragoza"), from ner-clubs.json. */
  clubArticles: string[];
  /** Honorifics of a woman and of a man ("Mrs.", "Sr."). */
  femaleHonorifics: string[];
  maleHonorifics: string[];
  /** Plural articles before a surname that make it a family's or a couple's ("los Reyes", "los Kennedy"). */
  familyArticles: string[];
  /** Honorifics written before a first name only ("don Antonio", "Doña Sofía"); before anything else, a name's own word ("Don Benito", "Don McKinnon"). */
  givenNameHonorifics: string[];
  /** Lower-case nouns that make the one-word name before them a company's ("workers", "plant"). */
  companyNouns: string[];
  /** Lower-case nouns that make the one-word name before them another name, a disease's ("virus"). */
  diseaseNouns: string[];
}

/** A tagged name as token indices, first and last inclusive, in its sentence. */
export interface TaggedSpan {
  first: number;
  last: number;
  type: EntityType;
  sentence: number;
}

// Countries and continents act as themselves; a region or a town may also name a team ("Florida", "el Barcelona").
const countryCategories = ['country', 'continent'] as const;
const townCategories = ['region', 'city'] as const;
// The gazetteer categories of the repairs as bits of `Gazetteer.entryCategories`, tested without a lookup each.
export const countryMask = categoryMask(countryCategories);
export const townMask = categoryMask(townCategories);
/** Countries and regions (states, provinces): a town's name is too often someone's. */
export const stateMask = categoryMask(['country', 'region']);
export const namePartMask = categoryMask(['firstName', 'lastName']);

export class MentionWords {
  readonly honorifics: Set<string>;
  readonly roles: Set<string>;
  readonly boundaryWords: Set<string>;
  readonly nameStarts: Set<string>;
  readonly institutionHeads: Set<string>;
  readonly coordinators: Set<string>;
  readonly agencies: Set<string>;
  readonly countryAbbreviations: Set<string>;
  readonly stateAbbreviations: Set<string>;
  readonly organizationHeads: Set<string>;
  readonly organizationTails: Set<string>;
  readonly legalForms: Set<string>;
  readonly seas: Set<string>;
  readonly organizations: Set<string>;
  readonly companiesWithoutArticle: Set<string>;
  readonly definiteArticles: Set<string>;
  readonly placePrepositions: Set<string>;
  readonly nameParticles: Set<string>;
  readonly sentenceWords: Set<string>;
  readonly groupWords: Set<string>;
  readonly neverNames: Set<string>;
  readonly companyNouns: Set<string>;
  readonly diseaseNouns: Set<string>;
  readonly compassNames: Set<string>;
  readonly captionLabels: Set<string>;
  readonly statePostalCodes: Set<string>;
  readonly rolesNamingAlone: Set<string>;
  readonly femaleHonorifics: Set<string>;
  readonly familyArticles: Set<string>;
  readonly givenNameHonorifics: Set<string>;
  readonly eventHeads: Set<string>;
  readonly eventTails: Set<string>;
  readonly purposeJoiners: Set<string>;
  readonly companyRoles: Set<string>;
  readonly compassAdjectives: Set<string>;
  /** Folded as mentions' names are. */
  readonly holidays: Set<string>;
  readonly clubArticles: Set<string>;
  readonly maleHonorifics: Set<string>;

  constructor(
    readonly conventions: MentionConventions,
    readonly gazetteer: Gazetteer,
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
    this.companiesWithoutArticle = new Set(conventions.companiesWithoutArticle);
    this.definiteArticles = new Set(conventions.definiteArticles);
    this.placePrepositions = new Set(conventions.placePrepositions);
    this.nameParticles = new Set(conventions.nameParticles);
    this.sentenceWords = new Set(conventions.sentenceWords);
    this.groupWords = new Set(conventions.groupWords);
    this.neverNames = new Set(conventions.neverNames);
    this.companyNouns = new Set(conventions.companyNouns);
    this.diseaseNouns = new Set(conventions.diseaseNouns);
    this.compassNames = new Set(conventions.compassNames);
    this.captionLabels = new Set(conventions.captionLabels);
    this.statePostalCodes = new Set(conventions.statePostalCodes);
    this.rolesNamingAlone = new Set(conventions.rolesNamingAlone);
    this.femaleHonorifics = new Set(conventions.femaleHonorifics);
    this.familyArticles = new Set(conventions.familyArticles);
    this.givenNameHonorifics = new Set(conventions.givenNameHonorifics);
    this.eventHeads = new Set(conventions.eventHeads);
    this.eventTails = new Set(conventions.eventTails);
    this.purposeJoiners = new Set(conventions.purposeJoiners);
    this.companyRoles = new Set(conventions.companyRoles);
    this.compassAdjectives = new Set(conventions.compassAdjectives);
    this.holidays = new Set(conventions.holidays.map((name) => name.split(' ').map(foldWord).join(' ')));
    this.clubArticles = new Set(conventions.clubArticles);
    this.maleHonorifics = new Set(conventions.maleHonorifics);
  }

  // Honorifics are written capitalised ("Miss", "Mr."): "will miss England's opening match" has none.
  isHonorific(word: string): boolean {
    return startsUpperCase(word) && /^\p{Lu}\p{Ll}*\.?$/u.test(word) && this.honorifics.has(titleWord(word));
  }

  /** A nationality the list does not hold: a known country's or continent's name and an ending ("Kuwait" + "i", "Kenya" + "n"). */
  isNationality(word: string): boolean {
    const folded = foldWord(word);
    for (const ending of this.conventions.demonymEndings) {
      if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
      const stem = folded.slice(0, -ending.length);
      if ((this.gazetteer.entryCategories([stem]) & countryMask) !== 0 || (this.gazetteer.entryCategories([`${stem}a`]) & countryMask) !== 0) return true;
    }
    return false;
  }

  /** A title or a role ("Sen.", "presidente"), whatever its capitals. */
  isTitle(word: string): boolean {
    return this.honorifics.has(titleWord(word)) || this.roles.has(titleWord(word));
  }

  /** The type the noun after a one-word name gives it, if any ("Carrier workers": ORG). */
  typeOfHeadNoun(word: string): EntityType | undefined {
    return this.companyNouns.has(word) ? 'ORG' : this.diseaseNouns.has(word) ? 'MISC' : undefined;
  }

  /** A word written in lower case nearly always that no list of names holds ("Leads", "Tells"; not "Will",
   * nor an acronym): where capitals say nothing it is no part of a person's name. */
  isLooseWord(word: string): boolean {
    const folded = straightApostrophes(foldWord(word));
    return (
      this.sentenceWords.has(folded) && !/^\p{Lu}+$/u.test(word) && (this.gazetteer.entryCategories([folded]) & namePartMask) === 0 && !givenNames().has(folded)
    );
  }

  /** "don Antonio", "Doña Sofía": an honorific of given names before a first name ("Don Benito" is a town's name). */
  isGivenNameHonorific(word: string, next: string): boolean {
    return this.givenNameHonorifics.has(titleWord(word)) && this.isFirstName(next);
  }

  isFirstName(word: string): boolean {
    const folded = foldWord(word);
    return this.gazetteer.isEntry([folded], 'firstName') || givenNames().has(folded);
  }

  /** The span's whole name is a known country, continent, region or town. */
  isPlace(tokens: readonly Token[], span: TaggedSpan): boolean {
    return this.isKnownPlace(tokensOf(tokens, span).map((token) => foldWord(token.text)));
  }

  /** The folded words are a known country, continent, region or town. */
  isKnownPlace(folded: readonly string[]): boolean {
    return (this.gazetteer.entryCategories(folded) & (countryMask | townMask)) !== 0;
  }
}

const words = new Map<string, MentionWords>();

let knownGivenNames: Set<string> | undefined;

// The gazetteer's first names are the tagger's features; these (first-names.json, of either language:
// news names the whole world) add the names of either sex the repairs may read without retraining it.
function givenNames(): Set<string> {
  knownGivenNames ??= new Set([esFirstNames, enFirstNames].flatMap((names) => [...names.female, ...names.male, ...names.either]));
  return knownGivenNames;
}

/** The word lists of a model's language (Spanish, else English), built once. */
export function mentionWordsFor(language: string): MentionWords {
  let found = words.get(language);
  if (!found) {
    const resources =
      language === 'es'
        ? { mentions: esMentions, words: esSentenceWords, groups: esGroupWords, time: esTime, clubs: esClubs }
        : { mentions: enMentions, words: enSentenceWords, groups: enGroupWords, time: enTime, clubs: enClubs };
    found = new MentionWords(
      {
        ...resources.mentions,
        sentenceWords: resources.words.words,
        groupWords: resources.groups.words,
        holidays: Object.keys(resources.time.holidays),
        clubArticles: resources.clubs.articles,
      },
      sharedGazetteer(),
    );
    words.set(language, found);
  }
  return found;
}

// Most words have no curly apostrophe, and a replace that finds nothing still costs a pattern run.
export function straightApostrophes(word: string): string {
  return word.includes('’') ? word.replace(/’/gu, "'") : word;
}

export function tokensOf(tokens: readonly Token[], span: TaggedSpan): Token[] {
  return tokens.slice(span.first, span.last + 1);
}

export function withoutDots(text: string): string {
  return text.includes('.') ? text.replace(/\./gu, '') : text;
}

/** "Mr." → "mr", "Sra." → "sra", "Dña." → "dna". */
export function titleWord(text: string): string {
  return foldWord(text.endsWith('.') ? text.slice(0, -1) : text);
}

// "RNC https://t.co/…", "www.x.es/agenda/…": a link is no part of a name, nor one alone ("www.todosport.com" is a site's name).
export function isWebAddress(text: string): boolean {
  return /^https?:\/\//iu.test(text) || /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S/u.test(text);
}

// "pic.twitter.com/lTVyfztE5Z", which the tokens part at its slash: a domain glued to a path.
export function holdsLinkPath(tokens: readonly Token[], span: TaggedSpan): boolean {
  for (let at = span.first; at < span.last; at++) {
    const slash = tokens[at + 1];
    if (slash.text === '/' && tokens[at].end === slash.start && /\p{L}\.\p{L}/u.test(tokens[at].text)) return true;
  }
  return false;
}

/** Three capitals but no roman numeral: "ITA", "ESP" in a results table, not "III". */
export function isCountryCode(text: string): boolean {
  return /^\p{Lu}{3}$/u.test(text) && !/^[IVX]+$/u.test(text);
}

export function isPunctuation(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
