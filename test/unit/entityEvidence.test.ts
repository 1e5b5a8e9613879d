// How a name's type is decided from all its mentions (corpus/entityEvidence.ts), on counted evidence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';
import { decideTypes, KeyEvidence } from '../../server/src/corpus/entityEvidence';

function evidenceOf(name: string, mentions: Partial<EntityMention>[]): KeyEvidence {
  const evidence = new KeyEvidence(name.toLowerCase());
  for (const mention of mentions) evidence.add({ start: 0, end: name.length, text: name, type: 'LOC' as EntityType, ...mention }, true, 1);
  return evidence;
}

describe('type decisions', () => {
  it("gives a country's name its place on a tie with a person", () => {
    const tunez = evidenceOf('Túnez', [
      { type: 'LOC', placeKind: 'country' },
      { type: 'LOC', placeKind: 'country' },
      { type: 'PER', placeKind: 'country' },
      { type: 'PER', placeKind: 'country' },
    ]);
    assert.equal(decideTypes(tunez).primary, 'LOC');
    const lugo = evidenceOf('Lugo', [{ type: 'LOC' }, { type: 'LOC' }, { type: 'PER' }, { type: 'PER' }]);
    assert.equal(decideTypes(lugo).primary, 'PER');
  });

  it('keeps the place of a town a dateline or a preposition of place names, and the team of one with a score', () => {
    const team = (extra: Partial<EntityMention>) =>
      evidenceOf('Portsmouth', [...Array.from({ length: 5 }, () => ({ type: 'ORG' as const, placeKind: 'town' as const })), { placeKind: 'town', ...extra }]);
    assert.deepEqual(decideTypes(team({ type: 'LOC' })).secondary, null);
    assert.deepEqual(decideTypes(team({ type: 'LOC', sited: true })).secondary, 'LOC');
    assert.deepEqual(decideTypes(team({ type: 'LOC', dateline: true })).secondary, 'LOC');
    const place = (extra: Partial<EntityMention>) =>
      evidenceOf('Texas', [...Array.from({ length: 5 }, () => ({ type: 'LOC' as const, placeKind: 'town' as const })), { placeKind: 'town', ...extra }]);
    assert.deepEqual(decideTypes(place({ type: 'ORG' })).secondary, null);
    assert.deepEqual(decideTypes(place({ type: 'ORG', scored: true })).secondary, 'ORG');
    // A country is a place whatever its team does.
    const country = evidenceOf('Brasil', [
      ...Array.from({ length: 5 }, () => ({ type: 'LOC' as const, placeKind: 'country' as const })),
      { type: 'ORG', placeKind: 'country', scored: true },
    ]);
    assert.deepEqual(decideTypes(country), { primary: 'LOC', secondary: null, isCountry: true });
  });

  it('lets a single word keep two types only when one is a person: a surname and a place, not a company and a place', () => {
    const many = (type: EntityType, count: number) => Array.from({ length: count }, () => ({ type }));
    const facebook = evidenceOf('Facebook', [...many('ORG', 10), ...many('LOC', 6)]);
    assert.deepEqual(decideTypes(facebook), { primary: 'ORG', secondary: null, isCountry: false });
    const washington = evidenceOf('Washington', [...many('LOC', 10), ...many('PER', 6)]);
    assert.deepEqual(decideTypes(washington), { primary: 'LOC', secondary: 'PER', isCountry: false });
  });

  it("keeps a person's name that is also some town's one person, for all a few mentions after a preposition of place", () => {
    const obama = evidenceOf('Obama', [
      ...Array.from({ length: 20 }, () => ({ type: 'PER' as const, placeKind: 'town' as const })),
      { type: 'LOC', placeKind: 'town', sited: true },
    ]);
    assert.deepEqual(decideTypes(obama), { primary: 'PER', secondary: null, isCountry: false });
  });
});
