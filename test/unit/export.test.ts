// The export formats on a small invented corpus (test/fixtures/export-corpus), tagged by a stand-in
// tagger that finds exactly the names it is given, and the brat export read back as training data.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { annotatedArticle } from '../../server/src/corpus/articleJson';
import { CorpusIndex, shownType, type IndexedArticle } from '../../server/src/corpus/corpusIndex';
import { exportedArticles, writeCorpusExport, type ExportFormatName, type ExportResult } from '../../server/src/corpus/export/writeExport';
import type { ExportedArticle } from '../../server/src/corpus/export/exportedArticle';
import { parseConll } from '../../scripts/ner/conll';
import { labelStrings, type LabelledDocument } from '../../scripts/ner/corpus';
import { expandSetList, loadSet } from '../../scripts/ner/datasets';
import { analyzerOf } from '../helpers/namedEntities';

const fixture = path.resolve(__dirname, '../fixtures/export-corpus');
const names = ['2025-11-03-bruselas.txt', 'diciembre/2025-12-11-lima.txt'];
const analyzer = analyzerOf({
  'Elena Marín Ortega': 'PER',
  Marín: 'PER',
  Bruselas: 'LOC',
  Lima: 'LOC',
  'Comisión Europea': 'ORG',
  'Ministerio de Agricultura, Pesca y Alimentación': 'ORG',
  'Radio "La Voz"': 'ORG',
});

interface ExportRun {
  folder: string;
  result: ExportResult;
  read(name: string): string;
}

