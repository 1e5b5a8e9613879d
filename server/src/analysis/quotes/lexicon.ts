// The per-language speech cues and quotation marks, read from the resource files once.
import type { Language } from '../types';
import type { MarkConventions } from './marks';
import esSpeech from '../resources/es/speech.json';
import enSpeech from '../resources/en/speech.json';
import esMarks from '../resources/es/quote-marks.json';
import enMarks from '../resources/en/quote-marks.json';
import esFirstNames from '../resources/es/first-names.json';
import enFirstNames from '../resources/en/first-names.json';

const firstNames: { female: string[]; male: string[] }[] = [esFirstNames, enFirstNames];

export interface SpeechLexicon {
  /** Spanish verbs carry their subject ("«…», añadió"): a cued quotation with no subject in sight speaks for the last person named. */
  subjectMayBeImplied: boolean;
  verbForms: Set<string>;
  /** Forms left out of `verbForms` as also nouns ("notes", "claims"): cues only right next to a quotation ("”, Conway notes."). */
  ambiguousVerbForms: Set<string>;
  /** A verb form and the particle that makes it a speech cue: "shot back", "went on", "chimed in". */
  phrasalCues: Map<string, Set<string>>;
  /** Multi-word cues naming their source after them: "según", "according to". */
  sourceCues: string[][];
  sourceCueStarts: Set<string>;
  /** Every word a cue may start with (verb forms, phrasal cues' verbs, source cues' first words): one
   * question of every word near a quotation instead of three. */
  cueStarts: Set<string>;
  /** Words after which a speech verb comes before its subject: "según dijo el Kremlin". */
  inversionCues: Set<string>;
  /** "was reported by X", "fue anunciado por X". */
  passiveMarkers: Set<string>;
  passiveAuxiliaries: Set<string>;
  /** "is", "was", "fue": before a participle they make it passive ("the plan was announced"). */
  beForms: Set<string>;
  /** Days, months and the like that may sit between a subject and its verb. */
  timeWords: Set<string>;
  /** Adverbs ("derisively", "rotundamente") are not part of a speaker's name. */
  adverbEndings: string[];
  /** Words between a subject and its verb: "ha", "also", clitic "le". */
  auxiliaries: Set<string>;
  /** Words between an inverted verb and its subject: "dijo este jueves el Kremlin", "said Tuesday". */
  fillers: Set<string>;
  determiners: Set<string>;
  nounPhraseJoiners: Set<string>;
  nounPhraseStops: Set<string>;
  /** Words starting another clause, whose cues are not the quotation's: ";", "but", "pero". */
  clauseBreaks: Set<string>;
  /** After a comma, these open a clause of their own: ", which he declared", ", when she thanked". */
  clauseOpeners: Set<string>;
  /** "and" in "Hayek confirmed it and said": the verb shares the subject of the clause before. */
  coordinators: Set<string>;
  /** "who" in "Trump Jr., who suggested": the subject is the name before it. */
  relativePronouns: Set<string>;
  /** "that" in "He said that …": a verb reporting a clause of its own, not a quotation next to it. */
  complementizers: Set<string>;
  /** "…, saying": a gerund's subject is its sentence's. */
  gerundEndings: string[];
  /** Verbs whose following phrase is the one spoken to ("told reporters"), never the speaker. */
  addresseeVerbs: Set<string>;
  /** "dijo a los periodistas portugueses": the phrase after one is spoken to, never the speaker. */
  addresseeMarkers: Set<string>;
  /** "called Rubio “Little Marco”", "described it as “…”", "la calificó de «…»": what the quotation names someone is said. */
  namingCues: Set<string>;
  /** "referring to Warren as “Pocahontas”", "known as ''the Poorhouse of the Caribbean''": right before a quotation, a word that makes it a name someone gave. */
  namingWords: Set<string>;
  /** "“…,” he added": a verb that goes on with the speaker of the quotation before. */
  continuationVerbs: Set<string>;
  /** "as X put it", "lo dijo": an object after a verb, never a subject placed after it. */
  objectWords: Set<string>;
  /** Prepositions: a phrase after one is no subject ("In Texas", "tras la reunión"). */
  prepositions: Set<string>;
  /** "He did not elaborate", "declined to": no attribution. */
  negations: Set<string>;
  /** Capitalised at a sentence's start, these are never a speaker's name ("Yet", "Indeed", "Ahora"). */
  sentenceWords: Set<string>;
  personPronouns: Set<string>;
  /** "it": an organisation or a document may speak through it ("It said", "it added"). */
  impersonalPronouns: Set<string>;
  /** "one", "another", "otro": a speaker of its own, who stands for no one named ("“…,” read one."). */
  indefiniteSpeakers: Set<string>;
  /** Person nouns that name no one the article names: "the source", "la fuente". */
  anonymousNouns: Set<string>;
  /** Pronouns of the writer or the reader ("I", "we", "you"), who are no one the article names. */
  speechActPronouns: Set<string>;
  /** "a senior official", "un portavoz": a description of someone not named. */
  indefiniteDeterminers: Set<string>;
  /** "her message", "su comunicado": a document whose author the possessive names. */
  possessives: Set<string>;
  /** "the officials", "los dirigentes": a group, no one person. */
  pluralDeterminers: Set<string>;
  pluralPersonNouns: Set<string>;
  femalePronouns: Set<string>;
  malePronouns: Set<string>;
  /** Titles, articles and first names (from first-names.json) that tell a woman ("Mrs.", "la", "Elena"). */
  femaleWords: Set<string>;
  maleWords: Set<string>;
  personNouns: Set<string>;
  /** Organisations and outlets: "the campaign", "el diario". */
  organizationNouns: Set<string>;
  /** Outlets: "the paper", "el diario", which stand first for an organisation introduced as one. */
  mediaNouns: Set<string>;
  /** Words in an outlet's name: "The Wall Street Journal", "El Periódico". */
  mediaNameWords: Set<string>;
  /** Documents and messages that speak for their authors: "the report", "the email", "el comunicado". */
  documentNouns: Set<string>;
  /** What someone said, possessed by its speaker: "Trump’s claim that “…”", "his remark that", "su afirmación de que". */
  reportNouns: Set<string>;
  participleEndings: string[];
  /** A capitalised word the tagger left that ends so opens a sentence with its verb ("Abogó por …"), no subject. */
  finiteVerbEndings: string[];
  marks: MarkConventions;
  /** An unattributed quoted stretch of this many words is speech (a title needs the first). */
  unattributedQuoteMinimumWords: number;
  unattributedPhraseMinimumWords: number;
  /** A cued Title Case stretch this long is a title, not speech. */
  shortestCuedTitle: number;
  titleSmallWords: Set<string>;
  /** A short unattributed phrase in a sentence naming a person before it is that person's words ("Trump
   * denounced “self-deportation”"): measured on PolNeAR for English; off where no data says so. */
  personPhrasesSaid: boolean;
  /** An organisation's or a place's name alone in quotation marks is named, not said ("el diario “Reforma”"):
   * Spanish wire quotes the names of papers, firms and buildings; English marks them so for slogans it counts as speech. */
  quotedNamesNamed: boolean;
  /** "so-called", "la llamada": the quotation right after one is a term (as word lists, longest first). */
  termMarkers: string[][];
  /** "by" in "“Matthew Morrison is leaving,” by Times' Michael Paulson": a title credited to its author (as word lists for the word after the marks). */
  workCredits: Set<string>;
  /** "documentary" in "her new documentary “13th.”": a work whose owner is named titled by the quotation after it. */
  workNouns: Set<string>;
  /** "'Pretty cool working there.'": a sentence alone in these marks, with no cue, is a subhead, not speech. */
  subheadMarks: Set<string>;
  /** Spanish adjectives follow their noun: "la responsable española", "el portavoz comunitario". */
  adjectivesFollowNouns: boolean;
}

