// Who a quotation is attributed to. First the attribution right next to it ("”, dijo Lukashenko",
// "”, Conway notes", "Trump added: “…”", "RAMOS: “…”"); else the speech cue of its sentence (else
// of the sentence before or after) and the noun phrase that cue names, before the verb
// ("Lukashenko dijo") or after it ("dijo Lukashenko", "según notificó el Kremlin").
import type { EntityMention, Span } from '../types';
import type { QuoteContext } from './context';
import type { SpeechLexicon } from './lexicon';
import { Phrases, type Range } from './phrases';
import { startsUpperCase, startsLowerCase, isOneOf } from '../characters';

export interface Attribution {
  /** A speech verb or cue in the quotation's own sentence governs it. */
  cued: boolean;
  /** The attribution stands right next to the quotation ("”, he answered."). */
  adjacent: boolean;
  /** The quotation follows a colon: "Según notificó el Kremlin: «…»". */
  introducedByColon: boolean;
  /** Who says it: looked for only when asked, since a quoted term needs no speaker. */
  locate(): Located;
}

export interface Located {
  speaker: Span | null;
  /** Where the speaker was found: next to the quotation, by a cue of its sentence, as its sentence's
   * subject (no cue) naming someone or describing them, by a cue of the sentence before or after, or nowhere. */
  basis: 'adjacent' | 'cue' | 'subject' | 'description' | 'neighbour' | 'none';
}

interface Cue {
  at: number;
  length: number;
  kind: 'verb' | 'source';
}

/** A cue in the next sentence attributes a quotation only from its first few words ("“…?” Trump asked"). */
const nextSentenceReach = 6;
/** How far an apposition between a quotation's subject and its verb may run ("”, Drew Heiserman, a steering committee member of …, said"). */
const appositionReach = 30;
/** How many tokens a source cue and its source may take before a quotation ("in the words of a senior adviser,"). */
const maximumSourcePhrase = 14;

export function findAttribution(text: string, context: QuoteContext, lexicon: SpeechLexicon, mentions: EntityMention[]): Attribution {
  const phrases = new Phrases(text, context, lexicon, mentions);
  const { self, ownStart, ownEnd } = context;
  const introducedByColon = phrases.text(self - 1) === ':';
  const adjacent = attributionBefore(phrases, self, ownStart, ownEnd) ?? attributionAfter(phrases, self, ownEnd);
  // The cues of the quotation's own sentences; the sentences around it are read only if its speaker is looked for there.
  const cues = findCues(phrases, lexicon, ownStart, ownEnd);
  // The report of the whole sentence is the outer one: "“…,” Sanders said, according to CNN." (CNN).
  const outer = outerSource(phrases, cues, self, ownStart, ownEnd);
  if (adjacent) {
    const located: Located = { speaker: phrases.span(outer ?? adjacent), basis: 'adjacent' };
    return { cued: true, adjacent: true, introducedByColon, locate: () => located };
  }
  // The outermost report of the quotation's clause is the one it belongs to ("Trump said he’d asked
  // his “people”"), then the cues after it, nearest first ("”, dijo Lukashenko").
  const clauseStart = phrases.clauseStart(ownStart, self);
  // A cue right after another quotation is that one's attribution ("“…,” said Beck, who said there were “…”").
  const governs = (cue: Cue) => !phrases.isQuote(cue.at - 1) && !(phrases.text(cue.at - 1) === ',' && phrases.isQuote(cue.at - 2));
  const own: Cue[] = [];
  for (const cue of cues) if (cue.at >= clauseStart && cue.at < self && governs(cue)) own.push(cue);
  for (const cue of cues) if (cue.at > self) own.push(cue);
  for (let index = cues.length - 1; index >= 0; index--) if (cues[index].at < clauseStart) own.push(cues[index]);
  const cued = own.length > 0;
  if (outer) {
    const located: Located = { speaker: phrases.span(outer), basis: 'cue' };
    return { cued: true, adjacent: false, introducedByColon, locate: () => located };
  }
  return { cued, adjacent: false, introducedByColon, locate: () => locateSpeaker(phrases, context, own, introducedByColon) };
}

