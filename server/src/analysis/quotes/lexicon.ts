// The per-language speech cues and quotation marks, read from the resource files once.
import type { Language } from '../types';
import type { MarkConventions } from './marks';
import esSpeech from '../resources/es/speech.json';
import enSpeech from '../resources/en/speech.json';
import esMarks from '../resources/es/quote-marks.json';
import enMarks from '../resources/en/quote-marks.json';

export interface SpeechLexicon {
  verbForms: Set<string>;
  /** Multi-word cues naming their source after them: "según", "according to". */
  sourceCues: string[][];
  sourceCueStarts: Set<string>;
  /** Words after which a speech verb comes before its subject: "según dijo el Kremlin". */
  inversionCues: Set<string>;
  /** "was reported by X", "fue anunciado por X". */
  passiveMarkers: Set<string>;
  passiveAuxiliaries: Set<string>;
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
  /** "who" in "Trump Jr., who suggested": the subject is the name before it. */
  relativePronouns: Set<string>;
  /** "…, saying": a gerund's subject is its sentence's. */
  gerundEndings: string[];
  /** Verbs whose following phrase is the one spoken to ("told reporters"), never the speaker. */
  addresseeVerbs: Set<string>;
  personPronouns: Set<string>;
  personNouns: Set<string>;
  organizationNouns: Set<string>;
  marks: MarkConventions;
  /** An unattributed quoted stretch of this many words is speech (a title needs the first). */
  unattributedQuoteMinimumWords: number;
  unattributedPhraseMinimumWords: number;
  /** A cued Title Case stretch this long is a title, not speech. */
  shortestCuedTitle: number;
  titleSmallWords: Set<string>;
}

interface SpeechResource {
  regularVerbs: string[];
  irregularForms: string[];
  ambiguousForms?: string[];
  regularEndings?: Record<string, string[]>;
  sourceCues: string[];
  inversionCues: string[];
  passiveMarkers: string[];
  passiveAuxiliaries: string[];
  timeWords: string[];
  adverbEndings: string[];
  auxiliaries: string[];
  fillers: string[];
  determiners: string[];
  nounPhraseJoiners: string[];
  nounPhraseStops: string[];
  clauseBreaks: string[];
  relativePronouns: string[];
  gerundEndings: string[];
  addresseeVerbs: string[];
  personPronouns: string[];
  personNouns: string[];
  organizationNouns: string[];
}

type MarkResource = MarkConventions & {
  unattributedQuoteMinimumWords: number;
  unattributedPhraseMinimumWords: number;
  shortestCuedTitle: number;
  titleSmallWords: string[];
};

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
  const speech: SpeechResource[] = language === 'es' ? [esSpeech] : language === 'en' ? [enSpeech] : [esSpeech, enSpeech];
  const marks: MarkResource[] = language === 'es' ? [esMarks] : language === 'en' ? [enMarks] : [esMarks, enMarks];
  const words = (pick: (resource: SpeechResource) => string[]) => new Set(speech.flatMap(pick).map((word) => word.toLowerCase()));
  const ambiguous = words((resource) => resource.ambiguousForms ?? []);
  const verbForms = new Set(
    speech
      .flatMap((resource) => [...resource.irregularForms, ...resource.regularVerbs.flatMap((verb) => inflect(verb, resource))])
      .filter((form) => !ambiguous.has(form)),
  );
  return {
    verbForms,
    sourceCues: speech.flatMap((resource) => resource.sourceCues.map((cue) => cue.split(' '))).sort((a, b) => b.length - a.length),
    sourceCueStarts: new Set(speech.flatMap((resource) => resource.sourceCues.map((cue) => cue.split(' ')[0]))),
    inversionCues: words((resource) => resource.inversionCues),
    passiveMarkers: words((resource) => resource.passiveMarkers),
    passiveAuxiliaries: words((resource) => resource.passiveAuxiliaries),
    timeWords: words((resource) => resource.timeWords),
    adverbEndings: speech.flatMap((resource) => resource.adverbEndings),
    auxiliaries: words((resource) => resource.auxiliaries),
    fillers: words((resource) => resource.fillers),
    determiners: words((resource) => resource.determiners),
    nounPhraseJoiners: words((resource) => resource.nounPhraseJoiners),
    nounPhraseStops: words((resource) => resource.nounPhraseStops),
    clauseBreaks: words((resource) => resource.clauseBreaks),
    relativePronouns: words((resource) => resource.relativePronouns),
    gerundEndings: speech.flatMap((resource) => resource.gerundEndings),
    addresseeVerbs: words((resource) => resource.addresseeVerbs),
    personPronouns: words((resource) => resource.personPronouns),
    personNouns: words((resource) => resource.personNouns),
    organizationNouns: words((resource) => resource.organizationNouns),
    marks: { pairs: unique(marks.flatMap((resource) => resource.pairs)), dialogueDashes: [...new Set(marks.flatMap((resource) => resource.dialogueDashes))] },
    unattributedQuoteMinimumWords: Math.max(...marks.map((resource) => resource.unattributedQuoteMinimumWords)),
    unattributedPhraseMinimumWords: Math.max(...marks.map((resource) => resource.unattributedPhraseMinimumWords)),
    shortestCuedTitle: Math.min(...marks.map((resource) => resource.shortestCuedTitle)),
    titleSmallWords: new Set(marks.flatMap((resource) => resource.titleSmallWords)),
  };
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
