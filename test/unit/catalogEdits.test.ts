// Changes to newsmark.json made from the editor (corpus/catalogEdits.ts): each writes the file sorted and
// formatted, and a file with mistakes is left for the person to mend.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalog } from '../../server/src/corpus/catalog';
import { editCatalog, type CatalogChange } from '../../server/src/corpus/catalogEdits';

function edited(text: string, change: CatalogChange): string {
  const result = editCatalog(text, change);
  assert.ok('text' in result, 'problem' in result ? result.problem : '');
  assert.deepEqual(parseCatalog(result.text).problems, []);
  return result.text;
}

const start = `{
  "notEntities": ["Seguir en"],
  "entities": [ { "name": "Vigo", "type": "LOC" }, { "name": "Alexander Lukashenko", "type": "PER", "aliases": ["Lukashenko"] } ]
}`;

describe('corpus file edits', () => {
  it('sets a type, creating the entity when the file does not have it, and writes the file sorted', () => {
    const text = edited(start, { kind: 'setType', name: 'Cáceres', spellings: ['Cáceres'], type: 'LOC' });
    assert.equal(
      text,
      `{
  "entities": [
    {
      "name": "Alexander Lukashenko",
      "type": "PER",
      "aliases": [
        "Lukashenko"
      ]
    },
    {
      "name": "Cáceres",
      "type": "LOC"
    },
    {
      "name": "Vigo",
      "type": "LOC"
    }
  ],
  "notEntities": [
    "Seguir en"
  ]
}
`,
    );
    const retyped = parseCatalog(edited(text, { kind: 'setType', name: 'Lukashenko', spellings: ['Lukashenko'], type: 'ORG' }));
    assert.equal(retyped.entities.find((entity) => entity.name === 'Alexander Lukashenko')?.type, 'ORG');
  });

  it('marks spellings as not entities and drops the entity they named', () => {
    const parsed = parseCatalog(edited(start, { kind: 'notEntity', spellings: ['Vigo', 'VIGO'] }));
    assert.deepEqual(
      parsed.entities.map((entity) => entity.name),
      ['Alexander Lukashenko'],
    );
    assert.deepEqual(parsed.notEntities, ['Seguir en', 'Vigo']);
  });

  it('links an entity to another, its names becoming aliases, and lets a rename keep the old name', () => {
    const linked = parseCatalog(
      edited(start, { kind: 'link', spellings: ['Aleksandr Lukashenko', 'A. Lukashenko'], target: { name: 'Alexander Lukashenko', type: 'PER' } }),
    );
    assert.deepEqual(linked.entities.find((entity) => entity.name === 'Alexander Lukashenko')?.aliases, [
      'A. Lukashenko',
      'Aleksandr Lukashenko',
      'Lukashenko',
    ]);
    const renamed = parseCatalog(edited(start, { kind: 'rename', name: 'Vigo', type: 'LOC', newName: 'Vigo (Pontevedra)' }));
    assert.deepEqual(
      renamed.entities.find((entity) => entity.name === 'Vigo (Pontevedra)'),
      { name: 'Vigo (Pontevedra)', type: 'LOC', aliases: ['Vigo'] },
    );
  });

  it('makes a name an entity of its own, taking it from the entity that had it as an alias', () => {
    const parsed = parseCatalog(edited(start, { kind: 'add', name: 'Lukashenko', type: 'PER' }));
    assert.deepEqual(parsed.entities.find((entity) => entity.name === 'Alexander Lukashenko')?.aliases, []);
    assert.ok(parsed.entities.some((entity) => entity.name === 'Lukashenko'));
  });

  it('leaves a file with mistakes alone and says so', () => {
    const result = editCatalog('{ "entities": [ { "name": "Vigo", "type": "CITY" } ] }', { kind: 'add', name: 'Lugo', type: 'LOC' });
    assert.ok('problem' in result && /mend it first/.test(result.problem));
  });
});
