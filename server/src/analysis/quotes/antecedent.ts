// The entity a speaker stands for: a name in the speaker's words, or for "he", "el mandatario",
// "the campaign" the person or organisation the preceding text last spoke of.
import type { EntityMention, EntityType, Span } from '../types';
import type { SpeechLexicon } from './lexicon';
import { firstSpanEndingAfter } from '../spanSearch';

/** How far back (in characters) a pronoun or description may find its antecedent. */
const antecedentReach = 1500;

export interface PreviousSpeaker {
  mention: EntityMention;
  end: number;
}

export class SpeakerResolver {
  /** Mentions by start, quoted ones excluded: a name inside a quotation is rarely what "he" points to. */
  private readonly mentions: EntityMention[];

  /** `entitiesInOrder` sorted by start, as `quoted` is. */
  constructor(
    private readonly text: string,
    entitiesInOrder: EntityMention[],
    quoted: Span[],
    private readonly lexicon: SpeechLexicon,
  ) {
    this.mentions = withoutQuoted(entitiesInOrder, quoted);
  }

  resolve(speaker: Span | null, previous: PreviousSpeaker | null, position: number): EntityMention | null {
    if (!speaker) return this.recent(previous, position);
    const named = this.named(speaker);
    if (named) return named;
    const words = this.text
      .slice(speaker.start, speaker.end)
      .toLowerCase()
      .replace(/['’]\p{L}+$/u, '')
      .split(/\s+/u);
    const head = words[words.length - 1];
    if (words.length <= 2 && this.lexicon.personPronouns.has(head)) {
      return this.recent(previous, speaker.start) ?? this.nearest(speaker.start, ['PER', 'ORG']);
    }
    if (words.some((word) => this.lexicon.personNouns.has(word))) return this.nearest(speaker.start, ['PER']);
    if (words.some((word) => this.lexicon.organizationNouns.has(word))) return this.nearest(speaker.start, ['ORG']);
    return null;
  }

  // The speaker's own name: a person, else an organisation, else any mention. The head is the last
  // one ("Spokeswoman Haley Morris"), or the first around an apposition ("Jeff Weaver, Sanders’ manager").
  private named(speaker: Span): EntityMention | null {
    const inside: EntityMention[] = [];
    for (let i = firstSpanEndingAfter(this.mentions, speaker.start); i < this.mentions.length && this.mentions[i].start < speaker.end; i++)
      inside.push(this.mentions[i]);
    const people = inside.filter((mention) => mention.type === 'PER');
    const organisations = inside.filter((mention) => mention.type === 'ORG');
    const candidates = people.length > 0 ? people : organisations.length > 0 ? organisations : inside;
    return (this.text.slice(speaker.start, speaker.end).includes(',') ? candidates[0] : candidates.at(-1)) ?? null;
  }

  private recent(previous: PreviousSpeaker | null, position: number): EntityMention | null {
    return previous && position - previous.end <= antecedentReach ? previous.mention : null;
  }

  private nearest(position: number, types: EntityType[]): EntityMention | null {
    for (let i = this.lastBefore(position); i >= 0; i--) {
      const mention = this.mentions[i];
      if (position - mention.end > antecedentReach) return null;
      if (types.includes(mention.type)) return mention;
    }
    return null;
  }

  private lastBefore(position: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.mentions[middle].start < position) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}

/** The mentions (sorted by start) that no quoted stretch (sorted, apart) holds. */
function withoutQuoted(mentions: EntityMention[], quoted: Span[]): EntityMention[] {
  const kept: EntityMention[] = [];
  let next = 0;
  for (const mention of mentions) {
    while (next < quoted.length && quoted[next].end <= mention.start) next++;
    const span = quoted[next];
    if (!span || !(span.start <= mention.start && mention.end <= span.end)) kept.push(mention);
  }
  return kept;
}
