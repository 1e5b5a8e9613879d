import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConll } from '../../scripts/ner/conll';
import { labelStrings } from '../../scripts/ner/corpus';
import { trainLanguage } from '../../scripts/ner/training';
import { parseBrat } from '../../scripts/ner/brat';
import { expandSetList, loadSet } from '../../scripts/ner/datasets';
import { decodeModel, encodeModel } from '../../server/src/analysis/entities/model';
import { loadEntityRecognizer, modelFileName, serialiseModel, tagTokenizedDocument } from '../../server/src/models';
import { tokenize } from '../../server/src/analysis/tokens';
import { extractDocumentFeatures, readDocument } from '../../server/src/analysis/entities/tokenFeatures';
import { sharedGazetteer } from '../../server/src/analysis/entities/bundledGazetteer';
import { EmissionScorer } from '../../server/src/analysis/entities/scorer';
import { SparseWeights } from '../../server/src/analysis/entities/sparse-weights';
import { emissionScores } from '../../server/src/analysis/entities/viterbi';
import { labelCount } from '../../server/src/analysis/entities/bilouLabels';
import type { TaggerModel } from '../../server/src/analysis/entities/model';

// A tiny corpus: the tagger must learn that capitalised words after "señor" are people and after "en" places.
const corpus = parseConll(
  [
    ['El', 'O', 'señor', 'O', 'Pérez', 'B-PER', 'vive', 'O', 'en', 'O', 'Lima', 'B-LOC', '.', 'O'],
    ['El', 'O', 'señor', 'O', 'Gómez', 'B-PER', 'Ruiz', 'I-PER', 'vive', 'O', 'en', 'O', 'Quito', 'B-LOC', '.', 'O'],
    ['La', 'O', 'señora', 'O', 'Díaz', 'B-PER', 'trabaja', 'O', 'en', 'O', 'Bogotá', 'B-LOC', '.', 'O'],
    ['El', 'O', 'señor', 'O', 'Soto', 'B-PER', 'come', 'O', 'en', 'O', 'Cusco', 'B-LOC', '.', 'O'],
  ]
    .map((pairs) => pairs.reduce((lines, value, i) => (i % 2 ? `${lines} ${value}\n` : lines + value), ''))
    .join('\n'),
);

function trainTiny() {
  return trainLanguage(corpus, null, {
    language: 'es',
    hashBits: 14,
    epochs: 8,
    seed: 7,
    sets: ['tiny'],
    augmentation: { titleCase: 0, upperCase: 0 },
    log: () => undefined,
  }).model;
}

test('a tiny model learns its corpus, and training is deterministic', () => {
  const first = trainTiny();
  const second = trainTiny();
  assert.deepEqual(first.weights.values, second.weights.values);
  assert.deepEqual(first.weights.present, second.weights.present);
  assert.deepEqual(first.transitions, second.transitions);
  const directory = mkdtempSync(join(tmpdir(), 'newsmark-ner-'));
  writeFileSync(join(directory, modelFileName('es')), serialiseModel(first));
  const tagger = loadEntityRecognizer(directory);
  const labels = tagTokenizedDocument(tagger, [['El', 'señor', 'Romero', 'vive', 'en', 'Tacna', '.']], 'es');
  assert.deepEqual(labels, [['O', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'O']]);
});

test('a model survives serialisation unchanged', () => {
  const model = trainTiny();
  const decoded = decodeModel(encodeModel(model));
  assert.deepEqual(decoded, model);
});

test('a damaged model file is refused', () => {
  const bytes = encodeModel(trainTiny());
  assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - 2)), /weights/);
  assert.throws(() => decodeModel(new Uint8Array(16)), /Not a Newsmark entity model/);
});

test('mentions carry exact offsets into the article text', () => {
  const directory = mkdtempSync(join(tmpdir(), 'newsmark-ner-'));
  writeFileSync(join(directory, modelFileName('es')), serialiseModel(trainTiny()));
  const tagger = loadEntityRecognizer(directory);
  const text = 'El  señor\tRomero vive en “Tacna”.\n\nEl señor Gómez Ruiz vive en Quito.';
  const mentions = tagger.recognize({ text, language: 'unknown', ...tokenize(text), articleDate: null });
  assert.ok(mentions.length >= 3);
  for (const mention of mentions) assert.equal(mention.text, text.slice(mention.start, mention.end));
  assert.ok(mentions.some((mention) => mention.text === 'Gómez Ruiz' && mention.type === 'PER'));
});

