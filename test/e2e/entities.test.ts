// End to end: the Entities view's requests and the export request, on the bundled server over stdio.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { entityDetailsRequest, entityListRequest, entityTimelineRequest, exportCorpusRequest } from '../../server/src/protocol';
import { startTestServer, type TestServer } from '../helpers/lspClient';

const fixture = path.resolve(__dirname, '../fixtures/corpus');

describe('the Entities view and export over LSP', { timeout: 60_000 }, () => {
  let folder: string;
  let server: TestServer;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
  const person = async () => {
    const { groups } = await server.connection.sendRequest(entityListRequest, { filter: 'elena' });
    const found = groups.find((group) => group.type === 'PER')?.entities.find((entity) => entity.name === 'Elena Marín Ortega');
    assert.ok(found, JSON.stringify(groups));
    return found;
  };

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-entities-'));
    cpSync(fixture, folder, { recursive: true });
    server = await startTestServer(folder);
    await server.statusWhere((status) => status.ready);
  });

  after(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('lists the entities by type, largest first, with mention and article counts', async () => {
    const { groups } = await server.connection.sendRequest(entityListRequest, {});
    assert.deepEqual(
      groups.map((group) => group.type),
      ['PER', 'ORG', 'LOC', 'MISC'].filter((type) => groups.some((group) => group.type === type)),
    );
    for (const group of groups) {
      assert.equal(group.total, group.entities.length);
      group.entities.forEach((entity, at) => {
        assert.equal(entity.type, group.type);
        if (at > 0) assert.ok(group.entities[at - 1].mentions >= entity.mentions, `${group.type} not largest first`);
      });
    }
    const marin = await person();
    assert.deepEqual([marin.articles, marin.firstDate, marin.lastDate], [3, '2025-11-03', '2025-12-12']);
    assert.ok(marin.mentions >= 6, `mentions: ${marin.mentions}`);
    const { groups: none } = await server.connection.sendRequest(entityListRequest, { filter: 'zzzz' });
    assert.deepEqual(none, []);
  });

  it("answers an entity's articles by date, its main mention and its quotations", async () => {
    const details = await server.connection.sendRequest(entityDetailsRequest, { entity: (await person()).id });
    assert.ok(details);
    assert.deepEqual(
      details.articles.map((article) => [article.uri, article.date]),
      [
        [uriOf('2025-11-03-bruselas.txt'), '2025-11-03'],
        [uriOf('2025-12-11-madrid.txt'), '2025-12-11'],
        [uriOf('2025-12-12-reuters.txt'), '2025-12-12'],
      ],
    );
    const madrid = readFileSync(path.join(folder, '2025-12-11-madrid.txt'), 'utf8').split('\n');
    for (const mention of details.articles[1].mentions) {
      const { start, end } = mention.range;
      assert.equal(madrid[start.line].slice(start.character, end.character), mention.text);
    }
    assert.equal(details.mainMention?.uri, uriOf('2025-11-03-bruselas.txt'));
    assert.ok(
      details.quotes?.some((quote) => quote.text === '“Firmaremos el acuerdo antes de enero”' && quote.speaker === 'Marín'),
      JSON.stringify(details.quotes),
    );
    assert.match(details.csvRow, /^Elena Marín Ortega,PER,/);
    assert.equal(await server.connection.sendRequest(entityDetailsRequest, { entity: 'PER:nobody at all' }), null);
  });

  it("puts a person's timeline month by month with the dates of the sentences that name her", async () => {
    const timeline = await server.connection.sendRequest(entityTimelineRequest, { entity: (await person()).id });
    assert.ok(timeline);
    const months = Object.fromEntries(
      timeline.months.map((month) => [
        month.month,
        { articles: month.articles.map((article) => article.date), dates: month.dates.map((date) => `${date.text}=${date.value}`) },
      ]),
    );
    assert.deepEqual(months['2025-11']?.articles, ['2025-11-03']);
    assert.ok(months['2025-11'].dates.includes('el pasado 21 de noviembre=2025-11-21'), JSON.stringify(months));
    assert.deepEqual(months['2025-12']?.articles, ['2025-12-11', '2025-12-12']);
    assert.ok(months['2025-12'].dates.includes('este jueves=2025-12-11'), JSON.stringify(months));
  });

  it('exports the corpus to a folder as CSV', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'newsmark-e2e-export-'));
    const result = await server.connection.sendRequest(exportCorpusRequest, { format: 'csv', folder: out });
    assert.deepEqual(result, { articles: 3, files: 2, skipped: [] });
    assert.match(readFileSync(path.join(out, 'entities.csv'), 'utf8'), /\r\nElena Marín Ortega,PER,[^\r]*,3,2025-11-03,2025-12-12\r\n/);
    const mentions = readFileSync(path.join(out, 'mentions.csv'), 'utf8');
    assert.match(mentions, /\r\n2025-12-11-madrid\.txt,\d+,\d+,Marín,PER,Elena Marín Ortega\r\n/);
    rmSync(out, { recursive: true, force: true });
  });
});
