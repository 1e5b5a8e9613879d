// Which way a sentence looks from the article date: the tense marker nearest the expression
// ("dijo", "said" → past; "reunirán", "will" → future), for expressions that carry no cue word.
import type { Sentence } from '../types';
import type { TimeLexicon } from './lexicon';
import { normalizeWords } from './lexicon';
import { isMidSentence } from './nameGuards';
import { firstSpanEndingAfter } from '../spanSearch';

export type Direction = 'past' | 'future';

interface TenseMarker {
  start: number;
  end: number;
  /** null for a present-tense marker, which points nowhere but may be the nearest. */
  direction: Direction | null;
}

// "Until Thursday, they had not called": a clause's length either side of the expression.
const pastPerfectReach = 40;

/** Finds the tense markers of each passage once, however many expressions ask about it. */
export class TenseReader {
  private readonly markersByPassage = new Map<number, TenseMarker[]>();

  constructor(
    private readonly text: string,
    private readonly lexicon: TimeLexicon,
  ) {}

  /** A past perfect close by ("had filed by Wednesday"), else a preposition right before the expression
   * ("desde el domingo", "until Tuesday"), else the tense marker nearest [start, end) in its sentence
   * (or in the 200 characters around it). */
  tenseAround(start: number, end: number, sentence: Sentence | null): Direction | null {
    if (this.pastPerfectNear(start, end, sentence)) return 'past';
    const preposition = this.lexicon.prepositionBefore.exec(this.text.slice(Math.max(0, start - 24), start));
    if (preposition?.groups) return this.lexicon.prepositionDirections.get(normalizeWords(preposition.groups.preposition)) ?? null;
    const from = sentence?.start ?? Math.max(0, start - 200);
    const to = sentence?.end ?? Math.min(this.text.length, end + 200);
    // The markers are in text order and do not overlap: the nearest is the last one ending before the
    // expression or the first one starting after it (the earlier on a tie), found by a binary search,
    // since a sentence without an end (a page of text on one line) may hold thousands of each.
    const markers = this.markers(from, to);
    const after = firstSpanEndingAfter(markers, start);
    const before = after > 0 ? markers[after - 1] : null;
    let next = after;
    while (next < markers.length && markers[next].start < end) next++;
    const following = next < markers.length ? markers[next] : null;
    if (before && (!following || start - before.end <= following.start - end)) return before.direction;
    return following ? following.direction : null;
  }

  private pastPerfectNear(start: number, end: number, sentence: Sentence | null): boolean {
    if (!this.lexicon.pastPerfect) return false;
    const from = Math.max(sentence?.start ?? 0, start - pastPerfectReach);
    const to = Math.min(sentence?.end ?? this.text.length, end + pastPerfectReach);
    // One character more on the left lets the pattern see a word edge there.
    return this.lexicon.pastPerfect.test(this.text.slice(Math.max(0, from - 1), to));
  }

  private markers(from: number, to: number): TenseMarker[] {
    const cached = this.markersByPassage.get(from);
    if (cached) return cached;
    const markers: TenseMarker[] = [];
    const passage = this.text.slice(from, to);
    for (const match of passage.matchAll(this.lexicon.tense)) {
      if (isNameMidSentence(match[0], passage, match.index)) continue;
      const direction = match.groups?.future ? 'future' : match.groups?.present ? null : 'past';
      markers.push({ start: from + match.index, end: from + match.index + match[0].length, direction });
    }
    this.markersByPassage.set(from, markers);
    return markers;
  }
}

// A capitalised word after a word or comma is a name, not a verb: "the United States", "Will Smith".
function isNameMidSentence(marker: string, passage: string, index: number): boolean {
  return /^\p{Lu}\p{Ll}/u.test(marker) && isMidSentence(passage, index);
}
