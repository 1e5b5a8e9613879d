import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { InThreadAnalysis } from '../../server/src/corpus/analysisPool';
import { createCorpus } from '../../server/src/corpus/corpusFactory';
import type { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { snapshotFileFor } from '../../server/src/corpus/indexSnapshotFile';
import { NodeArticleWorkspace } from '../../server/src/corpus/nodeWorkspace';
import { StoredArticle } from '../../server/src/corpus/storedArticle';
import { fileUri } from '../../server/src/corpus/uris';
import { defaultSelection } from '../../server/src/corpus/workspace';
import { loadEntityRecognizer } from '../../server/src/models';
import { articleContents } from '../helpers/corpus';

const analyzer = createAnalyzer(loadEntityRecognizer(path.resolve(__dirname, '../../models')));
const sources = [path.resolve(__dirname, '../fixtures/corpus'), path.resolve(__dirname, '../../samples')];

let folder: string;
let cacheDirectory: string;
let warnings: string[];

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'newsmark-snapshot-corpus-'));
  cacheDirectory = mkdtempSync(path.join(tmpdir(), 'newsmark-snapshot-cache-'));
  warnings = [];
  for (const source of sources) {
    for (const name of readdirSync(source).filter((file) => file.endsWith('.txt'))) cpSync(path.join(source, name), path.join(folder, name));
  }
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(cacheDirectory, { recursive: true, force: true });
});

// The corpus as the server and the CLI build it, analysing on this thread; without a cache folder, as
// a cold run. `opened` are documents the editor shows (at the start, or once a first article is in).
async function indexed(cached = true, opened: { uri: string; text: string; when: 'before' | 'during' }[] = [], keepArticlesAsEntries = true) {
  const corpus = createCorpus(
    { folders: [folder], selection: defaultSelection, cacheDirectory: cached ? cacheDirectory : undefined, keepArticlesAsEntries },
    {
      analysis: new InThreadAnalysis(analyzer),
      analyzer,
      createWorkspace: (folders, selection) => new NodeArticleWorkspace(folders, selection),
      analyzerVersion: () => 'test',
      warn: (message) => warnings.push(message),
    },
  );
  const open = async (when: 'before' | 'during') => {
    for (const document of opened.filter((item) => item.when === when)) {
      corpus.documents.changed(document.uri, document.text);
      await corpus.documents.ready(document.uri);
    }
  };
  await open('before');
  const rebuilt = corpus.indexer.rebuild({ progress: () => undefined, skipped: () => undefined });
  await open('during');
  await rebuilt;
  await corpus.indexer.flushCache();
  const undecoded = [...corpus.index.allArticles()].filter((article) => article instanceof StoredArticle && !article.isDecoded).length;
  return { ...corpus, adopted: corpus.indexer.snapshotUseSinceRebuild(), undecoded };
}

// Everything the index holds and answers with; in the index's own order, or sorted when `sorted`.
function contents(index: CorpusIndex, sorted = false) {
  const order = <T>(items: T[], key: (item: T) => string) => (sorted ? [...items].sort((a, b) => (key(a) < key(b) ? -1 : 1)) : items);
  const plain = (value: unknown): unknown =>
    value instanceof Map
      ? order(
          [...value].map(([key, item]) => [key, plain(item)] as [string, unknown]),
          ([key]) => key,
        )
      : value instanceof Set
        ? order([...value].map(String), String)
        : value;
  const articles = order([...index.allArticles()], (article) => article.uri).map(articleContents);
  const tables = Object.entries(index.nameTables).map(([name, table]) => [name, plain(table)]);
  const keys = order([...index.allKeys()], String);
  const entities = keys.map((key) => [key, index.entitiesOfKey(key), index.textsOf(key), index.spellingsOf(key)]);
  return { articles, tables, entities, stats: index.stats(), largest: index.largestKeys(50) };
}

