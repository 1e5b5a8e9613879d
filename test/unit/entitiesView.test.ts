// The Entities view's requests over a small invented corpus: entities by type with their counts and a
// filter, an entity's articles by date and its quotations, its timeline month by month, and the export.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Catalog, parseCatalog } from '../../server/src/corpus/catalog';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { summarizeEntity } from '../../server/src/corpus/entities';
import { countsOf, entityCountsTable, monthOfTimeValue } from '../../server/src/corpus/entityOverview';
import { InMemoryArticleWorkspace } from '../../server/src/corpus/memoryWorkspace';
import { entityDetails, entityList, entityTimelineOf, exportCorpus } from '../../server/src/features/entitiesView';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Elena Marín Ortega': 'PER', Marín: 'PER', 'Comisión Europea': 'ORG', Bruselas: 'LOC', Lima: 'LOC' });

const articles: Record<string, string> = {
  'file:///c/early.txt':
    ' date 2025-11-03 Elena Marín Ortega llega a Bruselas\n\nLa ministra Elena Marín Ortega viajó a Bruselas el pasado 21 de octubre.\n\nLa Comisión Europea celebrará una cumbre el 4 de diciembre.\n',
  'file:///c/late.txt': ' date 2025-12-11 Acuerdo\n\n“Firmaremos el acuerdo con la Comisión Europea”, dijo Marín este jueves en Lima.\n',
  'file:///c/new-year.txt': ' date 2025-12-30 Viaje\n\nElena Marín Ortega viajará a Lima esta semana.\n',
  'file:///c/undated.txt': 'Marín volvió a Lima.\n',
};
const person = 'PER:elena marin ortega';

function corpus(): { index: CorpusIndex; workspace: InMemoryArticleWorkspace } {
  const index = new CorpusIndex(analyzer);
  for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
  return { index, workspace: new InMemoryArticleWorkspace(articles) };
}

