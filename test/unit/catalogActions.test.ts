// The quick fixes as the person reads them in the editor's menu: what each does to how many mentions,
// in the order a tagger's slips are commonest, and one way out when newsmark.json has mistakes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver';
import { parseCatalog } from '../../server/src/corpus/catalog';
import type { CatalogFile } from '../../server/src/corpus/catalogFiles';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { catalogCodeActions } from '../../server/src/features/catalogActions';
import { withCursor } from '../helpers/cursor';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Elena Marín Ortega': 'PER', Marín: 'PER', Bruselas: 'LOC' });
const early = ' date 2025-11-03 Elena Marín Ortega llega a Bruselas\n\nLa ministra Elena Marín Ortega viajó a Bruselas.\n';
const late = ' date 2025-12-11 Acuerdo\n\nMarín firmó el acuerdo en Bruselas, dijo la ministra.\n';
const commands = { link: 'test.link', openCorpusFile: 'test.open' };
const catalogUri = 'file:///c/newsmark.json';

function corpusFile(text: string): CatalogFile {
  return { uri: catalogUri, text, problems: parseCatalog(text).problems };
}

function actionsAt(marked: string, file = corpusFile(''), selectionLength = 0) {
  const { text, position } = withCursor(marked);
  const index = new CorpusIndex(analyzer);
  index.setArticle('file:///c/early.txt', early);
  index.setArticle('file:///c/late.txt', text);
  const range: Range = { start: position, end: { line: position.line, character: position.character + selectionLength } };
  const selected = text.split('\n')[position.line].slice(position.character, position.character + selectionLength);
  return { index, actions: catalogCodeActions(index, file, 'file:///c/late.txt', range, selected, commands) };
}

describe('quick fixes on an article', () => {
  it("offer the entity's other types first, then a link, its own entity for a short form, and not an entity last, each saying what it touches", () => {
    const { actions } = actionsAt(late.replace('Marín firmó', 'Ma|rín firmó'));
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Make "Elena Marín Ortega" an organization (3 mentions in 2 articles)',
        'Make "Elena Marín Ortega" a place (3 mentions in 2 articles)',
        'Make "Elena Marín Ortega" another kind of name (3 mentions in 2 articles)',
        'Link "Elena Marín Ortega" to another entity…',
        'Make "Marín" an entity of its own, apart from "Elena Marín Ortega"',
        'Mark "Elena Marín Ortega" as not an entity (3 mentions in 2 articles)',
      ],
    );
    assert.equal(actions[3].command?.command, commands.link);
    assert.ok(actions.filter((action) => action !== actions[3]).every((action) => action.edit && !action.disabled));
  });

  it('offer no entity of its own to a mention that already is the whole name', () => {
    const { actions } = actionsAt(late.replace('en Bruselas', 'en Bru|selas'));
    assert.ok(!actions.some((action) => /of its own/.test(action.title)));
    assert.ok(actions.some((action) => action.title === 'Make "Bruselas" a person (3 mentions in 2 articles)'));
  });

  it('count the mentions again once the corpus changes', () => {
    const { index, actions } = actionsAt(late.replace('en Bruselas', 'en Bru|selas'));
    assert.match(actions[0].title, /\(3 mentions in 2 articles\)/);
    index.setArticle('file:///c/third.txt', ' date 2025-12-20 Viaje\n\nVolvió a Bruselas.\n');
    const again = catalogCodeActions(index, corpusFile(''), 'file:///c/late.txt', positionOf(late, 'Bruselas'), '', commands);
    assert.match(again[0].title, /\(4 mentions in 3 articles\)/);
  });

  it('mark a selection that is no entity as one of the four types', () => {
    const { actions } = actionsAt(late.replace('la ministra', '|la ministra'), corpusFile(''), 'la ministra'.length);
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Mark "la ministra" as a person',
        'Mark "la ministra" as an organization',
        'Mark "la ministra" as a place',
        'Mark "la ministra" as another kind of name',
      ],
    );
  });

  it('offer nothing on a word that is no entity and no selection', () => {
    assert.deepEqual(actionsAt(late.replace('firmó', 'fi|rmó')).actions, []);
  });

  it('while newsmark.json has mistakes, offer only to open it at the first, since VS Code hides disabled fixes', () => {
    const broken = '{\n  "entities": [\n    { "name": "Bruselas", "type": "CITY" }\n  ],\n  "colour": 1\n}\n';
    const { actions } = actionsAt(late.replace('Marín firmó', 'Ma|rín firmó'), corpusFile(broken));
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Correct newsmark.json first: it has 2 mistakes'],
    );
    const [uri, range] = actions[0].command?.arguments ?? [];
    assert.equal(actions[0].command?.command, commands.openCorpusFile);
    assert.equal(uri, catalogUri);
    assert.deepEqual(range, { start: { line: 2, character: 34 }, end: { line: 2, character: 40 } });
    assert.deepEqual(actionsAt(late.replace('firmó', 'fi|rmó'), corpusFile(broken)).actions, []);
  });
});

function positionOf(text: string, word: string) {
  const { position } = withCursor(text.replace(word, `${word.slice(0, 1)}|${word.slice(1)}`));
  return { start: position, end: position };
}