// The subject of the quotation's own clause first ("Clinton endorsed the deal, although she made it clear that
// she has “…”"), unless that clause is a relative one, which may close before the quotation ("Ribble, who was
// elected in 2010, casts Trump as …"); else the sentence's.
function uncuedSubject(phrases: Phrases, ownStart: number, self: number): Range | null {
  const clauseStart = phrases.clauseStart(ownStart, self);
  const { relativePronouns, gerundEndings } = phrases.lexicon;
  // "while helping sort Clinton’s emails": a participle's clause has no subject of its own.
  const first = phrases.lower(clauseStart);
  const ownSubject = clauseStart > ownStart && !relativePronouns.has(first) && !gerundEndings.some((ending) => first.endsWith(ending));
  const subject = ownSubject ? phrases.subjectBefore(clauseStart, self) : null;
  // A possessor is no subject ("Clinton’s “work-related” emails").
  const possessor = subject !== null && /^['’]s?$/u.test(phrases.text(subject.end));
  return (possessor ? null : subject) ?? phrases.subjectBefore(ownStart, self);
}

// A source cue reporting the quotation's whole sentence: after the quotation and a comma ("“…,” Sanders
// said, according to CNN.", "the witness said the order was to “…,” according to the report"), or
// before it with no speech verb before the cue in the sentence ("According to GMA News, Salceda said
// the “…”", not "Win Htein said that according to its analysis, … “…”"). Its source is the outer report.
function outerSource(phrases: Phrases, cues: Cue[], self: number, ownStart: number, ownEnd: number): Range | null {
  for (const cue of cues) {
    if (cue.kind !== 'source' || cue.at < ownStart || cue.at >= ownEnd) continue;
    if (cue.at > self) {
      // Lower case: "''…'' According to F.A.A. records, …" opens a sentence the splitter ran on past.
      if ((phrases.text(cue.at - 1) !== ',' && !phrases.isQuote(cue.at - 1)) || !startsLowerCase(phrases.text(cue.at))) continue;
    } else if (cues.some((other) => other.kind === 'verb' && other.at >= ownStart && other.at < cue.at)) continue;
    // "según dijo el Kremlin": a verb after the cue is an inverted report, read as a speech cue.
    if (phrases.isCue(cue.at + cue.length, true)) continue;
    const source = phrases.after(cue.at + cue.length, true);
    if (source) return source;
  }
  return null;
}

function locateSpeaker(phrases: Phrases, context: QuoteContext, own: Cue[], introducedByColon: boolean): Located {
  const { self, ownStart, ownEnd } = context;
  const cued = own.length > 0;
  const found = (range: Range | null, basis: Located['basis']): Located => ({ speaker: range && phrases.span(range), basis: range ? basis : 'none' });
  // "Politifact seized on Trump’s claim that there were “…”": what someone said, nearer than any verb, is theirs.
  const report = possessedReport(phrases, self, ownStart);
  if (report) return found(report, 'cue');
  // Without a cue, the sentence's subject stands for a quotation inside it ("Sanders credited
  // Clinton's victory to “a closed primary”"), before any neighbouring sentence's cue.
  const subject = cued ? null : uncuedSubject(phrases, ownStart, self);
  if (subject) return found(subject, phrases.namesSomeone(subject) ? 'subject' : 'description');
  // Its own cues first, then those among the first words of the sentence after, then the sentence
  // before's, read like its own: its outermost report first ("Carter said that critics had predicted …").
  // The neighbours' cues are looked for only when the quotation's own sentence names no one.
  const nextCues = () => findCues(phrases, phrases.lexicon, ownEnd, Math.min(phrases.items.length, ownEnd + nextSentenceReach));
  const previousCues = () => findCues(phrases, phrases.lexicon, 0, ownStart);
  for (const cues of [() => own, nextCues, previousCues]) {
    for (const cue of cues()) {
      const sentenceStart = cue.at < ownStart ? 0 : cue.at >= ownEnd ? ownEnd : ownStart;
      const sentenceEnd = cue.at < ownStart ? ownStart : cue.at >= ownEnd ? phrases.items.length : ownEnd;
      const speaker = cue.kind === 'source' ? phrases.after(cue.at + cue.length, true) : verbSubject(phrases, cue.at, sentenceStart, sentenceEnd);
      if (speaker) return found(speaker, cue.at >= ownStart && cue.at < ownEnd ? 'cue' : 'neighbour');
    }
  }
  // "Donald Trump issued the following statement: “…”", "Her message was blunt: “…”": the subject before the colon.
  if (introducedByColon) return found(phrases.subjectBefore(self - 1 < ownStart ? 0 : ownStart, self - 1), cued ? 'cue' : 'neighbour');
  // English says its subjects, so the sentence's own stands in ("X has a stance: “…”"); Spanish leaves them implied.
  return found(cued && !phrases.lexicon.subjectMayBeImplied ? phrases.subjectBefore(ownStart, self) : null, 'cue');
}

/** The words at `at` open a quotation, after a comma or a colon or none: what a cue before them introduces. */
function opensQuote(phrases: Phrases, at: number): boolean {
  return phrases.isQuote(at) || (isOneOf(phrases.text(at), ',:') && phrases.isQuote(at + 1));
}

/** How far before a quotation the report noun governing it may stand ("his claim last week that the plan would “…”"). */
const reportReach = 12;
const maximumNameWords = 6;

// "Trump’s claim that …", "his remark that …": a report noun with its possessor, whose content clause
// holds the quotation (no speech verb in the sentence before it, no clause end), is the speaker ("Trump’s claim").
function possessedReport(phrases: Phrases, self: number, ownStart: number): Range | null {
  const { reportNouns, complementizers, possessives } = phrases.lexicon;
  for (let at = self - 1; at >= ownStart && at >= self - reportReach; at--) {
    if (phrases.isQuote(at) || phrases.endsClauseAt(at) || phrases.isCue(at)) return null;
    if (!reportNouns.has(phrases.lower(at))) continue;
    // Its content follows it ("claim that"), not its topic ("Trump’s remarks about the “…”").
    if (!complementizers.has(phrases.lower(at + 1))) continue;
    // A speech verb before it reports the whole ("Frazier said Rubio’s claim that … was “…”"): the verb's subject speaks.
    for (let before = ownStart; before < at; before++) if (phrases.isCue(before)) return null;
    // Up to two modifiers between the possessor and the noun: "his recent evidence-free claim".
    for (let owner = at - 1; owner >= at - 3 && owner >= 0; owner--) {
      const word = phrases.lower(owner);
      if (possessives.has(word)) return { start: owner, end: at + 1 };
      if (word === "'s" || word === '’s') {
        // The possessor's name: its capitalised words ("Donald J. Trump's"), not the phrase it ends ("an issue out of Trump's").
        let start = owner;
        while (start > 0 && owner - start < maximumNameWords && startsUpperCase(phrases.text(start - 1))) start--;
        return start < owner ? { start, end: at + 1 } : null;
      }
      if (phrases.isBoundary(owner) || !startsLowerCase(phrases.text(owner))) break;
    }
  }
  return null;
}

// "”, said Lukashenko", "”, Conway notes.", "”, Trump, the frontrunner and polling leader in South
// Carolina, said": the speaker named right after the quotation, before the clause goes on.
function attributionAfter(phrases: Phrases, self: number, ownEnd: number): Range | null {
  const { lexicon } = phrases;
  let at = self + 1;
  // A stray mark left over from nested quotes (''…,''' said Mr. Meyer) is passed over.
  while (isOneOf(phrases.text(at), '\'’"”')) at++;
  // '"…" - Bernie Sanders.', '"…" -President Obama, tweeting': a signature after a dash.
  if (isOneOf(phrases.text(at), '—–―-')) {
    const signature = phrases.speakerPhraseAt(at + 1);
    if (signature && phrases.namesSomeone(signature) && (phrases.isBoundary(signature.end) || at + 1 >= ownEnd)) return signature;
  }
  // A line break ends the quotation's paragraph: "“…”⏎Zimmerman wrote in the auction description" is not its attribution.
  if (phrases.lineBreakBefore(at)) return null;
  // The quotation must close its clause: "“…,” he said", not "the “broken” system he pledged to fix".
  if (isOneOf(phrases.text(at), ',—–―-')) at++;
  else if (at < ownEnd && !phrases.quoteEndsClause(self)) return null;
  // In the next sentence, only a bare attribution counts ("“…?” Trump asked."); "Clinton paused, then revealed" does not.
  const bare = at >= ownEnd;
  const word = phrases.lower(at);
  const gerund = lexicon.gerundEndings.some((ending) => word.endsWith(ending));
  if (phrases.isCue(at, true) && !gerund && !lexicon.addresseeVerbs.has(word)) {
    // "”, said the minister on Tuesday." — not "”, said the candidate could win".
    const speaker = phrases.after(at + 1, true);
    return speaker && phrases.endsInvertedSubject(speaker.end) ? speaker : null;
  }
  if (lexicon.nounPhraseJoiners.has(word) || lexicon.coordinators.has(word) || lexicon.clauseBreaks.has(word)) return null;
  const phrase = phrases.subjectAt(at);
  if (!phrase) return null;
  // "Conway notes.": a verb that is also a noun ends the name before it.
  let split = phrase.start + 1;
  while (split < phrase.end && !(phrases.isCue(split, true) && startsUpperCase(phrases.text(split - 1)))) split++;
  const subject = { start: phrase.start, end: split };
  const verb = phrases.skipModifiers(subject.end, 1);
  if (phrases.negated(subject.end, verb)) return null;
  if (phrases.isCue(verb, true)) {
    // "“…?” Trump asked.", "“…” he said on Tuesday." — not "“…” She also argued that", "Alpert’s metaphor is telling in".
    // After a question or an exclamation the sentence splitter cut, the clause goes on: "“Who do they think they are?” Trump said of Apple".
    // In the next sentence, a verb reporting a clause of its own ("He said, twice, that …"), introducing
    // what follows its colon ("Lindqvist could only quip: “…”") or a quotation of its own ("“…” The
    // delegate said, “…”") says other words.
    const next = phrases.afterCue(verb);
    if (bare && (phrases.reportsClause(verb) || phrases.text(verb + 1) === ':' || opensQuote(phrases, next))) return null;
    const endsClause =
      !bare ||
      phrases.isBoundary(next) ||
      phrases.isTimeWord(next) ||
      phrases.isAdverb(next) ||
      lexicon.addresseeVerbs.has(phrases.lower(verb)) ||
      (phrases.quoteAsksOrExclaims(self) && !phrases.lexicon.relativePronouns.has(phrases.lower(next)));
    return endsClause ? subject : null;
  }
  // After a question or an exclamation, the splitter's next sentence is the attribution's own: "“…!” Rep. Glenn Thompson, R-Pa., said of".
  const asked = phrases.quoteAsksOrExclaims(self);
  if (bare && !asked) return null;
  // "Rep. Glenn Thompson, R-Pa., said": the subject read its short apposition up to an abbreviation's period.
  if (phrases.text(subject.end) === '.' && phrases.text(subject.end + 1) === ',' && phrases.isCue(phrases.skipModifiers(subject.end + 2, 1), true))
    return { start: subject.start, end: subject.end + 1 };
  if (phrases.text(subject.end) !== ',') return null;
  const clauseEnd = bare ? phrases.items.length : ownEnd;
  for (let comma = subject.end + 2; comma < subject.end + appositionReach && comma < clauseEnd; comma++) {
    if (phrases.isQuote(comma) || phrases.endsClauseAt(comma)) return null;
    if (phrases.text(comma) === ',' && phrases.isCue(phrases.skipModifiers(comma + 1, 1), true)) {
      // A short apposition is part of the speaker ("Jeff Weaver, Sanders’ campaign manager"); a long one is not.
      return comma - subject.end <= 8 ? { start: subject.start, end: comma } : subject;
    }
  }
  return null;
}

// "Trump added: “…”", "Mrs. Clinton replied, ''…''", and transcripts' "RAMOS: “…”" or "David Wasserman: “…”".
function attributionBefore(phrases: Phrases, self: number, ownStart: number, ownEnd: number): Range | null {
  const mark = phrases.text(self - 1);
  if (mark !== ':' && mark !== ',') return null;
  const verb = phrases.cueEndingAt(phrases.skipModifiers(self - 2, -1));
  if (phrases.isCue(verb, true)) return verbSubject(phrases, verb, verb < ownStart ? 0 : ownStart, verb < ownStart ? ownStart : phrases.items.length);
  if (mark === ':') return nameBeforeColon(phrases, self - 1);
  return splitQuotation(phrases, self, ownEnd) ?? sourceBefore(phrases, self - 1);
}

// "“Acordamos…”, dijo Lukashenko, “para tomar…”": the second half of a split quotation has the first half's speaker.
function splitQuotation(phrases: Phrases, self: number, ownEnd: number): Range | null {
  for (let at = self - 2; at > self - appositionReach && at >= 0; at--) {
    if (phrases.isQuote(at)) return attributionAfter(phrases, at, ownEnd);
    if (isOneOf(phrases.text(at), '.!?;:')) return null;
  }
  return null;
}

// "in the words of a senior adviser, ''the torchbearer''", "according to the report, “…”".
function sourceBefore(phrases: Phrases, comma: number): Range | null {
  const { lexicon } = phrases;
  for (let at = comma - 1; at > comma - maximumSourcePhrase && at >= 0; at--) {
    const cue = lexicon.sourceCueStarts.has(phrases.lower(at))
      ? lexicon.sourceCues.find((words) => words.every((word, offset) => phrases.lower(at + offset) === word))
      : undefined;
    if (!cue) continue;
    const source = phrases.after(at + cue.length, true);
    return source && source.end === comma ? source : null;
  }
  return null;
}

// "RAMOS:", "David Wasserman:", "Hillary:" opening a line, a sentence or the part after a dash.
function nameBeforeColon(phrases: Phrases, colon: number): Range | null {
  let start = colon;
  while (start > 0 && colon - start < 5 && startsUpperCase(phrases.text(start - 1))) start--;
  if (start === colon) return null;
  const opener = phrases.token(start - 1);
  const first = phrases.token(start);
  const opensLine = !opener || isOneOf(opener.text, '-—–―.') || (first !== null && phrases.lineStartsAt(first.start));
  const named = phrases.mentionAt(colon - 1) !== null || /^\p{Lu}+$/u.test(phrases.text(colon - 1));
  return opensLine && named ? { start, end: colon } : null;
}

/** The cues starting in items[from, to): one sentence's, or the first words of one. */
function findCues(phrases: Phrases, lexicon: SpeechLexicon, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let at = from; at < to; at++) {
    const word = phrases.lower(at);
    if (!lexicon.cueStarts.has(word)) continue;
    const source = lexicon.sourceCueStarts.has(word)
      ? lexicon.sourceCues.find((cue) => cue.every((part, offset) => phrases.lower(at + offset) === part))
      : undefined;
    if (source) {
      cues.push({ at, length: source.length, kind: 'source' });
      at += source.length - 1;
    } else if (lexicon.verbForms.has(word) || (lexicon.phrasalCues.has(word) && phrases.isPhrasalCue(at))) {
      cues.push({ at, length: 1, kind: 'verb' });
    }
  }
  return cues;
}