describe('index snapshot', () => {
  it('gives the index a cold run builds, without decoding an article until it is read', async () => {
    const cold = await indexed(false);
    const first = await indexed();
    assert.equal(first.adopted, 0);
    assert.equal(first.undecoded, first.index.size, 'every article kept as its entry, counted but not decoded');
    const warm = await indexed();
    assert.equal(warm.adopted, warm.index.size, 'every article from the snapshot');
    assert.equal(warm.undecoded, warm.index.size);
    assert.ok(warm.index.size > 10);
    assert.deepEqual(warm.indexer.cacheUseSinceRebuild(), { fromCache: warm.index.size, analysed: 0 });
    assert.deepEqual(contents(warm.index), contents(cold.index));
    assert.deepEqual(contents(first.index), contents(cold.index));
    // As the server indexes: every article decoded at once, the same index.
    const decoded = await indexed(false, [], false);
    assert.equal(decoded.undecoded, 0);
    assert.deepEqual(contents(decoded.index), contents(cold.index));
    assert.deepEqual(warnings, []);
  });

  it('reads again only the files that changed, came or went since, and gives the index of the new files', async () => {
    const before = (await indexed()).index.size;
    const names = readdirSync(folder).sort();
    writeFileSync(
      path.join(folder, names[0]),
      `${readFileSync(path.join(folder, names[0]), 'utf8')}\nMadrid, 3 dic (EFE).- Pedro Sánchez habló en Bruselas.\n`,
    );
    rmSync(path.join(folder, names[1]));
    writeFileSync(path.join(folder, 'zz-new.txt'), 'Washington, Dec 3 (Reuters) - Hillary Clinton said on Monday that "it is over".\n');
    const warm = await indexed();
    assert.equal(warm.adopted, before - 2);
    assert.deepEqual(warm.indexer.cacheUseSinceRebuild(), { fromCache: before - 2, analysed: 2 });
    assert.deepEqual(contents(warm.index, true), contents((await indexed(false)).index, true));
    // The snapshot of the new state is written, and taken whole the next time.
    const again = await indexed();
    assert.equal(again.adopted, again.index.size);
    assert.deepEqual(contents(again.index, true), contents(warm.index, true));
  });

  it('is not taken when the cache no longer holds the entries it was built from', async () => {
    const { cacheFile } = await indexed();
    assert.ok(cacheFile);
    // An entry with the same file state but other bytes (another link of one mention's name).
    const lines = gunzipSync(readFileSync(cacheFile)).toString('utf8').split('\n');
    const edited = lines.findIndex((line, at) => at > 0 && line.includes('"madrid"'));
    assert.ok(edited > 0);
    lines[edited] = lines[edited].replace('"madrid"', '"madrid "');
    writeFileSync(cacheFile, gzipSync(lines.join('\n')));
    const warm = await indexed();
    assert.equal(warm.adopted, 0);
    assert.equal(
      warm.index.article(lines[edited].split('\t')[0])?.mentions.some((mention) => mention.name === 'madrid '),
      true,
    );
  });

  it('is reported and ignored when its content does not match its digest', async () => {
    const { cacheFile } = await indexed();
    assert.ok(cacheFile);
    const snapshotFile = snapshotFileFor(cacheFile);
    const bytes = readFileSync(snapshotFile);
    bytes[bytes.length - 10] ^= 1;
    writeFileSync(snapshotFile, bytes);
    const warm = await indexed();
    assert.equal(warm.adopted, 0);
    assert.match(warnings.join('\n'), /index snapshot .* ignored \(its content does not match its digest\)/);
    assert.deepEqual(contents(warm.index), contents((await indexed(false)).index));
  });

  it('takes the text the editor shows of a document open before or during the rebuild, and leaves it out of the snapshot', async () => {
    const names = readdirSync(folder).sort();
    const opened = [
      {
        uri: fileUri(path.join(folder, names[0])),
        text: 'Madrid, 3 dic (EFE).- Pedro Sánchez habló en Bruselas con Ursula von der Leyen.\n',
        when: 'before' as const,
      },
      { uri: fileUri(path.join(folder, names[3])), text: 'LONDON (Reuters) - John Major said on Monday.\n', when: 'during' as const },
      { uri: fileUri(path.join(folder, 'unsaved.txt')), text: 'Hillary Clinton habló en Iowa.\n', when: 'during' as const },
    ];
    const cold = await indexed(false, opened);
    const first = await indexed(true, opened);
    assert.equal(first.adopted, 0);
    assert.deepEqual(contents(first.index, true), contents(cold.index, true));
    // The snapshot holds the files on disk but the two open ones; opened again, they are the editor's.
    const warm = await indexed(true, opened);
    assert.equal(warm.adopted, warm.index.size - 3);
    assert.deepEqual(contents(warm.index, true), contents(cold.index, true));
    // And with no document open, the index of the files on disk.
    const closed = await indexed();
    assert.deepEqual(contents(closed.index, true), contents((await indexed(false)).index, true));
  });

  it('is saved again when the cache is written after a file changed while the index was up', async () => {
    const running = await indexed();
    const file = path.join(folder, readdirSync(folder).sort()[0]);
    writeFileSync(file, 'Madrid, 3 dic (EFE).- Pedro Sánchez habló en Bruselas.\n');
    await running.indexer.fileChanged(fileUri(file), { progress: () => undefined, skipped: () => undefined });
    await running.indexer.flushCache();
    const warm = await indexed();
    assert.equal(warm.adopted, warm.index.size);
    assert.deepEqual(contents(warm.index, true), contents((await indexed(false)).index, true));
  });

  it('reads again a file whose modification time alone changed', async () => {
    await indexed();
    const file = path.join(folder, readdirSync(folder).sort()[2]);
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const warm = await indexed();
    assert.deepEqual(warm.indexer.cacheUseSinceRebuild(), { fromCache: warm.index.size - 1, analysed: 1 });
    assert.equal(warm.adopted, warm.index.size - 1);
  });
});
