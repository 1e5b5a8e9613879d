// Who a quotation is attributed to: the speech cue nearest to it in its sentence and the noun
// phrase that cue names, before the verb ("Lukashenko dijo") or after it ("dijo Lukashenko").
import type { Span, Token } from '../types';
import type { ContextItem, QuoteContext } from './context';
import type { SpeechLexicon } from './lexicon';

export interface Attribution {
  /** A speech verb or cue governs the quotation. */
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

const maximumPhraseTokens = 8;
const maximumSkippedTokens = 5;

export function findAttribution(context: QuoteContext, lexicon: SpeechLexicon): Attribution {
  const words = new Words(context.items, lexicon);
  const cues = findCues(words, lexicon).sort((a, b) => distance(a, context.self) - distance(b, context.self));
  const introducedByColon = words.text(context.self - 1) === ':';
  for (const cue of cues) {
    const speaker = cue.kind === 'source' ? words.phraseAfter(cue.at + cue.length, true) : verbSubject(words, cue.at);
    if (speaker) return { cued: true, introducedByColon, speaker };
  }
  const speaker = introducedByColon ? words.phraseBefore(context.self - 1) : null;
  return { cued: cues.length > 0, introducedByColon, speaker };
}

function distance(cue: Cue, self: number): number {
  return cue.at > self ? cue.at - self : self - (cue.at + cue.length - 1);
}

function findCues(words: Words, lexicon: SpeechLexicon): Cue[] {
  const cues: Cue[] = [];
  for (let at = 0; at < words.items.length; at++) {
    const source = lexicon.sourceCues.find((cue) => cue.every((word, offset) => words.lower(at + offset) === word));
    if (source) {
      cues.push({ at, length: source.length, kind: 'source' });
      at += source.length - 1;
    } else if (lexicon.verbForms.has(words.lower(at))) {
      cues.push({ at, length: 1, kind: 'verb' });
    }
  }
  return cues;
}

// "”, dijo Lukashenko", "según notificó el Kremlin", "reported by MSNBC": the subject follows the verb.
function verbSubject(words: Words, verb: number): Span | null {
  const { lexicon } = words;
  if (lexicon.passiveMarkers.has(words.lower(verb + 1))) {
    const agent = words.phraseAfter(verb + 2, false);
    if (agent) return agent;
  }
  let before = verb - 1;
  for (let skipped = 0; skipped < 3 && lexicon.auxiliaries.has(words.lower(before)); skipped++) before--;
  const inverted = before < 0 || words.isBoundary(before) || lexicon.inversionCues.has(words.lower(before));
  if (inverted) return words.phraseAfter(verb + 1, true) ?? words.phraseBefore(before) ?? words.appositionSubject(before);
  return words.phraseBefore(before) ?? words.phraseAfter(verb + 1, true);
}

/** The context seen as words, with the noun-phrase rules of the language. */
class Words {
  constructor(
    readonly items: ContextItem[],
    readonly lexicon: SpeechLexicon,
  ) {}

  token(at: number): Token | null {
    const item = this.items[at];
    return item && 'token' in item ? item.token : null;
  }

  text(at: number): string {
    return this.token(at)?.text ?? '';
  }

  lower(at: number): string {
    return this.text(at).toLowerCase();
  }

  /** Punctuation or a quoted stretch: nothing a noun phrase crosses. */
  isBoundary(at: number): boolean {
    const token = this.token(at);
    return !token || !/[\p{L}\p{N}]/u.test(token.text);
  }

  private isPhraseWord(at: number): boolean {
    if (this.isBoundary(at)) return false;
    const lower = this.lower(at);
    return !this.lexicon.nounPhraseStops.has(lower) && !this.lexicon.verbForms.has(lower);
  }

  phraseAfter(from: number, skipFillers: boolean): Span | null {
    let start = from;
    if (skipFillers) {
      for (let skipped = 0; skipped < maximumSkippedTokens && this.isFiller(start); skipped++) start++;
      // A skipped determiner belongs to the phrase: "dijo el presidente".
      while (start > from && this.lexicon.determiners.has(this.lower(start - 1)) && this.isPhraseWord(start)) start--;
    }
    let end = start;
    while (end < this.items.length && end - start < maximumPhraseTokens && this.isPhraseWord(end)) end++;
    return this.span(start, end);
  }

  phraseBefore(from: number): Span | null {
    let start = from + 1;
    while (start > 0 && from + 1 - start < maximumPhraseTokens && this.isPhraseWord(start - 1)) start--;
    return this.span(start, from + 1);
  }

  /** "Haley Morris, a spokeswoman for the campaign, said": the name before the apposition. */
  appositionSubject(comma: number): Span | null {
    if (this.text(comma) !== ',') return null;
    for (let at = comma - 1; at > comma - 12 && at >= 0; at--) {
      if (this.text(at) === ',') return this.phraseBefore(at - 1);
      if (this.isBoundary(at)) return null;
    }
    return null;
  }

  private isFiller(at: number): boolean {
    const token = this.token(at);
    if (!token) return false;
    return this.lexicon.fillers.has(token.text.toLowerCase()) || /^\d/u.test(token.text);
  }

  // Joiners and determiners do not end a phrase ("la Cancillería de", "the"), nor do they start one after trimming.
  private span(start: number, end: number): Span | null {
    const { nounPhraseJoiners, determiners } = this.lexicon;
    while (end > start && (nounPhraseJoiners.has(this.lower(end - 1)) || determiners.has(this.lower(end - 1)))) end--;
    while (start < end && nounPhraseJoiners.has(this.lower(start))) start++;
    const first = this.token(start);
    const last = this.token(end - 1);
    if (!first || !last || end <= start) return null;
    return { start: first.start, end: last.end };
  }
}
