// The analysis core's vocabulary. Every offset is a UTF-16 code unit index into the article's
// text exactly as an editor shows it (BOM removed, line ends untouched); `end` is exclusive.

export type Language = 'es' | 'en' | 'unknown';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

/** A sentence covers tokens[tokenStart, tokenEnd). */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntityMention extends Span {
  type: EntityType;
  text: string;
  /** In a headline or a line of capitals, where a capital letter says little: weak evidence of its span and type. */
  weak?: true;
  /** A title or honorific stands before it ("Mr.", "la ministra"): a person's name. */
  titled?: true;
  /** Stands alone in brackets right after another name ("Partido Popular (PP)"), which may define it. */
  bracketed?: true;
  /** Opens a dateline ("LONDON 1996-08-30", "Madrid, 23 may (EFE)", "DALLAS (AP) —"): a place. */
  dateline?: true;
  /** Tagged a place right after a preposition of place ("in St Louis", "At Portsmouth:"): a place as the sentence reads it. */
  sited?: true;
  /** Tagged an organisation and followed by its score in a line of results ("TEXAS 5 Cleveland 3", "Birmingham 2 1 1 0"), or a
   * town's name after an article the town's own name does not take ("el Zaragoza", "al Parma"): a team. */
  scored?: true;
  /** Its whole name is a known place: a country or continent, or a region, city or town (which may also name a team). */
  placeKind?: 'country' | 'town';
  /** A woman's or a man's honorific stands before it ("Mrs. Clinton", "Mr. Clinton", "la Sra. Marín"). */
  gender?: 'female' | 'male';
  /** A surname after a plural article ("los Reyes", "los Kennedy"): a family or a couple, no one person of it. */
  family?: true;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimexType;
  text: string;
  /** TIMEX3 value (2025-11-21, P17D, PRESENT_REF, ...); null when it needs an article date that is unknown. */
  value: string | null;
  /** True when the value depends on the article date ("este jueves", "yesterday"), so an editor may show it. */
  relative: boolean;
}

export interface SpeakerReference extends Span {
  text: string;
}

/**
 * What kind of words the speaker is: a name ("Lukashenko"), a pronoun ("he", "who", "ella"), a
 * description ("el dirigente de los armadores", "a senior official", "one"), an outlet's or a
 * document's words ("the report", "the email"), or the subject a verb leaves implied ("«…», añadió"),
 * for which `speaker` is the mention it stands for.
 */
export type SpeakerKind = 'name' | 'pronoun' | 'description' | 'document' | 'implied';

export interface Quotation extends Span {
  /** The quotation including its marks. */
  text: string;
  /** The words the attribution names ("Lukashenko", "he", "el mandatario"), or null when no one is named. */
  speaker: SpeakerReference | null;
  /** The entity mention of this article the speaker stands for (the speaker itself, or the antecedent of a pronoun). */
  speakerMention: EntityMention | null;
  /** What kind of reference `speaker` is; absent when there is no speaker. */
  speakerKind?: SpeakerKind;
}

/** A quoted word or title that no one is reported as saying: a scare quote, a nickname, the name of a work. */
export interface QuotedTerm extends Span {
  text: string;
}

export interface QuotationAnalysis {
  quotes: Quotation[];
  terms: QuotedTerm[];
}

export interface ArticleHeader {
  /** The whole header line, without its line end. */
  line: Span;
  /** The title, without site boilerplate such as "+ Seguir en". */
  title: Span & { text: string };
  date: string | null;
}

export type ArticleDateSource = 'header' | 'dateline' | 'fileName';

/** What every recognizer is given: the article text and what is already known of it. */
export interface AnalysisInput {
  text: string;
  language: Language;
  tokens: Token[];
  sentences: Sentence[];
  /** YYYY-MM-DD, or null when the article does not say. */
  articleDate: string | null;
}

export interface ArticleAnalysis {
  language: Language;
  header: ArticleHeader | null;
  title: string | null;
  date: string | null;
  dateSource: ArticleDateSource | null;
  tokens: Token[];
  sentences: Sentence[];
  entities: EntityMention[];
  timexes: TimeExpression[];
  quotes: Quotation[];
  terms: QuotedTerm[];
}
