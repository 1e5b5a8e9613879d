import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Analyzer } from '../../server/src/analysis/analyze';
import { MemoryAnalysisCache, type AnalysisCache } from '../../server/src/corpus/analysisCache';
import { decodeArticleBytes } from '../../server/src/corpus/textDecoding';
import { FileAnalysisCache } from '../../server/src/corpus/fileAnalysisCache';
import type { IndexerListener, RebuildOptions } from '../../server/src/corpus/indexer';
import { InMemoryArticleWorkspace } from '../../server/src/corpus/memoryWorkspace';
import { testCorpus } from '../helpers/corpus';
import { InThreadAnalysis, type ArticleAnalysisService } from '../../server/src/corpus/analysisPool';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Ana Ruiz': 'PER', Ruiz: 'PER', Lima: 'LOC' });

function recordingListener() {
  const skipped: string[] = [];
  const progress: [number, number][] = [];
  const listener: IndexerListener = {
    progress: (indexed, total) => progress.push([indexed, total]),
    skipped: (uri, reason) => skipped.push(`${uri}: ${reason}`),
  };
  return { listener, skipped, progress };
}

describe('decoding article bytes', () => {
  const cases: [string, Uint8Array, string | null][] = [
    ['UTF-8', new TextEncoder().encode('Ana Ruiz en Perú'), 'Ana Ruiz en Perú'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Lima')]), 'Lima'],
    ['UTF-16 LE with a BOM', new Uint8Array([0xff, 0xfe, 0x4c, 0, 0x69, 0, 0x6d, 0, 0x61, 0]), 'Lima'],
    ['UTF-16 BE with a BOM', new Uint8Array([0xfe, 0xff, 0, 0x4c, 0, 0x69, 0, 0x6d, 0, 0x61]), 'Lima'],
    ['UTF-16 LE without a BOM', new Uint8Array([0x4c, 0, 0x69, 0, 0x6d, 0, 0x61, 0]), 'Lima'],
    ['Latin-1', new Uint8Array([0x50, 0x65, 0x72, 0xfa]), 'Perú'],
    ['empty', new Uint8Array([]), ''],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), null],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => {
      const decoded = decodeArticleBytes(bytes);
      if (expected === null) assert.equal(decoded.kind, 'skipped');
      else assert.deepEqual(decoded, { kind: 'text', text: expected });
    });
  }
});

describe('corpus indexer on an in-memory workspace', () => {
  it('indexes every article, skips binary files and reports progress to the end', async () => {
    const workspace = new InMemoryArticleWorkspace({
      'file:///c/a.txt': 'Ana Ruiz viajó a Lima.',
      'file:///c/b.txt': new Uint8Array([0xff, 0xfe, ...[...'Ruiz volvió.'].flatMap((c) => [c.charCodeAt(0), 0])]),
      'file:///c/image.txt': new Uint8Array([0, 1, 2, 3, 0, 0]),
      'file:///c/notes.md': 'Ana Ruiz',
    });
    const { index, indexer } = testCorpus(analyzer, workspace);
    const { listener, skipped, progress } = recordingListener();
    await indexer.rebuild(listener);
    assert.deepEqual(indexer.status(), { ready: true, documents: 2, indexed: 2, entities: 2, mentions: 3 });
    assert.deepEqual(skipped, ['file:///c/image.txt: binary file']);
    assert.deepEqual(progress.at(-1), [3, 3]);
    assert.equal(index.entityOf(index.article('file:///c/b.txt')!.mentions[0]), 'PER:ana ruiz');
  });

  it('lets an open document win over the disk until it is closed', async () => {
    const workspace = new InMemoryArticleWorkspace({ 'file:///c/a.txt': 'Ana Ruiz en Lima.' });
    const { index, indexer, documents } = testCorpus(analyzer, workspace);
    const { listener } = recordingListener();
    await indexer.rebuild(listener);
    documents.changed('file:///c/a.txt', 'Nada que ver.');
    await documents.ready('file:///c/a.txt');
    workspace.files.set('file:///c/a.txt', 'Lima otra vez.');
    await indexer.fileChanged('file:///c/a.txt', listener);
    assert.equal(index.article('file:///c/a.txt')!.mentions.length, 0);
    await indexer.documentClosed('file:///c/a.txt', listener);
    assert.deepEqual(
      index.article('file:///c/a.txt')!.mentions.map((mention) => mention.text),
      ['Lima'],
    );
  });

  it('forgets an open document once it grows too large to analyse', async () => {
    const { index, documents } = testCorpus(analyzer, new InMemoryArticleWorkspace({}));
    documents.changed('file:///c/a.txt', 'Ana Ruiz en Lima.');
    await documents.ready('file:///c/a.txt');
    assert.equal(index.article('file:///c/a.txt')?.mentions.length, 2);
    documents.tooLarge('file:///c/a.txt');
    assert.equal(index.article('file:///c/a.txt'), undefined);
  });

  it('drops deleted files and files that vanish between listing and reading', async () => {
    const workspace = new InMemoryArticleWorkspace({ 'file:///c/a.txt': 'Ana Ruiz.', 'file:///c/b.txt': 'Lima.' });
    const { index, indexer } = testCorpus(analyzer, workspace);
    const { listener, skipped } = recordingListener();
    await indexer.rebuild(listener);
    workspace.files.delete('file:///c/a.txt');
    indexer.fileDeleted('file:///c/a.txt');
    assert.equal(index.article('file:///c/a.txt'), undefined);
    const listing = workspace.findArticles.bind(workspace);
    workspace.findArticles = async () => [...(await listing()), 'file:///c/gone.txt'];
    await indexer.rebuild(listener);
    assert.ok(skipped.includes('file:///c/gone.txt: no such file'));
    assert.equal(indexer.status().ready, true);
  });

  it('cancels an earlier rebuild when a new one starts', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`file:///c/${String(i).padStart(2, '0')}.txt`] = 'Ana Ruiz en Lima. '.repeat(200);
    const { index, indexer } = testCorpus(analyzer, new InMemoryArticleWorkspace(files));
    const { listener } = recordingListener();
    const first = indexer.rebuild(listener);
    const second = indexer.rebuild(listener, new InMemoryArticleWorkspace({ 'file:///d/only.txt': 'Lima.' }));
    await Promise.all([first, second]);
    assert.deepEqual(
      [...index.allArticles()].map((article) => article.uri),
      ['file:///d/only.txt'],
    );
    assert.equal(indexer.status().documents, 1);
  });
});