interface SpeechResource {
  subjectMayBeImplied: boolean;
  adjectivesFollowNouns: boolean;
  regularVerbs: string[];
  irregularForms: string[];
  ambiguousForms?: string[];
  regularEndings?: Record<string, string[]>;
  phrasalCues: string[];
  sourceCues: string[];
  inversionCues: string[];
  passiveMarkers: string[];
  passiveAuxiliaries: string[];
  beForms: string[];
  timeWords: string[];
  adverbEndings: string[];
  auxiliaries: string[];
  fillers: string[];
  determiners: string[];
  nounPhraseJoiners: string[];
  nounPhraseStops: string[];
  clauseBreaks: string[];
  clauseOpeners: string[];
  coordinators: string[];
  relativePronouns: string[];
  complementizers: string[];
  gerundEndings: string[];
  addresseeVerbs: string[];
  addresseeMarkers: string[];
  namingCues: string[];
  namingWords: string[];
  continuationVerbs: string[];
  objectWords: string[];
  prepositions: string[];
  negations: string[];
  sentenceWords: string[];
  personPronouns: string[];
  impersonalPronouns: string[];
  indefiniteSpeakers: string[];
  anonymousNouns: string[];
  speechActPronouns: string[];
  indefiniteDeterminers: string[];
  possessives: string[];
  pluralDeterminers: string[];
  pluralPersonNouns: string[];
  femalePronouns: string[];
  malePronouns: string[];
  femaleWords: string[];
  maleWords: string[];
  personNouns: string[];
  organizationNouns: string[];
  mediaNouns: string[];
  mediaNameWords: string[];
  documentNouns: string[];
  reportNouns: string[];
  participleEndings: string[];
  finiteVerbEndings: string[];
}

