import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCachedAnalysis, encodeCachedAnalysis, type CachedAnalysis } from '../../server/src/corpus/analysisCodec';
import { analyzerVersion } from '../../server/src/corpus/analyzerVersion';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { cacheFileFor, FileAnalysisCache } from '../../server/src/corpus/fileAnalysisCache';
import { indexFolder } from '../../server/src/cli/indexCommand';
import { InThreadAnalysis } from '../../server/src/corpus/analysisPool';
import { analyzerOf } from '../helpers/namedEntities';
import { entityMention, noEvidence } from '../../server/src/analysis/entityMention';

const analyzer = analyzerOf({ 'Elena Marín Ortega': 'PER', Marín: 'PER', Madrid: 'LOC', Bruselas: 'LOC', 'Comisión Europea': 'ORG', Lukashenko: 'PER' });
const fixtures = path.resolve(__dirname, '../fixtures/corpus');
const samples = path.resolve(__dirname, '../../samples');

function cachedEntryOf(text: string): CachedAnalysis {
  const { analysis, mentions, lineStarts, textLength } = new CorpusIndex(analyzer).setArticle('file:///a.txt', text);
  return { analysis, mentions, lineStarts, textLength };
}

function throughJson(entry: CachedAnalysis): CachedAnalysis {
  return decodeCachedAnalysis(JSON.parse(JSON.stringify(encodeCachedAnalysis(entry))));
}

const articleTexts = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('broken'))
    .map((name) => readFileSync(path.join(fixtures, name), 'utf8')),
  ...readdirSync(samples)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(samples, name), 'utf8')),
  '',
  'Sin cabecera ni fecha.\r\nDos líneas, «una cita sin autor».',
];

describe('cached analysis encoding', () => {
  it('gives back exactly what the index keeps, for every kind of article', () => {
    for (const text of articleTexts) {
      const entry = cachedEntryOf(text);
      assert.deepEqual(throughJson(entry), entry);
    }
    const quoted = articleTexts.map(cachedEntryOf).filter((entry) => entry.analysis.quotes.some((quote) => quote.speakerMention));
    assert.ok(quoted.length > 0, 'no article with an attributed quote was checked');
  });

  it('keeps the evidence entities carry in the compact form', () => {
    const entry = cachedEntryOf(articleTexts[0]);
    const flags = [
      { weak: true as const },
      { titled: true as const },
      { dateline: true as const, placeKind: 'town' as const },
      { placeKind: 'country' as const },
      { sited: true as const, placeKind: 'town' as const },
      { scored: true as const },
      { titled: true as const, gender: 'female' as const },
      { titled: true as const, gender: 'male' as const },
    ];
    const entities = entry.analysis.entities.map((entity, i) => ({ ...entity, ...flags[i % flags.length] }));
    const mentions = entry.mentions.map((mention) => ({ ...mention, ...entities.find((entity) => entity.start === mention.start) }));
    const flagged = { ...entry, analysis: { ...entry.analysis, entities }, mentions };
    assert.ok(Array.isArray(encodeCachedAnalysis(flagged)), 'stored as plain JSON');
    assert.deepEqual(throughJson(flagged), flagged);
  });

  it('keeps an entity with no name to link out of the mentions', () => {
    const entry = cachedEntryOf(articleTexts[0]);
    const dash = entityMention(0, 1, 'MISC', '-', noEvidence, undefined);
    const withDash = { ...entry, analysis: { ...entry.analysis, entities: [dash, ...entry.analysis.entities] } };
    assert.deepEqual(throughJson(withDash), withDash);
  });

  it('keeps fields it does not know by storing the analysis as plain JSON', () => {
    const entry = cachedEntryOf(articleTexts[0]);
    const withConfidence = <T extends object>(records: T[]) => records.map((record) => ({ ...record, confidence: 0.5 }));
    const extended = { ...entry, analysis: { ...entry.analysis, entities: withConfidence(entry.analysis.entities) }, mentions: withConfidence(entry.mentions) };
    // JSON leaves the flags a mention does not carry (undefined) out.
    const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    assert.deepEqual(throughJson(extended), { ...extended, analysis: asJson(extended.analysis), mentions: asJson(extended.mentions) });
  });

  it('refuses what it did not write', () => {
    for (const junk of [null, 3, 'x', [1, 2], { plain: 'x' }]) assert.throws(() => decodeCachedAnalysis(junk));
  });

  it('refuses a plain entry with fields missing, which the index would fail on later', () => {
    const entry = cachedEntryOf(articleTexts[0]);
    const plain = { plain: { language: 'es', title: null }, mentions: [], lines: [0], length: 10 };
    assert.throws(() => decodeCachedAnalysis(plain), /bad/);
    const { entities: _entities, ...withoutEntities } = entry.analysis;
    const encoded = { plain: withoutEntities, mentions: [], lines: [0], length: entry.textLength };
    assert.throws(() => decodeCachedAnalysis(JSON.parse(JSON.stringify(encoded))), /bad entities/);
  });

  it('refuses spans that fall outside the text, in either shape', () => {
    const entry = cachedEntryOf(articleTexts[0]);
    const [first] = entry.analysis.entities;
    for (const bad of [
      { ...first, start: -50 },
      { ...first, end: entry.textLength + 1 },
    ]) {
      const broken = { ...entry, analysis: { ...entry.analysis, entities: [bad, ...entry.analysis.entities.slice(1)] }, mentions: [] };
      assert.throws(() => throughJson(broken), /outside the text|offsets/);
      const plain = { ...broken, analysis: { ...broken.analysis, confidence: 1 } as unknown as CachedAnalysis['analysis'] };
      assert.throws(() => throughJson(plain), /outside the text|offsets/);
    }
    assert.throws(() => throughJson({ ...entry, lineStarts: Uint32Array.from([0, entry.textLength + 5]) }), /line starts/);
  });
});

