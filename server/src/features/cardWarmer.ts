// The largest entities' hover cards and mention lists, made ready once the corpus has been quiet for a
// moment: they read thousands of articles, and a reader hovers over the frequent names first. The work
// goes a card at a time between requests, and stops as soon as the corpus changes again.
import type { CorpusIndex } from '../corpus/corpusIndex';
import { entityMentions } from '../corpus/entities';
import { entityCardOf } from './hover';

const quietMs = 1000;
const largest = 50;

export class CardWarmer {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly index: CorpusIndex) {}

  /** The corpus changed: warm the cards after the next quiet moment. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.warm(), quietMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async warm(): Promise<void> {
    const version = this.index.version;
    const entities = new Set(this.index.largestKeys(largest).flatMap((key) => this.index.entitiesOfKey(key)));
    for (const entity of entities) {
      if (this.index.version !== version) return;
      entityCardOf(this.index, entity);
      entityMentions(this.index, entity);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
