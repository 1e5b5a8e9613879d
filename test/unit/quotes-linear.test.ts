// The quote finder's cost is linear in the text: each pathological family of input, fed at two
// sizes, does about twice the work at twice the size. Work is counted two ways within one run: the
// reads of the tokens, sentences and mentions the finder is given (deterministic), and CPU time (the
// least of a few runs of each size, compared with each other only; no threshold in seconds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotations } from '../../server/src/analysis/quotes';
import { tokenize } from '../../server/src/analysis/tokens';
import type { AnalysisInput, EntityMention } from '../../server/src/analysis/types';

// Each family with the size at which one run takes some tens of milliseconds.
const families: Record<string, [make: (size: number) => string, size: number]> = {
  // Minified JSON saved as .txt: one "sentence" holding thousands of quoted keys and values.
  'minified JSON': [
    (size) => JSON.stringify(Array.from({ length: size }, (_, i) => ({ id: i, name: `Item ${i}`, tags: ['Alpha', 'beta'], said: i % 2 === 0 }))),
    100,
  ],
  'a run of straight double marks': [(size) => '"'.repeat(size), 1000],
  // One closed at the end, so that the finder has a quotation to read around.
  'opening curly marks never closed': [(size) => `${Array.from({ length: size }, (_, i) => `“Word${i} said`).join(' ')} “Done.”`, 20000],
  'quoted words in one sentence': [(size) => Array.from({ length: size }, (_, i) => `"Word ${i}"`).join(' and '), 500],
  'attributed quotations in one sentence': [(size) => Array.from({ length: size }, (_, i) => `"We won ${i}," said Smith ${i}, and`).join(' ') + ' done.', 1000],
  'guillemets and dashes in one paragraph': [(size) => Array.from({ length: size }, (_, i) => `—Dijo ${i} «no» —afirmó Pérez—`).join(' '), 200],
  'one quotation over a long paragraph': [(size) => `“${'We will win, Smith said. '.repeat(size)}`, 50000],
  'uncued quotations going on with one speaker': [(size) => `Smith said it. ${Array.from({ length: size }, (_, i) => `"We won again ${i}."`).join(' ')}`, 1000],
  'markup tags with quoted attributes': [
    (size) => Array.from({ length: size }, (_, i) => `<tweet id="${i}" author="@a${i}">"Hello ${i}," he said.</tweet>`).join(' '),
    500,
  ],
  // Each paragraph without a mark once searched on to the next mark, at the end of the text.
  'short paragraphs, one quotation at the end': [(size) => `${'Done.\n\n'.repeat(size)}"Yes," he said.`, 4000],
  // Each description looks back for the name it was written beside, over a bounded window only.
  'quotations credited to one description': [
    (size) => Array.from({ length: size }, (_, i) => `"We won ${i}," said the party leader of the north.`).join(' '),
    1000,
  ],
  'NYT double apostrophes': [(size) => Array.from({ length: size }, (_, i) => `''Yes ${i},'' he said.`).join(' '), 1600],
};

// Every capitalised word a person, so that the speaker resolver has mentions to search.
function capitalisedNames(text: string, tokens: { start: number; end: number; text: string }[]): EntityMention[] {
  return tokens
    .filter((token) => /^\p{Lu}/u.test(token.text))
    .map((token) => ({ start: token.start, end: token.end, type: 'PER', text: text.slice(token.start, token.end) }));
}

function counted<T extends object>(array: T[], counter: { reads: number }): T[] {
  return new Proxy(array, {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/u.test(property)) counter.reads++;
      return Reflect.get(target, property, receiver);
    },
  });
}

interface Prepared {
  input: AnalysisInput;
  entities: EntityMention[];
}

function prepare(text: string): Prepared {
  const { tokens, sentences } = tokenize(text);
  return { input: { text, language: 'unknown', tokens, sentences, articleDate: null }, entities: capitalisedNames(text, tokens) };
}

/** The reads of the tokens, sentences and mentions the finder is given. */
function readsOf({ input, entities }: Prepared): number {
  const counter = { reads: 0 };
  findQuotations({ ...input, tokens: counted(input.tokens, counter), sentences: counted(input.sentences, counter) }, counted(entities, counter));
  return counter.reads;
}

function cpuMicroseconds({ input, entities }: Prepared): number {
  const started = process.cpuUsage();
  findQuotations(input, entities);
  const used = process.cpuUsage(started);
  return used.user + used.system;
}

/** The least CPU time of several runs of each, the two sizes taking turns so that the machine's load falls on both alike. */
function leastTimes(small: Prepared, large: Prepared): [number, number] {
  let smallest = Infinity;
  let largest = Infinity;
  for (let round = 0; round < 7; round++) {
    smallest = Math.min(smallest, cpuMicroseconds(small));
    largest = Math.min(largest, cpuMicroseconds(large));
  }
  return [smallest, largest];
}

for (const [family, [make, size]] of Object.entries(families)) {
  test(`quotation finding is linear: ${family}`, () => {
    const small = prepare(make(size));
    const large = prepare(make(2 * size));
    const [smallReads, largeReads] = [readsOf(small), readsOf(large)];
    assert.ok(smallReads > 0, 'the finder read nothing: the count measures nothing');
    // Binary searches add a logarithm: 2 × log(2n)/log(n) is under 2.3 for these sizes.
    assert.ok(largeReads <= smallReads * 2.3, `${family}: ${smallReads} reads, then ${largeReads} at twice the size`);
    // At four times the size a quadratic finder takes sixteen times as long, a linear one four: eight leaves
    // room for a machine busy with other tests (at twice the size, 3.2 against 4 was once crossed so).
    const [smallTime, largeTime] = leastTimes(small, prepare(make(4 * size)));
    assert.ok(largeTime <= smallTime * 8, `${family}: ${smallTime} µs, then ${largeTime} µs at four times the size`);
  });
}