type MarkResource = MarkConventions & {
  unattributedQuoteMinimumWords: number;
  unattributedPhraseMinimumWords: number;
  shortestCuedTitle: number;
  titleSmallWords: string[];
  termMarkers: string[];
  workCredits: string[];
  workNouns: string[];
  subheadMarks: string[];
  personPhrasesSaid: boolean;
  quotedNamesNamed: boolean;
};

/** The gender a personal pronoun marks ("she", "él"), else null. */
export function pronounGender(lexicon: SpeechLexicon, pronoun: string): 'female' | 'male' | null {
  return lexicon.femalePronouns.has(pronoun) ? 'female' : lexicon.malePronouns.has(pronoun) ? 'male' : null;
}

const byLanguage = new Map<Language, SpeechLexicon>();

export function speechLexicon(language: Language): SpeechLexicon {
  let lexicon = byLanguage.get(language);
  if (!lexicon) {
    lexicon = buildLexicon(language);
    byLanguage.set(language, lexicon);
  }
  return lexicon;
}

function buildLexicon(language: Language): SpeechLexicon {
  const lexicon = readLexicon(language);
  return { ...lexicon, cueStarts: new Set([...lexicon.verbForms, ...lexicon.phrasalCues.keys(), ...lexicon.sourceCueStarts]) };
}