describe('the Entities view requests', () => {
  it('lists entities by type (people, organizations, places), the most mentioned first, with their counts', () => {
    const { index } = corpus();
    const { groups } = entityList(index, {});
    assert.deepEqual(
      groups.map(({ type, total, entities }) => [type, total, entities.map((entity) => `${entity.name} ${entity.mentions}/${entity.articles}`)]),
      [
        ['PER', 1, ['Elena Marín Ortega 5/4']],
        ['ORG', 1, ['Comisión Europea 2/2']],
        ['LOC', 2, ['Lima 3/3', 'Bruselas 2/1']],
      ],
    );
    const [marin] = groups[0].entities;
    assert.deepEqual([marin.id, marin.firstDate, marin.lastDate], [person, '2025-11-03', '2025-12-30']);
    assert.ok(marin.aliases.includes('Marín'));
  });

  it("counts each entity as its own summary does, with a catalog's corrections too", () => {
    const { index } = corpus();
    const sameAsSummaries = () => {
      const table = entityCountsTable(index);
      for (const row of table) assert.deepEqual(row, countsOf(summarizeEntity(index, row.id)), row.id);
      return table.map((row) => row.id);
    };
    assert.deepEqual(sameAsSummaries(), ['PER:elena marin ortega', 'LOC:lima', 'LOC:bruselas', 'ORG:comision europea']);
    index.setCatalog(new Catalog([parseCatalog('{ "entities": [ { "name": "Lima", "type": "PER" } ], "notEntities": ["Bruselas"] }')]));
    // The catalog applies to the mentions of articles linked after it, as the server links them again.
    for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
    assert.deepEqual(sameAsSummaries(), ['PER:elena marin ortega', 'PER:lima', 'ORG:comision europea']);
  });

  it('filters by words that begin a word of the name or of a spelling, ignoring case and accents', () => {
    const { index } = corpus();
    const names = (filter: string) => entityList(index, { filter }).groups.flatMap((group) => group.entities.map((entity) => entity.name));
    assert.deepEqual(names('marin'), ['Elena Marín Ortega']);
    assert.deepEqual(names('LI'), ['Lima']);
    assert.deepEqual(names('comision eu'), ['Comisión Europea']);
    assert.deepEqual(names('arin'), []);
    const limited = entityList(index, { limitPerType: 1 }).groups.find((group) => group.type === 'LOC')!;
    assert.deepEqual([limited.total, limited.entities.map((entity) => entity.name)], [2, ['Lima']]);
  });

  it("gives an entity's articles by date with its mentions in each, its quotations and its CSV row", () => {
    const { index } = corpus();
    const details = entityDetails(index, person)!;
    assert.deepEqual(
      details.articles.map((article) => [article.uri, article.date, article.mentions.map((mention) => mention.text)]),
      [
        ['file:///c/early.txt', '2025-11-03', ['Elena Marín Ortega', 'Elena Marín Ortega']],
        ['file:///c/late.txt', '2025-12-11', ['Marín']],
        ['file:///c/new-year.txt', '2025-12-30', ['Elena Marín Ortega']],
        ['file:///c/undated.txt', null, ['Marín']],
      ],
    );
    assert.deepEqual(details.articles[1].mentions[0].range, { start: { line: 2, character: 54 }, end: { line: 2, character: 59 } });
    assert.deepEqual(details.mainMention, { uri: 'file:///c/early.txt', range: { start: { line: 0, character: 17 }, end: { line: 0, character: 35 } } });
    assert.deepEqual(
      details.quotes?.map((quote) => [quote.uri, quote.text, quote.speaker]),
      [['file:///c/late.txt', '“Firmaremos el acuerdo con la Comisión Europea”', 'Marín']],
    );
    assert.equal(details.csvRow, 'Elena Marín Ortega,PER,Marín,5,4,2025-11-03,2025-12-30');
    assert.equal(entityDetails(index, 'LOC:lima')!.quotes, null, 'a place says nothing');
    assert.equal(entityDetails(index, 'PER:nobody'), null);
  });

  it('puts a timeline month by month: the articles of the month and the dates of the sentences that name the entity', async () => {
    const { index, workspace } = corpus();
    const timeline = await entityTimelineOf(index, person, workspace);
    assert.deepEqual(
      timeline?.months.map(({ month, articles: named, dates }) => [
        month,
        named.map((article) => article.uri.slice('file:///c/'.length)),
        dates.map((date) => `${date.text}=${date.value}`),
      ]),
      [
        ['2025-10', [], ['el pasado 21 de octubre=2025-10-21']],
        ['2025-11', ['early.txt'], []],
        ['2025-12', ['late.txt', 'new-year.txt'], ['este jueves=2025-12-11']],
        ['2026-01', [], ['esta semana=2026-W01']],
        [null, ['undated.txt'], []],
      ],
    );
    const [october] = timeline!.months;
    assert.deepEqual(october.dates[0].location, { uri: 'file:///c/early.txt', range: { start: { line: 2, character: 48 }, end: { line: 2, character: 71 } } });
    // "el 4 de diciembre" is in a sentence that does not name her.
    assert.equal(await entityTimelineOf(index, 'PER:nobody', workspace), null);
  });

  it('leaves out the dates of an article whose text changed since it was indexed, never misplacing them', async () => {
    const { index, workspace } = corpus();
    workspace.files.set('file:///c/early.txt', `Un párrafo nuevo.\n${articles['file:///c/early.txt']}`);
    const timeline = await entityTimelineOf(index, person, workspace);
    assert.deepEqual(
      timeline?.months.map(({ month, articles: named, dates }) => [month, named.length, dates.length]),
      [
        ['2025-11', 1, 0],
        ['2025-12', 2, 1],
        ['2026-01', 0, 1],
        [null, 1, 0],
      ],
    );
  });

  it('exports the workspace articles, not an open document from elsewhere', async () => {
    const { index, workspace } = corpus();
    index.setArticle('untitled:Untitled-1', 'Marín en Lima.\n');
    const folder = mkdtempSync(path.join(tmpdir(), 'newsmark-view-export-'));
    const result = await exportCorpus(index, { format: 'brat', folder }, workspace);
    assert.deepEqual(result, { articles: 4, files: 9, skipped: [] });
    assert.deepEqual(readdirSync(folder).sort(), [
      'annotation.conf',
      'early.ann',
      'early.txt',
      'late.ann',
      'late.txt',
      'new-year.ann',
      'new-year.txt',
      'undated.ann',
      'undated.txt',
    ]);
  });
});

describe('the month of a time value', () => {
  it('reads days, times, months and ISO weeks (by their Thursday), and nothing coarser or unanchored', () => {
    const cases: [string, string | null][] = [
      ['2025-11-21', '2025-11'],
      ['2025-12-11T10:00', '2025-12'],
      ['2025-12-11TMO', '2025-12'],
      ['2025-11', '2025-11'],
      ['2026-W01', '2026-01'],
      ['2025-W01', '2025-01'],
      ['2020-W53', '2020-12'],
      ['2025-W50-WE', '2025-12'],
      ['2025', null],
      ['2025-SU', null],
      ['XXXX-12-14', null],
      ['P3D', null],
      ['PRESENT_REF', null],
    ];
    for (const [value, month] of cases) assert.equal(monthOfTimeValue(value), month, value);
  });
});
