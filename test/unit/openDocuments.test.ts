import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InThreadAnalysis, type AnalysisPriority, type ArticleAnalysisService } from '../../server/src/corpus/analysisPool';
import { InMemoryArticleWorkspace } from '../../server/src/corpus/memoryWorkspace';
import { testCorpus } from '../helpers/corpus';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Ana Ruiz': 'PER', Ruiz: 'PER', Lima: 'LOC', Quito: 'LOC' });

/** Analyses only when the test says so, and counts the texts it was given. */
class SteppedAnalysis implements ArticleAnalysisService {
  readonly concurrency = 2;
  readonly texts: string[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly inThread = new InThreadAnalysis(analyzer);

  analyse(text: string, _priority: AnalysisPriority): Promise<Uint8Array> {
    this.texts.push(text);
    return new Promise((resolve) => this.waiting.push(() => void this.inThread.analyse(text, 'open').then(resolve)));
  }

  /** Lets the oldest waiting analysis finish, or the one at this place in line. */
  finishOne(place = 0): void {
    this.waiting.splice(place, 1)[0]?.();
  }

  get pending(): number {
    return this.waiting.length;
  }

  async close(): Promise<void> {}
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const mentionTexts = (corpus: ReturnType<typeof testCorpus>, uri: string) => corpus.index.article(uri)?.mentions.map((mention) => mention.text);

describe('open documents', () => {
  it('analyses the newest text once, never each version typed in between', async () => {
    const analysis = new SteppedAnalysis();
    const corpus = testCorpus(analyzer, new InMemoryArticleWorkspace(), undefined, { analysis, quietMs: 60_000, freshWaitMs: 60_000 });
    const uri = 'file:///c/a.txt';
    corpus.documents.changed(uri, 'Ana Ruiz.');
    for (let i = 0; i < 2000; i++) corpus.documents.changed(uri, `Ana Ruiz en Lima ${i}.`);
    const ready = corpus.documents.ready(uri);
    analysis.finishOne();
    await settle();
    analysis.finishOne();
    await ready;
    assert.deepEqual(analysis.texts, ['Ana Ruiz.', 'Ana Ruiz en Lima 1999.']);
    assert.deepEqual(mentionTexts(corpus, uri), ['Ana Ruiz', 'Lima']);
  });

  it('analyses the newest text after the quiet time when nothing asks for it', async () => {
    const analysed: string[] = [];
    let quoted: () => void = () => undefined;
    const inThread = new InThreadAnalysis(analyzer);
    const analysis = { concurrency: 1, close: async () => undefined, analyse: (text: string) => (analysed.push(text), inThread.analyse(text, 'open')) };
    const corpus = testCorpus(analyzer, new InMemoryArticleWorkspace(), undefined, { analysis, quietMs: 5, updated: () => quoted() });
    const uri = 'file:///c/a.txt';
    corpus.documents.changed(uri, 'Ana Ruiz.');
    await corpus.documents.ready(uri);
    const updated = new Promise<void>((resolve) => (quoted = resolve));
    corpus.documents.changed(uri, 'Ana Ruiz en Lima.');
    corpus.documents.changed(uri, 'Ana Ruiz en Quito.');
    await updated;
    assert.deepEqual(analysed, ['Ana Ruiz.', 'Ana Ruiz en Quito.']);
    assert.deepEqual(mentionTexts(corpus, uri), ['Ana Ruiz', 'Quito']);
  });

  it('answers on one document while another is still being analysed', async () => {
    const analysis = new SteppedAnalysis();
    const corpus = testCorpus(analyzer, new InMemoryArticleWorkspace(), undefined, { analysis, quietMs: 60_000, freshWaitMs: 60_000 });
    corpus.documents.changed('file:///c/large.txt', 'Lima. '.repeat(1000));
    corpus.documents.changed('file:///c/small.txt', 'Ana Ruiz.');
    let largeReady = false;
    void corpus.documents.ready('file:///c/large.txt').then(() => (largeReady = true));
    const small = corpus.documents.ready('file:///c/small.txt');
    // The large document's analysis (first in line) is still running when the small one's lands.
    await settle();
    assert.equal(analysis.pending, 2);
    analysis.finishOne(1);
    await small;
    assert.equal(largeReady, false);
    assert.deepEqual(mentionTexts(corpus, 'file:///c/small.txt'), ['Ana Ruiz']);
    analysis.finishOne();
  });

  it('serves the last analysis carried over the edits while the newest is still running, every span inside the text', async () => {
    const analysis = new SteppedAnalysis();
    const corpus = testCorpus(analyzer, new InMemoryArticleWorkspace(), undefined, { analysis, quietMs: 60_000, freshWaitMs: 5, slowAnalysisMs: -1 });
    const uri = 'file:///c/a.txt';
    const before = 'Ana Ruiz llegó.\rLima espera.\r\nRuiz en Quito.';
    corpus.documents.changed(uri, before);
    const first = corpus.documents.ready(uri);
    analysis.finishOne();
    await first;
    const after = before.replace('Lima espera', 'X');
    corpus.documents.changed(uri, after);
    await corpus.documents.ready(uri);
    const article = corpus.index.article(uri)!;
    assert.equal(article.textLength, after.length);
    assert.deepEqual(
      article.mentions.map((mention) => after.slice(mention.start, mention.end)),
      ['Ana Ruiz', 'Ruiz', 'Quito'],
    );
    assert.equal(article.lineStarts.length, 3);
    // The newest analysis lands, and replaces the carried-over one.
    analysis.finishOne();
    await settle();
    await settle();
    assert.deepEqual(mentionTexts(corpus, uri), ['Ana Ruiz', 'Ruiz', 'Quito']);
    assert.equal(analysis.texts.length, 2);
  });
});