test('no model in the directory is an error that names the files', () => {
  assert.throws(() => loadEntityRecognizer(mkdtempSync(join(tmpdir(), 'newsmark-empty-'))), /ner-es\.bin\.gz/);
});

test('brat annotations become token labels through the article tokenizer', () => {
  const text = 'Ayer Jesús Rafael Salazar Velázquez llegó a Moscú.';
  const annotations = 'T1\tPER 5 35\tJesús Rafael Salazar Velázquez\nT2\tLocation 44 49\tMoscú\nT3\tQuantity 0 4\tAyer\n';
  const [sentence] = parseBrat(text, annotations);
  assert.deepEqual(sentence.tokens, ['Ayer', 'Jesús', 'Rafael', 'Salazar', 'Velázquez', 'llegó', 'a', 'Moscú', '.']);
  assert.deepEqual(labelStrings(sentence.labels), ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
});

test('the run-time scorer, with its per-word cache, scores as the training features do', () => {
  const model = trainTiny();
  const document = [
    ['El', 'señor', 'Romero', 'vive', 'en', 'Tacna', '.'],
    ['Romero', 'volvió', '.'],
  ];
  const gazetteer = sharedGazetteer();
  const scorer = new EmissionScorer(model);
  // A copy of each: the scorer reuses its array for the next sentence.
  const fast = readDocument(document, gazetteer).map((sentence) => scorer.scoreSentence(sentence).slice());
  const slow = extractDocumentFeatures(document, { hashBits: model.hashBits, gazetteer }).map((features) =>
    emissionScores(features, { emission: denseWeights(model), scale: model.scale, transitions: model.transitions }),
  );
  assert.equal(fast.length, slow.length);
  fast.forEach((scores, s) => scores.forEach((score, i) => assert.ok(Math.abs(score - slow[s][i]) < 1e-6, `sentence ${s}, score ${i}`)));
  assert.ok(slow[0].some((score) => score !== 0));
});

function denseWeights(model: TaggerModel): Int16Array {
  const rows = 1 << model.hashBits;
  const dense = new Int16Array(rows * labelCount);
  for (let row = 0; row < rows; row++) {
    const offset = model.weights.offsetOf(row);
    if (offset >= 0) dense.set(model.weights.values.subarray(offset, offset + labelCount), row * labelCount);
  }
  return dense;
}

test('word vectors from later slabs score exactly as a fresh scorer does', () => {
  const model = trainTiny();
  const gazetteer = sharedGazetteer();
  const document = [
    ['El', 'señor', 'Romero', 'vive', 'en', 'Tacna', '.'],
    ['Romero', 'volvió', '.'],
  ];
  const scoreAll = (scorer: EmissionScorer, words: string[][]) => readDocument(words, gazetteer).map((sentence) => Array.from(scorer.scoreSentence(sentence)));
  const expected = scoreAll(new EmissionScorer(model), document);
  const used = new EmissionScorer(model);
  // More distinct words than one slab holds, so that the document's words get vectors of a later slab.
  scoreAll(used, [Array.from({ length: 5000 }, (_, i) => `Palabra${i}`)]);
  assert.deepEqual(scoreAll(used, document), expected);
  assert.deepEqual(scoreAll(used, document), expected);
});

test('sparse weights find each nonzero row and skip the zero ones', () => {
  const dense = new Int16Array(100 * labelCount);
  const filled = [0, 31, 32, 33, 63, 64, 99];
  for (const row of filled) dense[row * labelCount + (row % labelCount)] = row + 1;
  const weights = SparseWeights.fromDense(dense);
  assert.equal(weights.values.length, filled.length * labelCount);
  for (let row = 0; row < 100; row++) {
    const offset = weights.offsetOf(row);
    if (!filled.includes(row)) assert.equal(offset, -1, `row ${row}`);
    else assert.equal(weights.values[offset + (row % labelCount)], row + 1, `row ${row}`);
  }
});

test('`--data` lists name sets or paths, and `open` stands for every open-terms set', () => {
  assert.deepEqual(expandSetList('conll2003-en, ./mine@es'), ['conll2003-en', './mine@es']);
  const open = expandSetList('open');
  assert.ok(open.includes('europarl-es') && open.includes('gum'));
  assert.ok(!open.some((name) => name.startsWith('conll')));
  assert.throws(() => loadSet('no-such-set'), /Unknown training set/);
});