describe('corpus export', () => {
  const texts = new Map<string, string>();
  let index: CorpusIndex;
  let articles: IndexedArticle[];
  let exported: ExportedArticle[];
  const exportAs = async (format: ExportFormatName): Promise<ExportRun> => {
    const folder = mkdtempSync(path.join(tmpdir(), `newsmark-export-${format}-`));
    const result = await writeCorpusExport(index, format, exported, async (article) => texts.get(article.uri), folder);
    return { folder, result, read: (name) => readFileSync(path.join(folder, name), 'utf8') };
  };
  const textOf = (name: string) => texts.get(path.join(fixture, name))!;

  before(() => {
    index = new CorpusIndex(analyzer);
    articles = names.map((name) => {
      const file = path.join(fixture, name);
      texts.set(file, readFileSync(file, 'utf8'));
      return index.setArticle(file, texts.get(file)!);
    });
    exported = exportedArticles(articles.map((article) => ({ article, file: article.uri })));
  });

  it('names each article by its path under the folder that holds them all', () => {
    assert.deepEqual(
      exported.map(({ path }) => path),
      names,
    );
  });

  it('JSONL: one article a line in the annotate --format json schema, with its path in the export', async () => {
    const { read, result } = await exportAs('jsonl');
    assert.deepEqual(result.files, ['articles.jsonl']);
    const lines = read('articles.jsonl').split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 2);
    lines.forEach((line, at) => assert.deepEqual(JSON.parse(line), { ...annotatedArticle(index, articles[at]), path: names[at] }));
    const lima = JSON.parse(lines[1]);
    assert.deepEqual(
      lima.entities.filter((entity: { text: string }) => entity.text === 'Marín').map((entity: { entity: string }) => entity.entity),
      ['Elena Marín Ortega'],
    );
  });

  it('CSV: entities with their aliases, counts and dates; mentions with offsets; RFC 4180 quoting and line ends', async () => {
    const { read, result } = await exportAs('csv');
    assert.deepEqual(result.files, ['entities.csv', 'mentions.csv']);
    const entitiesText = read('entities.csv');
    assert.ok(/^[^\n]*\r\n(?:[^\n]*\r\n)*$/.test(entitiesText), 'every line ends in CRLF');
    assert.ok(entitiesText.includes('"Ministerio de Agricultura, Pesca y Alimentación"'), entitiesText);
    assert.ok(entitiesText.includes('"Radio ""La Voz"""'), entitiesText);
    const [header, ...entities] = parseCsv(entitiesText);
    assert.deepEqual(header, ['name', 'type', 'aliases', 'mentions', 'articles', 'first_date', 'last_date']);
    assert.deepEqual(
      entities.find((row) => row[0] === 'Elena Marín Ortega'),
      ['Elena Marín Ortega', 'PER', 'Marín', '4', '2', '2025-11-03', '2025-12-11'],
    );
    assert.deepEqual(
      entities.find((row) => row[0] === 'Comisión Europea'),
      ['Comisión Europea', 'ORG', '', '2', '2', '2025-11-03', '2025-12-11'],
    );
    assert.deepEqual(entities[0][0], 'Elena Marín Ortega', 'most mentioned first');

    const [mentionHeader, ...mentions] = parseCsv(read('mentions.csv'));
    assert.deepEqual(mentionHeader, ['article', 'start', 'end', 'text', 'type', 'entity']);
    assert.equal(
      mentions.length,
      articles.reduce((sum, article) => sum + article.mentions.length, 0),
    );
    for (const [article, start, end, text] of mentions) {
      assert.equal(textOf(article).slice(Number(start), Number(end)), text);
    }
    assert.deepEqual(
      mentions.filter((row) => row[3] === 'Marín').map((row) => [row[0], row[4], row[5]]),
      [
        ['2025-11-03-bruselas.txt', 'PER', 'Elena Marín Ortega'],
        ['diciembre/2025-12-11-lima.txt', 'PER', 'Elena Marín Ortega'],
      ],
    );
    assert.ok(mentions.some((row) => row[3] === 'Radio "La Voz"' && row[4] === 'ORG'));
  });

  it('brat: the text copied, entities with their entity as a note, dates with their value, quotations with their speaker', async () => {
    const { read, result, folder } = await exportAs('brat');
    assert.deepEqual(result.files.sort(), [
      '2025-11-03-bruselas.ann',
      '2025-11-03-bruselas.txt',
      'annotation.conf',
      'diciembre/2025-12-11-lima.ann',
      'diciembre/2025-12-11-lima.txt',
    ]);
    assert.match(read('annotation.conf'), /\[entities\]\nPER\nORG\nLOC\nMISC\nDATE/);
    for (const name of names) {
      const text = read(name);
      assert.equal(text, textOf(name));
      const ann = parseAnn(read(name.replace(/\.txt$/, '.ann')));
      // brat counts code points: the text field is what the offsets pick out of the code points.
      const codePoints = Array.from(text);
      for (const annotation of ann.textBound.values()) {
        const picked = annotation.fragments.map(([start, end]) => codePoints.slice(start, end).join('')).join(' ');
        assert.equal(picked, annotation.text, `${name}: ${annotation.id}`);
      }
    }
    const bruselas = parseAnn(read('2025-11-03-bruselas.ann'));
    const ministry = [...bruselas.textBound.values()].find((annotation) => annotation.text.startsWith('Ministerio'))!;
    const utf16Start = textOf(names[0]).indexOf('Ministerio');
    assert.equal(ministry.fragments[0][0], utf16Start - 2, 'two flags of two code points each, four UTF-16 units');
    const surname = [...bruselas.textBound.values()].find((annotation) => annotation.text === 'Marín')!;
    assert.equal(surname.type, 'PER');
    assert.equal(bruselas.notes.get(surname.id), 'Elena Marín Ortega');
    const date = [...bruselas.textBound.values()].find((annotation) => annotation.text === 'el pasado 21 de octubre')!;
    assert.deepEqual([date.type, bruselas.notes.get(date.id)], ['DATE', '2025-10-21']);

    const lima = parseAnn(read('diciembre/2025-12-11-lima.ann'));
    const quote = [...lima.textBound.values()].find((annotation) => annotation.type === 'Quotation')!;
    assert.equal(quote.fragments.length, 2, 'a quotation over a line break is two fragments');
    assert.equal(quote.text, '“Firmaremos el acuerdo con la Comisión Europea antes de enero”');
    assert.equal(lima.notes.get(quote.id), 'speaker: Elena Marín Ortega');
    const [relation] = lima.relations;
    assert.equal(relation.from, quote.id);
    assert.deepEqual([lima.textBound.get(relation.to)!.type, lima.textBound.get(relation.to)!.text], ['PER', 'Marín']);
    assert.ok(readdirSync(folder).includes('diciembre'));
  });

  it('CoNLL: IOB2 per token of the project tokenizer, a sentence a block, -DOCSTART- before each article', async () => {
    const { read } = await exportAs('conll');
    const conll = read('articles.conll');
    assert.equal(conll.match(/^-DOCSTART- O$/gm)?.length, 2);
    assert.ok(conll.includes('Elena B-PER\nMarín I-PER\nOrtega I-PER\n'), conll);
    assert.ok(conll.includes('Radio B-ORG\n" I-ORG\nLa I-ORG\nVoz I-ORG\n" I-ORG\ndio O\n'), conll);
    const documents = parseConll(conll);
    assert.equal(documents.length, 2);
    assert.deepEqual(entityStrings(documents[1]), ['LOC:Lima', 'ORG:ComisiónEuropea', 'PER:Marín', 'LOC:Lima', 'ORG:Radio"LaVoz"']);
  });

  it('brat export read back by the training reader (brat:DIR) gives the same entities', async () => {
    const { folder } = await exportAs('brat');
    const sets = loadSet(`brat:${folder}@es`);
    assert.deepEqual(
      sets.map((set) => [set.name, set.language]),
      [[`brat:${folder}@es`, 'es']],
    );
    const [set] = sets;
    assert.equal(set.documents.length, 2);
    set.documents.forEach((document, at) => {
      const expected = articles[at].mentions.map((mention) => `${shownType(index, mention)}:${mention.text.replace(/\s+/g, '')}`);
      assert.deepEqual(entityStrings(document), expected);
    });
    // Time expressions and quotations are in the files but are no entities.
    assert.ok(set.documents.flat().every((sentence) => labelStrings(sentence.labels).every((label) => /^(O|[BI]-(PER|ORG|LOC|MISC))$/.test(label))));
    assert.deepEqual(expandSetList(`default,brat:${folder}`, ['conll2002-es', 'conll2003-en']), ['conll2002-es', 'conll2003-en', `brat:${folder}`]);
  });
});