describe('analysis cache file', () => {
  let directory: string;
  const file = () => path.join(directory, 'cache.json.gz');
  const stamp = { size: 10, mtimeMs: 1234.5 };
  const entry = cachedEntryOf(articleTexts[0]);
  beforeEach(() => (directory = mkdtempSync(path.join(tmpdir(), 'newsmark-cache-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  async function reopened(version = '1'): Promise<FileAnalysisCache> {
    const cache = new FileAnalysisCache(file(), version);
    await cache.load();
    return cache;
  }

  it('keeps an entry for one file state across runs', async () => {
    const cache = await reopened();
    cache.set('file:///a.txt', stamp, entry);
    await cache.flush();
    const next = await reopened();
    assert.deepEqual(next.get('file:///a.txt', stamp), entry);
    assert.equal(next.get('file:///a.txt', { ...stamp, mtimeMs: 1235 }), undefined);
    assert.equal(next.get('file:///a.txt', { ...stamp, size: 11 }), undefined);
    assert.deepEqual(readdirSync(directory), ['cache.json.gz']);
  });

  it('is empty for another analyzer version', async () => {
    const cache = await reopened('1');
    cache.set('file:///a.txt', stamp, entry);
    await cache.flush();
    assert.deepEqual((await reopened('2')).uris(), []);
  });

  // Each damage done to a good cache file holding file:///a.txt: its unzipped text in, the file's bytes out.
  const corruptions: [string, (text: string) => Uint8Array][] = [
    ['that is not gzip', (text) => Buffer.from(text)],
    ['cut short', (text) => gzipSync(text).subarray(0, 40)],
    ['of another format', (text) => gzipSync(text.replace('"format":3', '"format":2'))],
    ['whose entry is cut short', (text) => gzipSync(text.slice(0, -20))],
    ['whose entry is not an analysis', (text) => gzipSync(text.replace(/\t[^\t]*$/u, '\t["es"]'))],
    ['whose entry has no modification time', (text) => gzipSync(text.replace(/\t1234\.5\t/u, '\t'))],
  ];
  for (const [name, damage] of corruptions) {
    it(`ignores a file ${name} and replaces it at the next flush`, async () => {
      const good = await reopened();
      good.set('file:///a.txt', stamp, entry);
      await good.flush();
      assert.deepEqual((await reopened()).get('file:///a.txt', stamp), entry);
      writeFileSync(file(), damage(gunzipSync(readFileSync(file())).toString('utf8')));
      const cache = await reopened();
      assert.equal(cache.get('file:///a.txt', stamp), undefined);
      cache.set('file:///b.txt', stamp, entry);
      await cache.flush();
      assert.deepEqual((await reopened()).get('file:///b.txt', stamp), entry);
    });
  }

  it('forgets deleted and cleared entries on disk too', async () => {
    const cache = await reopened();
    cache.set('file:///a.txt', stamp, entry);
    cache.set('file:///b.txt', stamp, entry);
    cache.delete('file:///a.txt');
    await cache.flush();
    assert.deepEqual((await reopened()).uris(), ['file:///b.txt']);
    cache.clear();
    await cache.flush();
    assert.deepEqual((await reopened()).uris(), []);
  });

  it('warns instead of failing when the cache cannot be written', async () => {
    writeFileSync(path.join(directory, 'blocked'), '');
    const warnings: string[] = [];
    const cache = new FileAnalysisCache(path.join(directory, 'blocked', 'cache.json.gz'), '1', { warn: (message) => warnings.push(message) });
    await cache.load();
    cache.set('file:///a.txt', stamp, entry);
    await cache.flush();
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /cannot be created/);
    assert.deepEqual(cache.uris(), ['file:///a.txt']);
  });

  it('gives up at once on a cache folder that cannot be made, even where a recursive mkdir spins', async () => {
    const warnings: string[] = [];
    const cache = new FileAnalysisCache(path.join('/proc/self/fdinfo/newsmark/cache', 'cache.json.gz'), '1', { warn: (message) => warnings.push(message) });
    await cache.load();
    cache.set('file:///a.txt', stamp, entry);
    await cache.flush();
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /cannot be created/);
  });

  it('drops an entry that does not check out, with a warning, and keeps the others', async () => {
    const cache = await reopened();
    cache.set('file:///good.txt', stamp, entry);
    cache.setEncoded('file:///bad.txt', stamp, Buffer.from(JSON.stringify({ plain: { language: 'es' }, mentions: [], lines: [0], length: 3 })));
    cache.setEncoded('file:///odd.txt', stamp, Buffer.from(JSON.stringify([0, ...(encodeCachedAnalysis(entry) as unknown[])])));
    await cache.flush();
    const warnings: string[] = [];
    const again = new FileAnalysisCache(file(), '1', { warn: (message) => warnings.push(message) });
    await again.load();
    assert.deepEqual(again.get('file:///good.txt', stamp), entry);
    assert.equal(again.get('file:///bad.txt', stamp), undefined);
    assert.equal(again.get('file:///odd.txt', stamp), undefined);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.deepEqual(again.uris(), ['file:///good.txt']);
  });

  it('stops unzipping a file that inflates past its limit', async () => {
    const header = JSON.stringify({ format: 3, analyzer: '1' });
    writeFileSync(file(), gzipSync(Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(100 * 1024 * 1024, 0x20)]), { level: 9 }));
    const warnings: string[] = [];
    const cache = new FileAnalysisCache(file(), '1', { warn: (message) => warnings.push(message) });
    await cache.load();
    assert.deepEqual(cache.uris(), []);
    assert.match(warnings.join('\n'), /unzips to more than 64 MB/);
  });

  it('leaves out an entry it cannot encode and keeps the others', async () => {
    const warnings: string[] = [];
    const cache = new FileAnalysisCache(file(), '1', { warn: (message) => warnings.push(message) });
    await cache.load();
    cache.set('file:///a.txt', stamp, { ...entry, mentions: [...entry.mentions, { ...entry.mentions[0], start: -1 }] });
    cache.set('file:///b.txt', stamp, entry);
    await cache.flush();
    assert.deepEqual((await reopened()).uris(), ['file:///b.txt']);
    assert.equal(warnings.length, 1);
  });

  it('names one file per set of workspace folders, whatever their order', () => {
    assert.equal(cacheFileFor('/cache', ['/a', '/b']), cacheFileFor('/cache', ['/b', '/a']));
    assert.notEqual(cacheFileFor('/cache', ['/a']), cacheFileFor('/cache', ['/a', '/b']));
  });
});

