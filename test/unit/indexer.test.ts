import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { decodeArticleBytes } from '../../server/src/corpus/decode';
import { CorpusIndexer, type IndexerListener } from '../../server/src/corpus/indexer';
import { InMemoryArticleWorkspace } from '../../server/src/corpus/memoryWorkspace';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Ana Ruiz': 'PER', Ruiz: 'PER', Lima: 'LOC' });

function recordingListener() {
  const skipped: string[] = [];
  const progress: [number, number][] = [];
  const listener: IndexerListener = { progress: (indexed, total) => progress.push([indexed, total]), skipped: (uri, reason) => skipped.push(`${uri}: ${reason}`) };
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
    const index = new CorpusIndex(analyzer);
    const indexer = new CorpusIndexer(index, workspace);
    const { listener, skipped, progress } = recordingListener();
    await indexer.rebuild(listener);
    assert.deepEqual(indexer.status(), { ready: true, documents: 2, indexed: 2, entities: 2, mentions: 3 });
    assert.deepEqual(skipped, ['file:///c/image.txt: binary file']);
    assert.deepEqual(progress.at(-1), [3, 3]);
    assert.equal(index.resolve(index.article('file:///c/b.txt')!.mentions[0].key), 'ana ruiz');
  });

  it('lets an open document win over the disk until it is closed', async () => {
    const workspace = new InMemoryArticleWorkspace({ 'file:///c/a.txt': 'Ana Ruiz en Lima.' });
    const index = new CorpusIndex(analyzer);
    const indexer = new CorpusIndexer(index, workspace);
    const { listener } = recordingListener();
    await indexer.rebuild(listener);
    indexer.documentChanged('file:///c/a.txt', 'Nada que ver.');
    workspace.files.set('file:///c/a.txt', 'Lima otra vez.');
    await indexer.fileChanged('file:///c/a.txt', listener);
    assert.equal(index.article('file:///c/a.txt')!.mentions.length, 0);
    await indexer.documentClosed('file:///c/a.txt', listener);
    assert.deepEqual(index.article('file:///c/a.txt')!.mentions.map((mention) => mention.text), ['Lima']);
  });

  it('drops deleted files and files that vanish between listing and reading', async () => {
    const workspace = new InMemoryArticleWorkspace({ 'file:///c/a.txt': 'Ana Ruiz.', 'file:///c/b.txt': 'Lima.' });
    const index = new CorpusIndex(analyzer);
    const indexer = new CorpusIndexer(index, workspace);
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
    const index = new CorpusIndex(analyzer);
    const indexer = new CorpusIndexer(index, new InMemoryArticleWorkspace(files));
    const { listener } = recordingListener();
    const first = indexer.rebuild(listener);
    const second = indexer.rebuild(listener, new InMemoryArticleWorkspace({ 'file:///d/only.txt': 'Lima.' }));
    await Promise.all([first, second]);
    assert.deepEqual([...index.allArticles()].map((article) => article.uri), ['file:///d/only.txt']);
    assert.equal(indexer.status().documents, 1);
  });
});
