import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityTypes } from '../../server/src/analysis/entities/labels';
import { countNames, NamePosition, phraseBitShift, TrainingNames, trainingNamesData } from '../../server/src/analysis/entities/training-names';
import { jackknifedNames, namesOf } from '../../scripts/ner/training-names';
import { parseConll } from '../../scripts/ner/conll';
import { wordInfo } from '../../server/src/analysis/entities/text-features';
import type { EntityType } from '../../server/src/analysis/types';

const wordBit = (position: NamePosition, type: EntityType) => 1 << (position * entityTypes.length + entityTypes.indexOf(type));
const phraseBit = (position: NamePosition, type: EntityType) => 2 ** (phraseBitShift + position * entityTypes.length + entityTypes.indexOf(type));

const mentions = (name: string, type: EntityType, times: number) => Array.from({ length: times }, () => ({ words: name.split(' '), type }));

test('training names mark words by position and majority type, and whole multiword names', () => {
  const names = new TrainingNames(
    countNames([
      ...mentions('Banco de España', 'ORG', 2),
      ...mentions('España', 'LOC', 3),
      ...mentions('España', 'ORG', 2),
      ...mentions('Putin', 'PER', 2),
      ...mentions('Belta', 'ORG', 1),
    ]),
    2,
  );
  const tags = names.match(['El', 'Banco', 'de', 'España', 'y', 'Putin', 'o', 'Belta'].map(wordInfo));
  const cases: [number, number][] = [
    [0, 0],
    [1, wordBit(NamePosition.First, 'ORG') | phraseBit(NamePosition.First, 'ORG')],
    // A lower-case word's own bits are not read, only the whole name's.
    [2, phraseBit(NamePosition.Inner, 'ORG')],
    // Alone, España is a place more often than an organisation; last in a name, an organisation's.
    [3, wordBit(NamePosition.Single, 'LOC') | wordBit(NamePosition.Last, 'ORG') | phraseBit(NamePosition.Last, 'ORG')],
    [5, wordBit(NamePosition.Single, 'PER')],
    // Seen once: below the threshold.
    [7, 0],
  ];
  for (const [token, bits] of cases) assert.equal(tags[token], bits, `token ${token}`);
  assert.equal(names.match(['Banco', 'Central'].map(wordInfo))[0] >>> phraseBitShift, 0, 'a name is matched whole or not at all');
});

test('stored training names rebuild the same tables', () => {
  const counted = countNames([...mentions('Banco de España', 'ORG', 2), ...mentions('España', 'LOC', 3), ...mentions('Lima', 'LOC', 1)]);
  const sentence = ['Banco', 'de', 'España', 'en', 'España', 'y', 'Lima'].map(wordInfo);
  const stored = TrainingNames.fromData(trainingNamesData(counted, 2));
  assert.deepEqual(stored.match(sentence), new TrainingNames(counted, 2).match(sentence));
  assert.equal(stored.match(sentence)[6], 0);
});

test('jack-knifed names never come from the document itself', () => {
  const conll = (name: string) => `Madrid B-LOC\n, O\n23 O\n( O\nEFE B-ORG\n) O\n\n${name} B-PER\nhabló O\n\n`;
  const documents = parseConll(['Aznar', 'Borrell', 'Cela', 'Duran'].map(conll).join(''));
  assert.equal(documents.length, 4);
  assert.equal(namesOf(documents).find((name) => name.words[0] === 'EFE')?.count, 4);
  // Two folds: documents 0 and 2 see the names of documents 1 and 3 only.
  const folds = jackknifedNames(documents, 2);
  const cases: [number, string, number][] = [
    [0, 'Aznar', 0],
    [0, 'Cela', 0],
    [0, 'Borrell', wordBit(NamePosition.Single, 'PER')],
    [2, 'Duran', wordBit(NamePosition.Single, 'PER')],
    [1, 'Borrell', 0],
    [1, 'EFE', wordBit(NamePosition.Single, 'ORG')],
  ];
  for (const [document, name, bits] of cases) assert.equal(folds[document].match([wordInfo(name)])[0], bits, `document ${document}, ${name}`);
});