describe('corpus indexer with documents open', () => {
  it('counts an open article whose first analysis is still running among the ready corpus', async () => {
    const workspace = new InMemoryArticleWorkspace({ 'file:///c/a.txt': 'Ana Ruiz viajó a Lima.', 'file:///c/b.txt': 'Ruiz volvió.' });
    // The open document's analysis waits until the test lets it go, as a busy worker's would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const inThread = new InThreadAnalysis(analyzer);
    const analysis: ArticleAnalysisService = {
      concurrency: 1,
      analyse: async (text, priority, filePath) =>
        priority === 'background' ? inThread.analyse(text, priority, filePath) : held.then(() => inThread.analyse(text, priority, filePath)),
      close: async () => undefined,
    };
    const { index, indexer, documents } = testCorpus(analyzer, workspace, undefined, { analysis });
    documents.changed('file:///c/b.txt', 'Ruiz volvió ayer.');
    await indexer.rebuild(recordingListener().listener);
    assert.equal(index.article('file:///c/b.txt'), undefined);
    assert.deepEqual([indexer.status().ready, indexer.status().documents], [true, 2]);
    release();
    await documents.ready('file:///c/b.txt');
    assert.ok(index.article('file:///c/b.txt'));
    assert.equal(indexer.status().documents, 2);
  });
});