describe('analyzer version', () => {
  it('changes with the package version and with the bytes of a model file', () => {
    const models = mkdtempSync(path.join(tmpdir(), 'newsmark-models-'));
    try {
      mkdirSync(path.join(models, 'sub'));
      writeFileSync(path.join(models, 'ner-es.bin.gz'), 'one');
      const first = analyzerVersion('1.0.0', models);
      assert.equal(analyzerVersion('1.0.0', models), first);
      assert.notEqual(analyzerVersion('1.0.1', models), first);
      writeFileSync(path.join(models, 'ner-es.bin.gz'), 'two');
      assert.notEqual(analyzerVersion('1.0.0', models), first);
      cpSync(path.join(models, 'ner-es.bin.gz'), path.join(models, 'sub', 'ner-es.bin.gz'));
      assert.notEqual(analyzerVersion('1.0.0', models), first);
    } finally {
      rmSync(models, { recursive: true, force: true });
    }
  });
});

describe('newsmark index --cache', () => {
  it('analyses the folder once, then reports the same corpus from the cache', async () => {
    const cacheDirectory = mkdtempSync(path.join(tmpdir(), 'newsmark-cli-cache-'));
    try {
      const run = () =>
        indexFolder({ analyzer, analysis: new InThreadAnalysis(analyzer) }, fixtures, () => undefined, {
          directory: cacheDirectory,
          analyzerVersion: () => '1',
        });
      const [cold, warm] = [await run(), await run()];
      assert.deepEqual([cold.fromCache, cold.analysed, warm.fromCache, warm.analysed], [0, 3, 3, 0]);
      const corpusOf = ({ documents, skipped, tokens, entities, mentions }: typeof cold) => ({ documents, skipped, tokens, entities, mentions });
      assert.deepEqual(corpusOf(warm), corpusOf(cold));
      assert.ok(warm.cacheBytes > 0);
    } finally {
      rmSync(cacheDirectory, { recursive: true, force: true });
    }
  });
});
