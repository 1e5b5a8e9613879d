// Values derived in steps (corpus/derivations.ts): the card warmer takes a few steps at a time, a request
// finishes what is left, and a change of the corpus drops what was half done. A card made in steps is
// the card made at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOfEveryArticle } from '../../server/src/corpus/cardFacts';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { everyMainMention } from '../../server/src/corpus/entities';
import { Derivations, type Steps } from '../../server/src/corpus/derivations';
import { namesByWordPrefix } from '../../server/src/corpus/entitySearch';
import { CardWarmer } from '../../server/src/features/cardWarmer';
import { entityCardDerivation, entityCardOf } from '../../server/src/features/hover';
import { analyzerOf } from '../helpers/namedEntities';

function counting(log: string[], name: string, steps: number) {
  return {
    key: name,
    *steps(): Steps<string> {
      for (let step = 0; step < steps; step++) {
        log.push(`${name} ${step}`);
        yield;
      }
      return `${name} done`;
    },
  };
}

describe('derivations in steps', () => {
  it('finishes the steps already taken instead of starting again, and keeps the value', () => {
    const derivations = new Derivations();
    const log: string[] = [];
    const work = counting(log, 'card', 3);
    assert.equal(derivations.advance(work).done, false);
    assert.equal(derivations.advance(work).done, false);
    assert.equal(derivations.now(work), 'card done');
    assert.deepEqual(log, ['card 0', 'card 1', 'card 2']);
    assert.equal(derivations.now(work), 'card done');
    assert.equal(log.length, 3);
  });

  it('lets the steps of one value wait for another, which a request may finish meanwhile', () => {
    const derivations = new Derivations();
    const log: string[] = [];
    const mentions = counting(log, 'mentions', 2);
    const card = {
      key: 'card',
      *steps(): Steps<string> {
        return `card of ${yield* derivations.awaiting(mentions)}`;
      },
    };
    derivations.advance(card);
    assert.equal(derivations.now(mentions), 'mentions done');
    assert.equal(derivations.now(card), 'card of mentions done');
    assert.deepEqual(log, ['mentions 0', 'mentions 1']);
  });

  it('drops what was half done when the corpus changes', () => {
    const derivations = new Derivations();
    const log: string[] = [];
    const work = counting(log, 'card', 2);
    derivations.advance(work);
    derivations.clear();
    assert.equal(derivations.now(work), 'card done');
    assert.deepEqual(log, ['card 0', 'card 0', 'card 1']);
  });
});

describe('hover cards in steps', () => {
  const names = { 'Elena Marín': 'PER', Bruselas: 'LOC', Lima: 'LOC', 'Comisión Europea': 'ORG' } as const;
  // Enough articles that a card takes many steps.
  const articles = Array.from({ length: 600 }, (_, i) => [
    `file:///c/${String(i).padStart(4, '0')}.txt`,
    ` date 2025-${String((i % 12) + 1).padStart(2, '0')}-10 Nota ${i}\n\n“Firmaremos el acuerdo”, dijo Elena Marín en ${i % 3 ? 'Bruselas' : 'Lima'} ante la Comisión Europea.\n`,
  ]);
  const corpus = () => {
    const index = new CorpusIndex(analyzerOf(names));
    for (const [uri, text] of articles) index.setArticle(uri, text);
    return index;
  };
  const person = 'PER:elena marin';

  it('gives the card made at once, after many steps', () => {
    const stepped = corpus();
    let steps = 1;
    while (!stepped.derivations.advance(entityCardDerivation(stepped, person)).done) steps++;
    assert.ok(steps >= 600 / 128, `${steps} steps`);
    const card = entityCardOf(corpus(), person);
    assert.match(card, /600 mentions in 600 articles/);
    assert.match(card, /Often with: Comisión Europea \(600\), Bruselas \(400\), Lima \(200\)/);
    assert.equal(entityCardOf(stepped, person), card);
  });

  it('the warmer makes the largest cards ready, and stops when the corpus changes', async () => {
    const index = corpus();
    await new CardWarmer(index).warmLargest();
    assert.ok(index.derivations.isKept(entityCardDerivation(index, person)));
    assert.ok(index.derivations.isKept(entitiesOfEveryArticle(index)));

    const changed = corpus();
    const warming = new CardWarmer(changed).warmLargest();
    changed.setArticle('file:///c/new.txt', 'Elena Marín volvió a Lima.\n');
    await warming;
    assert.ok(!changed.derivations.isKept(entityCardDerivation(changed, person)));
  });

  it('the warmer numbers every article and finds every main mention only in a pause of the requests', { timeout: 10_000 }, async () => {
    const index = corpus();
    let sinceLastAnswer = 0;
    let asked = 0;
    let askedThrice: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (askedThrice = resolve));
    const warming = new CardWarmer(
      index,
      () => false,
      () => {
        if (++asked === 3) askedThrice();
        return sinceLastAnswer;
      },
    ).warmLargest();
    await waiting;
    assert.ok(index.derivations.isKept(entityCardDerivation(index, person)));
    assert.ok(!index.derivations.isKept(everyMainMention(index)));
    sinceLastAnswer = Infinity;
    await warming;
    assert.ok(index.derivations.isKept(everyMainMention(index)));
  });

  it('the warmer takes no step while a request is being answered', { timeout: 10_000 }, async () => {
    const index = corpus();
    let answering = true;
    let asked = 0;
    let askedThrice: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (askedThrice = resolve));
    const warming = new CardWarmer(index, () => {
      if (++asked === 3) askedThrice();
      return answering;
    }).warmLargest();
    await waiting;
    // The names' search index, its first work, takes one step on so small a corpus.
    assert.ok(!index.derivations.isKept(namesByWordPrefix(index)));
    answering = false;
    await warming;
    assert.ok(index.derivations.isKept(entityCardDerivation(index, person)));
  });
});