/** The entities a labelled document holds, as TYPE:tokens (tokens joined without spaces). */
function entityStrings(document: LabelledDocument): string[] {
  const found: string[] = [];
  for (const sentence of document) {
    const labels = labelStrings(sentence.labels);
    labels.forEach((label, at) => {
      if (label.startsWith('B-')) found.push(`${label.slice(2)}:${sentence.tokens[at]}`);
      else if (label.startsWith('I-')) found[found.length - 1] += sentence.tokens[at];
    });
  }
  return found;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[at + 1] === '"') field += text[++at];
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[at + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      at++;
    } else field += char;
  }
  return rows;
}

interface TextBound {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

function parseAnn(ann: string) {
  const textBound = new Map<string, TextBound>();
  const notes = new Map<string, string>();
  const relations: { from: string; to: string }[] = [];
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, middle, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...offsets] = middle.split(' ');
      const fragments = offsets
        .join(' ')
        .split(';')
        .map((pair) => pair.split(' ').map(Number) as [number, number]);
      textBound.set(id, { id, type, fragments, text });
    } else if (id.startsWith('#')) notes.set(middle.split(' ')[1], text);
    else if (id.startsWith('R')) {
      const [, from, to] = /^Attribution Arg1:(\S+) Arg2:(\S+)$/.exec(middle)!;
      relations.push({ from, to });
    } else assert.fail(`unexpected line ${line}`);
  }
  return { textBound, notes, relations };
}
