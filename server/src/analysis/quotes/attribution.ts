// Who a quotation is attributed to: the speech cue nearest to it in its sentence (else in the
// sentence before or after) and the noun phrase that cue names, before the verb ("Lukashenko
// dijo") or after it ("dijo Lukashenko", "según notificó el Kremlin").
import type { Span } from '../types';
import type { QuoteContext } from './context';
import type { SpeechLexicon } from './lexicon';
import { Phrases } from './phrases';

export interface Attribution {
  /** A speech verb or cue in the quotation's own sentence governs it. */
  cued: boolean;
  /** The quotation follows a colon: "Según notificó el Kremlin: «…»". */
  introducedByColon: boolean;
  speaker: Span | null;
}

interface Cue {
  at: number;
  length: number;
  kind: 'verb' | 'source';
}

/** A cue in the next sentence attributes a quotation only from its first few words ("“…?” Trump asked"). */
const nextSentenceReach = 6;

export function findAttribution(context: QuoteContext, lexicon: SpeechLexicon): Attribution {
  const phrases = new Phrases(context.items, lexicon);
  const { self, ownStart, ownEnd } = context;
  const cues = findCues(phrases, lexicon);
  // The outermost report of the quotation's clause is the one it belongs to ("Trump said he’d asked
  // his “people”"), then the cues after it, nearest first ("”, dijo Lukashenko").
  const clauseStart = phrases.clauseStart(ownStart, self);
  const own = [
    ...cues.filter((cue) => cue.at >= clauseStart && cue.at < self),
    ...cues.filter((cue) => cue.at > self && cue.at < ownEnd),
    ...cues.filter((cue) => cue.at >= ownStart && cue.at < clauseStart).reverse(),
  ];
  const next = cues.filter((cue) => cue.at >= ownEnd && cue.at < ownEnd + nextSentenceReach);
  const previous = cues.filter((cue) => cue.at < ownStart).reverse();
  const introducedByColon = phrases.text(self - 1) === ':';
  const cued = own.length > 0;
  // Without a cue, the sentence's subject stands for a quotation inside it ("Sanders credited
  // Clinton's victory to “a closed primary”"), before any neighbouring sentence's cue.
  const subject = cued ? null : phrases.subjectBefore(ownStart, self);
  if (subject) return { cued, introducedByColon, speaker: subject };
  for (const cue of [...own, ...next, ...previous]) {
    const sentenceStart = cue.at < ownStart ? 0 : cue.at >= ownEnd ? ownEnd : ownStart;
    const speaker = cue.kind === 'source' ? phrases.after(cue.at + cue.length, true) : verbSubject(phrases, cue.at, sentenceStart);
    if (speaker) return { cued, introducedByColon, speaker };
  }
  return { cued, introducedByColon, speaker: cued ? phrases.subjectBefore(ownStart, self) : null };
}

function findCues(phrases: Phrases, lexicon: SpeechLexicon): Cue[] {
  const cues: Cue[] = [];
  for (let at = 0; at < phrases.items.length; at++) {
    const word = phrases.lower(at);
    const source = lexicon.sourceCueStarts.has(word)
      ? lexicon.sourceCues.find((cue) => cue.every((part, offset) => phrases.lower(at + offset) === part))
      : undefined;
    if (source) {
      cues.push({ at, length: source.length, kind: 'source' });
      at += source.length - 1;
    } else if (lexicon.verbForms.has(word)) {
      cues.push({ at, length: 1, kind: 'verb' });
    }
  }
  return cues;
}

// "”, dijo Lukashenko", "según notificó el Kremlin": the subject follows the verb right after a
// quotation, a colon or "según". "Morris, a spokeswoman, said", "Trump Jr., who suggested",
// "…, saying": it comes before.
function verbSubject(phrases: Phrases, verb: number, sentenceStart: number): Span | null {
  const { lexicon } = phrases;
  const word = phrases.lower(verb);
  const passive = [1, 2, 3].some((back) => lexicon.passiveAuxiliaries.has(phrases.lower(verb - back)));
  if (passive && lexicon.passiveMarkers.has(phrases.lower(verb + 1))) {
    const agent = phrases.after(verb + 2, false);
    if (agent) return agent;
  }
  let before = verb - 1;
  for (let skipped = 0; skipped < 4 && (phrases.isAuxiliary(before) || phrases.isTimeWord(before) || phrases.isAdverb(before)); skipped++) before--;
  const afterQuote = phrases.isQuote(before) || (/^[,—–-]$/u.test(phrases.text(before)) && phrases.isQuote(before - 1));
  const opensClause = before < sentenceStart || afterQuote || /^[:;(]$/u.test(phrases.text(before)) || lexicon.inversionCues.has(phrases.lower(before));
  const gerund = lexicon.gerundEndings.some((ending) => word.endsWith(ending));
  if (gerund && (opensClause || phrases.isBoundary(before) || lexicon.nounPhraseStops.has(phrases.lower(before)))) {
    return phrases.subjectBefore(sentenceStart, before);
  }
  if (opensClause && !lexicon.addresseeVerbs.has(word)) return phrases.after(verb + 1, true) ?? phrases.before(before);
  if (phrases.text(before) === ',') return phrases.beforeApposition(before);
  return phrases.before(before) ?? phrases.beforeRelative(before);
}