describe('corpus indexer with an analysis cache', () => {
  // Counts the articles actually analysed, so that a test sees what the cache spared.
  function countingAnalyzer(): { calls: number; analyzer: Analyzer } {
    const counter = { calls: 0, analyzer: (text: string) => (counter.calls++, analyzer(text)) };
    return counter;
  }
  const articles = { 'file:///c/a.txt': 'Ana Ruiz viajó a Lima.', 'file:///c/b.txt': 'Ruiz volvió de Lima.', 'file:///c/c.txt': 'Nada.' };

  async function indexWith(workspace: InMemoryArticleWorkspace, cache: AnalysisCache, options?: RebuildOptions) {
    const counter = countingAnalyzer();
    const { index, indexer } = testCorpus(counter.analyzer, workspace, cache);
    await indexer.rebuild(recordingListener().listener, workspace, options);
    return { index, indexer, analysed: counter.calls };
  }

  it('does not analyse again an article whose file has not changed, and gives the same corpus', async () => {
    const workspace = new InMemoryArticleWorkspace(articles);
    const cache = new MemoryAnalysisCache();
    const cold = await indexWith(workspace, cache);
    const warm = await indexWith(workspace, cache);
    assert.deepEqual([cold.analysed, warm.analysed], [3, 0]);
    assert.deepEqual(warm.indexer.cacheUseSinceRebuild(), { fromCache: 3, analysed: 0 });
    assert.deepEqual(warm.indexer.status(), cold.indexer.status());
    assert.deepEqual(warm.index.article('file:///c/b.txt')!.mentions, cold.index.article('file:///c/b.txt')!.mentions);
    assert.equal(warm.index.entityOf(warm.index.article('file:///c/b.txt')!.mentions[0]), 'PER:ana ruiz');
  });

  it('analyses again only a file whose content changed', async () => {
    const workspace = new InMemoryArticleWorkspace(articles);
    const cache = new MemoryAnalysisCache();
    await indexWith(workspace, cache);
    workspace.files.set('file:///c/c.txt', 'Lima.');
    const warm = await indexWith(workspace, cache);
    assert.equal(warm.analysed, 1);
    assert.deepEqual(
      warm.index.article('file:///c/c.txt')!.mentions.map((mention) => mention.text),
      ['Lima'],
    );
  });

  it('drops deleted files from the cache, whether reported or found missing at the next start', async () => {
    const workspace = new InMemoryArticleWorkspace(articles);
    const cache = new MemoryAnalysisCache();
    const { indexer } = await indexWith(workspace, cache);
    workspace.files.delete('file:///c/a.txt');
    indexer.fileDeleted('file:///c/a.txt');
    assert.deepEqual(cache.uris().sort(), ['file:///c/b.txt', 'file:///c/c.txt']);
    workspace.files.delete('file:///c/b.txt');
    await indexWith(workspace, cache);
    assert.deepEqual(cache.uris(), ['file:///c/c.txt']);
  });

  it('analyses everything again when a rebuild drops the cache', async () => {
    const workspace = new InMemoryArticleWorkspace(articles);
    const cache = new MemoryAnalysisCache();
    await indexWith(workspace, cache);
    const rebuilt = await indexWith(workspace, cache, { dropCache: true });
    assert.equal(rebuilt.analysed, 3);
    assert.equal((await indexWith(workspace, cache)).analysed, 0);
  });

  it('lets an open document win over its cached analysis', async () => {
    const workspace = new InMemoryArticleWorkspace(articles);
    const cache = new MemoryAnalysisCache();
    await indexWith(workspace, cache);
    const { index, indexer, documents } = testCorpus(analyzer, workspace, cache);
    documents.changed('file:///c/c.txt', 'Ana Ruiz.');
    await documents.ready('file:///c/c.txt');
    await indexer.rebuild(recordingListener().listener);
    assert.deepEqual(
      index.article('file:///c/c.txt')!.mentions.map((mention) => mention.text),
      ['Ana Ruiz'],
    );
  });

  describe('kept in a file', () => {
    let directory: string;
    beforeEach(() => (directory = mkdtempSync(path.join(tmpdir(), 'newsmark-cache-'))));
    afterEach(() => rmSync(directory, { recursive: true, force: true }));
    const fileCache = (version: string) => new FileAnalysisCache(path.join(directory, 'cache.json.gz'), version);

    it('serves a second run without analysing, and nothing after the analyzer changed', async () => {
      const workspace = new InMemoryArticleWorkspace(articles);
      const cold = await indexWith(workspace, fileCache('1'));
      const warm = await indexWith(workspace, fileCache('1'));
      const newModel = await indexWith(workspace, fileCache('2'));
      assert.deepEqual([cold.analysed, warm.analysed, newModel.analysed], [3, 0, 3]);
      assert.deepEqual(warm.indexer.status(), cold.indexer.status());
      assert.deepEqual(warm.index.article('file:///c/a.txt')!.analysis, cold.index.article('file:///c/a.txt')!.analysis);
    });

    it('ignores a corrupt cache file and writes a good one', async () => {
      const workspace = new InMemoryArticleWorkspace(articles);
      await indexWith(workspace, fileCache('1'));
      const file = path.join(directory, 'cache.json.gz');
      writeFileSync(file, readFileSync(file).subarray(0, 100));
      assert.equal((await indexWith(workspace, fileCache('1'))).analysed, 3);
      assert.equal((await indexWith(workspace, fileCache('1'))).analysed, 0);
    });
  });
});
