// An article adopted from a snapshot of the index (indexSnapshot.ts) is kept as the bytes of its
// cache entry until something reads it: the corpus's tables already count its mentions, and most
// articles of a large corpus are never opened, hovered or listed in a session. Decoding one takes
// some 60 µs; decoding ten thousand at start was most of a warm start's second.
import type { IndexedAnalysis, IndexedArticle } from './corpusIndex';
import type { LinkedMention } from './articleLinks';

/** Decodes (and checks) an article's cache entry as the index inserts it. */
export type ArticleDecoder = (uri: string, bytes: Uint8Array) => IndexedArticle;

export class StoredArticle implements IndexedArticle {
  /** The entry's bytes until the article is first read, then the article as the index keeps it. */
  private state: Uint8Array | IndexedArticle;

  constructor(
    readonly uri: string,
    readonly tokenCount: number,
    bytes: Uint8Array,
    private readonly decodeEntry: ArticleDecoder,
  ) {
    this.state = bytes;
  }

  get isDecoded(): boolean {
    return !(this.state instanceof Uint8Array);
  }

  get analysis(): IndexedAnalysis {
    return this.decoded().analysis;
  }

  get mentions(): LinkedMention[] {
    return this.decoded().mentions;
  }

  get mentionsByKey(): Map<string, LinkedMention[]> {
    return this.decoded().mentionsByKey;
  }

  get speakerMentions(): (LinkedMention | null)[] {
    return this.decoded().speakerMentions;
  }

  get lineStarts(): Uint32Array {
    return this.decoded().lineStarts;
  }

  get textLength(): number {
    return this.decoded().textLength;
  }

  /** Decodes the article now, if it is not yet. */
  decode(): void {
    this.decoded();
  }

  private decoded(): IndexedArticle {
    if (this.state instanceof Uint8Array) this.state = this.decodeEntry(this.uri, this.state);
    return this.state;
  }
}