// "”, dijo Lukashenko", "según notificó el Kremlin": the subject follows the verb right after a
// quotation, a colon or "según". "Morris, a spokeswoman, said", "Trump Jr., who suggested",
// "…, saying": it comes before.
function verbSubject(phrases: Phrases, verb: number, sentenceStart: number, sentenceEnd: number): Range | null {
  const { lexicon } = phrases;
  const word = phrases.lower(verb);
  const passive = [1, 2, 3].some((back) => lexicon.passiveAuxiliaries.has(phrases.lower(verb - back)));
  if (passive && lexicon.passiveMarkers.has(phrases.lower(verb + 1))) {
    const agent = phrases.after(verb + 2, false);
    if (agent) return agent;
  }
  // "When terrorists are revealed", "the plan was announced": without its agent, a passive verb's subject is what is said, not who says it.
  if (passiveWithoutAgent(phrases, verb)) return null;
  const before = phrases.skipModifiers(verb - 1, -1);
  const afterQuote = phrases.isQuote(before) || (isOneOf(phrases.text(before), ',—–―-') && phrases.isQuote(before - 1));
  const opensClause = before < sentenceStart || afterQuote || isOneOf(phrases.text(before), ':;(') || lexicon.inversionCues.has(phrases.lower(before));
  const gerund = lexicon.gerundEndings.some((ending) => word.endsWith(ending));
  // "…, saying", "issued a statement Tuesday saying": the gerund's subject is its clause's; opening
  // the sentence ("Acknowledging that Trump “…,” Allen did suggest"), the one after its clause.
  if (gerund) {
    if (before < sentenceStart) return phrases.subjectAfterIntroduction(verb, sentenceEnd);
    // "with Donald Trump tweeting that …": a name right before the gerund is its subject.
    const named = phrases.isBoundary(before) ? null : phrases.before(before);
    if (named && phrases.namesSomeone(named)) return named;
    // "Ryan and Trump will meet, Spicer said, adding": the gerund goes on from the speech verb right before it.
    const reported = phrases.cueEndingAt(phrases.skipModifiers(before - 1, -1));
    if (phrases.text(before) === ',' && reported >= sentenceStart && phrases.isCue(reported, true)) {
      const subject = verbSubject(phrases, reported, sentenceStart, sentenceEnd);
      if (subject) return subject;
    }
    return phrases.subjectBefore(phrases.clauseStart(sentenceStart, before), before) ?? phrases.subjectBefore(sentenceStart, before);
  }
  if (opensClause && !lexicon.addresseeVerbs.has(word)) return phrases.after(verb + 1, true) ?? phrases.before(before);
  // "Hayek confirmed she had been and said", "but described his skills as": the subject of the clause before.
  if (lexicon.coordinators.has(phrases.lower(before))) return phrases.subjectBefore(phrases.clauseStart(sentenceStart, before), before);
  if (phrases.text(before) === ',') {
    // "“…” for the EU, said Geert Wilders.": after a comma, a speaker after the verb ending the clause is its inverted subject.
    // Only after the quoted words: not "…, told Politico that", "…, called Cruz “…”", "Ryan, the speaker, criticized Trump, …".
    let quoted = false;
    for (let at = before - 1; at >= sentenceStart && !quoted; at--) quoted = phrases.isQuote(at);
    const inverted = !quoted || lexicon.addresseeVerbs.has(word) || lexicon.namingCues.has(word) ? null : phrases.after(verb + 1, true);
    if (inverted && phrases.speakerPhraseAt(inverted.start) && isOneOf(phrases.text(inverted.end), '.,')) return inverted;
    // "El interés, puntualizó el presidente, “ha quedado …”": the inverted subject between commas right before the quotation.
    const aside = lexicon.addresseeVerbs.has(word) || lexicon.namingCues.has(word) ? null : phrases.after(verb + 1, true);
    if (aside && phrases.text(aside.end) === ',' && phrases.isQuote(aside.end + 1) && phrases.speakerPhraseAt(aside.start)) return aside;
    return phrases.beforeApposition(before);
  }
  // "Carson shared a syllabus for a class called “Perception”": a naming participle after a common noun
  // names that noun; the one who calls it so is the clause's subject.
  if (
    lexicon.namingCues.has(word) &&
    startsLowerCase(phrases.text(before)) &&
    !lexicon.personPronouns.has(phrases.lower(before)) &&
    !lexicon.relativePronouns.has(phrases.lower(before))
  ) {
    const subject = phrases.subjectBefore(phrases.clauseStart(sentenceStart, before), before);
    if (subject) return subject;
  }
  // "Mr. Trump was prompted to say, ''…''", "but went on to say": the subject of the clause, not a word that cannot speak.
  // "Stacy Baker of Columbia, South Carolina says": a state after its town's comma ends the subject, it is not one.
  const phrase = phrases.before(before);
  const subject = phrase && phrases.isStateAfterTown(phrase) ? phrases.before(phrase.start - 2) : phrase;
  if (subject && phrases.canSpeak(subject)) return subject;
  return phrases.beforeRelative(before) ?? phrases.subjectBefore(phrases.clauseStart(sentenceStart, before), before);
}

// "is described", "was widely reported": a form of "be" right before the verb, or two before it with an adverb or auxiliary between.
function passiveWithoutAgent(phrases: Phrases, verb: number): boolean {
  const { beForms, passiveAuxiliaries } = phrases.lexicon;
  if (beForms.has(phrases.lower(verb - 1))) return true;
  const between = phrases.lower(verb - 1);
  return beForms.has(phrases.lower(verb - 2)) && (beForms.has(between) || passiveAuxiliaries.has(between) || phrases.isAdverb(verb - 1));
}
