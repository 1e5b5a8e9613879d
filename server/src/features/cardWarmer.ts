// The names' search index and the largest entities' hover cards, reference tables and main mentions,
// then every article's entities (which cards count) and every main mention, made ready once the
// corpus has been quiet for a moment: they read thousands of articles, and a reader hovers over the
// frequent names first. The work goes in slices of a few milliseconds between requests (a card is
// computed in steps, see corpus/derivations.ts), and stops as soon as the corpus changes again.
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Derivation } from '../corpus/derivations';
import { everyMainMention, mainMentionOf } from '../corpus/entities';
import { entitiesOfEveryArticle } from '../corpus/cardFacts';
import { namesByWordPrefix } from '../corpus/entitySearch';
import { entityCardDerivation } from './hover';
import { referenceTableOf } from './referenceTable';

// After the corpus is indexed or its files change, at once (a reader hovers over the frequent names
// first, and the slices give way to every request); while a person types, once they pause, so that
// the cards are not made again at every word.
const quietMs = { corpus: 0, edit: 1000 };
const sliceMs = 4;
const largest = 50;
const requestPauseMs = 50;

export class CardWarmer {
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;

  /**
   * `answering`: whether a request is being answered, which the warmer's slices would hold up;
   * `sinceLastAnswer`: the milliseconds since the last request was answered.
   */
  constructor(
    private readonly index: CorpusIndex,
    private readonly answering: () => boolean = () => false,
    private readonly sinceLastAnswer: () => number = () => Infinity,
  ) {}

  /** The corpus changed: warm the cards after the next quiet moment. */
  schedule(change: keyof typeof quietMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.warmLargest(), quietMs[change]);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  /** Makes the largest entities' cards ready, a slice at a time; stops when the corpus changes. */
  async warmLargest(): Promise<void> {
    const { index } = this;
    const version = index.version;
    let sliceEnd = 0;
    // Between slices; false when the corpus has changed or the warmer is gone.
    // `afterRequests`: wait for a pause in the requests, not just for the one being answered.
    const mayGoOn = async (afterRequests = false) => {
      if (performance.now() < sliceEnd) return true;
      await new Promise((resolve) => setImmediate(resolve));
      // A request that yields between its own slices (references of thousands of mentions) goes first.
      const waiting = () => this.answering() || (afterRequests && this.sinceLastAnswer() < requestPauseMs);
      while (waiting() && !this.disposed) await new Promise((resolve) => setTimeout(resolve, sliceMs));
      sliceEnd = performance.now() + sliceMs;
      return !this.disposed && index.version === version;
    };
    // An index from a snapshot has resolved no name: each is resolved once, so that a card's
    // neighbours and the entity count after the next change resolve only what a change touched.
    for (const _ of index.resolvingEveryName()) if (!(await mayGoOn())) return;
    const entities = new Set(index.largestKeys(largest).flatMap((key) => index.entitiesOfKey(key)));
    const derivations: Derivation<unknown>[] = [namesByWordPrefix(index)];
    for (const entity of entities) derivations.push(entityCardDerivation(index, entity), referenceTableOf(index, entity), mainMentionOf(index, entity));
    for (const derivation of derivations) {
      do if (!(await mayGoOn())) return;
      while (!index.derivations.advance(derivation).done);
    }
    // Articles kept as their cache entries (most of them, until read) are decoded last, so that the
    // first card or search of a name outside the largest does not decode hundreds of them at once.
    for (const _ of index.decodingStoredArticles()) if (!(await mayGoOn())) return;
    // Then the entities of every article, which a card counts over its articles (the card of a name
    // outside the largest, in thousands of articles, then reads no article's names), and the main
    // mention of every entity, of which Ctrl+T needs up to 200 for a query of a few letters.
    // These only save work to requests that come later: they begin, and take each slice, in a pause
    // of the requests, not to make every request of a burst (a hover, then its definition) wait for one.
    sliceEnd = 0;
    for (const derivation of [entitiesOfEveryArticle(index), everyMainMention(index)] as Derivation<unknown>[]) {
      do if (!(await mayGoOn(true))) return;
      while (!index.derivations.advance(derivation).done);
    }
  }
}