function readLexicon(language: Language): Omit<SpeechLexicon, 'cueStarts'> {
  const speech: SpeechResource[] = language === 'es' ? [esSpeech] : language === 'en' ? [enSpeech] : [esSpeech, enSpeech];
  const marks: MarkResource[] = language === 'es' ? [esMarks] : language === 'en' ? [enMarks] : [esMarks, enMarks];
  const words = (pick: (resource: SpeechResource) => string[]) => new Set(speech.flatMap(pick).map((word) => word.toLowerCase()));
  const ambiguous = words((resource) => resource.ambiguousForms ?? []);
  const forms = speech.flatMap((resource) => [...resource.irregularForms, ...resource.regularVerbs.flatMap((verb) => inflect(verb, resource))]);
  return {
    subjectMayBeImplied: speech.some((resource) => resource.subjectMayBeImplied),
    verbForms: new Set(forms.filter((form) => !ambiguous.has(form))),
    ambiguousVerbForms: new Set(forms.filter((form) => ambiguous.has(form))),
    phrasalCues: phrasalCues(speech.flatMap((resource) => resource.phrasalCues)),
    sourceCues: speech.flatMap((resource) => resource.sourceCues.map((cue) => cue.split(' '))).sort((a, b) => b.length - a.length),
    sourceCueStarts: new Set(speech.flatMap((resource) => resource.sourceCues.map((cue) => cue.split(' ')[0]))),
    inversionCues: words((resource) => resource.inversionCues),
    passiveMarkers: words((resource) => resource.passiveMarkers),
    passiveAuxiliaries: words((resource) => resource.passiveAuxiliaries),
    beForms: words((resource) => resource.beForms),
    timeWords: words((resource) => resource.timeWords),
    adverbEndings: speech.flatMap((resource) => resource.adverbEndings),
    auxiliaries: words((resource) => resource.auxiliaries),
    fillers: words((resource) => resource.fillers),
    determiners: words((resource) => resource.determiners),
    nounPhraseJoiners: words((resource) => resource.nounPhraseJoiners),
    nounPhraseStops: words((resource) => resource.nounPhraseStops),
    clauseBreaks: words((resource) => resource.clauseBreaks),
    clauseOpeners: words((resource) => resource.clauseOpeners),
    coordinators: words((resource) => resource.coordinators),
    relativePronouns: words((resource) => resource.relativePronouns),
    complementizers: words((resource) => resource.complementizers),
    gerundEndings: speech.flatMap((resource) => resource.gerundEndings),
    addresseeVerbs: words((resource) => resource.addresseeVerbs),
    addresseeMarkers: words((resource) => resource.addresseeMarkers),
    namingCues: words((resource) => resource.namingCues),
    namingWords: words((resource) => resource.namingWords),
    continuationVerbs: words((resource) => resource.continuationVerbs),
    objectWords: words((resource) => resource.objectWords),
    prepositions: words((resource) => resource.prepositions),
    negations: words((resource) => resource.negations),
    sentenceWords: words((resource) => resource.sentenceWords),
    personPronouns: words((resource) => resource.personPronouns),
    impersonalPronouns: words((resource) => resource.impersonalPronouns),
    indefiniteSpeakers: words((resource) => resource.indefiniteSpeakers),
    anonymousNouns: words((resource) => resource.anonymousNouns),
    speechActPronouns: words((resource) => resource.speechActPronouns),
    indefiniteDeterminers: words((resource) => resource.indefiniteDeterminers),
    possessives: words((resource) => resource.possessives),
    pluralDeterminers: words((resource) => resource.pluralDeterminers),
    pluralPersonNouns: words((resource) => resource.pluralPersonNouns),
    femalePronouns: words((resource) => resource.femalePronouns),
    malePronouns: words((resource) => resource.malePronouns),
    // First names cross languages: a Spanish article names English speakers and the other way round.
    femaleWords: new Set([...words((resource) => resource.femaleWords), ...firstNames.flatMap((names) => names.female)]),
    maleWords: new Set([...words((resource) => resource.maleWords), ...firstNames.flatMap((names) => names.male)]),
    personNouns: words((resource) => resource.personNouns),
    organizationNouns: words((resource) => resource.organizationNouns),
    mediaNouns: words((resource) => resource.mediaNouns),
    mediaNameWords: words((resource) => resource.mediaNameWords),
    documentNouns: words((resource) => resource.documentNouns),
    reportNouns: words((resource) => resource.reportNouns),
    participleEndings: speech.flatMap((resource) => resource.participleEndings),
    finiteVerbEndings: speech.flatMap((resource) => resource.finiteVerbEndings),
    marks: { pairs: unique(marks.flatMap((resource) => resource.pairs)), dialogueDashes: [...new Set(marks.flatMap((resource) => resource.dialogueDashes))] },
    unattributedQuoteMinimumWords: Math.max(...marks.map((resource) => resource.unattributedQuoteMinimumWords)),
    unattributedPhraseMinimumWords: Math.max(...marks.map((resource) => resource.unattributedPhraseMinimumWords)),
    shortestCuedTitle: Math.min(...marks.map((resource) => resource.shortestCuedTitle)),
    titleSmallWords: new Set(marks.flatMap((resource) => resource.titleSmallWords)),
    personPhrasesSaid: marks.every((resource) => resource.personPhrasesSaid),
    quotedNamesNamed: marks.every((resource) => resource.quotedNamesNamed),
    subheadMarks: new Set(marks.flatMap((resource) => resource.subheadMarks)),
    workCredits: new Set(marks.flatMap((resource) => resource.workCredits)),
    workNouns: new Set(marks.flatMap((resource) => resource.workNouns)),
    termMarkers: marks.flatMap((resource) => resource.termMarkers.map((marker) => marker.split(' '))).sort((a, b) => b.length - a.length),
    adjectivesFollowNouns: speech.some((resource) => resource.adjectivesFollowNouns),
  };
}

function phrasalCues(cues: string[]): Map<string, Set<string>> {
  const particles = new Map<string, Set<string>>();
  for (const cue of cues) {
    const [verb, particle] = cue.split(' ');
    particles.set(verb, (particles.get(verb) ?? new Set()).add(particle));
  }
  return particles;
}

function unique(pairs: string[][]): string[][] {
  const seen = new Set<string>();
  return pairs.filter((pair) => !seen.has(pair.join(' ')) && seen.add(pair.join(' ')));
}

// Spanish verbs take the resource's third-person endings; English ones the regular -s, -ed, -ing.
function inflect(verb: string, resource: SpeechResource): string[] {
  const endings = resource.regularEndings;
  if (endings) {
    const stem = verb.slice(0, -2);
    return (endings[verb.slice(-2)] ?? []).map((ending) => stem + ending);
  }
  const consonantY = /[^aeiou]y$/u.test(verb);
  const third = consonantY ? `${verb.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/u.test(verb) ? `${verb}es` : `${verb}s`;
  const past = consonantY ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  const progressive = verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, progressive];
}
