// The corpus writes the same names in article after article, and each article's analysis arrives
// with strings of its own (decoded from a cache entry or a worker's bytes): one copy of each is kept.
import type { EntityMention } from '../analysis/types';
import type { LinkedMention } from './articleLinks';
import type { IndexedAnalysis } from './corpusIndex';

export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(text: string): string {
    const kept = this.strings.get(text);
    if (kept !== undefined) return kept;
    this.strings.set(text, text);
    return text;
  }

  /** Makes the article's spellings and time values the pool's copies (its names are the index's to intern, key by key). */
  internTexts(analysis: IndexedAnalysis, mentions: LinkedMention[]): void {
    const entities = analysis.entities;
    // Both lists are sorted by offset, and most mentions are the analysis's entities linked: a
    // spelling they share is looked up once for both.
    let next = 0;
    for (const mention of mentions) {
      while (next < entities.length && entities[next].start < mention.start) this.internText(entities[next++]);
      const entity = entities[next] as EntityMention | undefined;
      if (entity && entity.start === mention.start && entity.text === mention.text) {
        this.internText(entity);
        mention.text = entity.text;
        next++;
      } else {
        this.internText(mention);
      }
    }
    while (next < entities.length) this.internText(entities[next++]);
    for (const timex of analysis.timexes) {
      timex.text = this.intern(timex.text);
      if (timex.value !== null) timex.value = this.intern(timex.value);
    }
  }

  private internText(span: { text: string }): void {
    span.text = this.intern(span.text);
  }
}
