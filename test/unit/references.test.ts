// Find all references over several articles: every mention of the entity, earliest article first
// (undated last, then by URI), in text order within each. The exact locations are pinned, so that a
// faster way to the same answer (kept lists, warmed in steps) is checked against the plain one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { CardWarmer } from '../../server/src/features/cardWarmer';
import { references } from '../../server/src/features/navigation';
import { withCursor } from '../helpers/cursor';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Elena Marín Ortega': 'PER', Marín: 'PER', Bruselas: 'LOC', 'Comisión Europea': 'ORG' });

const articles: Record<string, string> = {
  'file:///c/2025/diciembre.txt':
    ' date 2025-12-11 Acuerdo en Bruselas\r\n\r\nMarín firmó el acuerdo.\r\nLa Comisión Europea y Marín, en Bruselas.\r\n\r\nElena Marín Ortega volvió. Marín descansa.\r\n',
  'file:///c/b-noviembre.txt': ' date 2025-11-03 Viaje de Elena Marín Ortega\n\nLa ministra Elena Marín Ortega viajó a Bruselas.\nMarín habló.\n',
  'file:///c/a-noviembre.txt': ' date 2025-11-03 Otra crónica\n\nSegún Marín, la Comisión Europea decidirá.\n',
  'file:///c/sin-fecha.txt': 'Notas sueltas\n\nMarín y Elena Marín Ortega, sin fecha.\n',
  'file:///c/ajena.txt': ' date 2025-10-01 Bruselas\n\nLa Comisión Europea se reunió en Bruselas.\n',
};

function corpus(): CorpusIndex {
  const index = new CorpusIndex(analyzer);
  for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
  return index;
}

const cursorOn = (text: string, marked: string) => withCursor(text.replace(marked.replace('|', ''), marked)).position;
const atSurname = cursorOn(articles['file:///c/2025/diciembre.txt'], 'Ma|rín firmó');

const shown = (locations: Location[]) =>
  locations.map(({ uri, range: { start, end } }) => `${uri.slice('file:///c/'.length)} ${start.line}:${start.character}-${end.line}:${end.character}`);

const everyMention = [
  'a-noviembre.txt 2:6-2:11',
  'b-noviembre.txt 0:26-0:44',
  'b-noviembre.txt 2:12-2:30',
  'b-noviembre.txt 3:0-3:5',
  '2025/diciembre.txt 2:0-2:5',
  '2025/diciembre.txt 3:22-3:27',
  '2025/diciembre.txt 5:0-5:18',
  '2025/diciembre.txt 5:27-5:32',
  'sin-fecha.txt 2:0-2:5',
  'sin-fecha.txt 2:8-2:26',
];

describe('references over several articles', () => {
  it('lists every mention of the entity, earliest article first, undated last, in text order within each', async () => {
    assert.deepEqual(shown(await references(corpus(), 'file:///c/2025/diciembre.txt', atSurname, true)), everyMention);
  });

  it('leaves out only the main mention without the declaration', async () => {
    const withoutMain = everyMention.filter((location) => location !== 'b-noviembre.txt 0:26-0:44');
    assert.deepEqual(shown(await references(corpus(), 'file:///c/2025/diciembre.txt', atSurname, false)), withoutMain);
  });

  it('answers the same from any of the mentions, and the same again', async () => {
    const index = corpus();
    const fromUndated = cursorOn(articles['file:///c/sin-fecha.txt'], 'Elena Ma|rín Ortega, sin');
    assert.deepEqual(shown(await references(index, 'file:///c/sin-fecha.txt', fromUndated, true)), everyMention);
    assert.deepEqual(shown(await references(index, 'file:///c/sin-fecha.txt', fromUndated, true)), everyMention);
  });

  it('answers the same after the card warmer prepared the largest entities', async () => {
    const index = corpus();
    await new CardWarmer(index).warmLargest();
    assert.deepEqual(shown(await references(index, 'file:///c/2025/diciembre.txt', atSurname, true)), everyMention);
  });

  it('follows the corpus when an article comes, changes or goes', async () => {
    const index = corpus();
    await references(index, 'file:///c/2025/diciembre.txt', atSurname, true);
    index.setArticle('file:///c/0-octubre.txt', ' date 2025-10-20 Antes\n\nMarín llegó.\n');
    assert.deepEqual(shown(await references(index, 'file:///c/2025/diciembre.txt', atSurname, true)), ['0-octubre.txt 2:0-2:5', ...everyMention]);
    index.setArticle('file:///c/0-octubre.txt', ' date 2025-10-20 Antes\n\nHoy, Marín llegó.\n');
    assert.deepEqual(shown(await references(index, 'file:///c/2025/diciembre.txt', atSurname, true)), ['0-octubre.txt 2:5-2:10', ...everyMention]);
    index.removeArticle('file:///c/0-octubre.txt');
    assert.deepEqual(shown(await references(index, 'file:///c/2025/diciembre.txt', atSurname, true)), everyMention);
  });
});
