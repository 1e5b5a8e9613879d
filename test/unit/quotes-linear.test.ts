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
  'opening curly marks never closed': [(size) => Array.from({ length: size }, (_, i) => `“Word${i} said`).join(' '), 20000],
  'quoted words in one sentence': [(size) => Array.from({ length: size }, (_, i) => `"Word ${i}"`).join(' and '), 500],
  'attributed quotations in one sentence': [(size) => Array.from({ length: size }, (_, i) => `"We won ${i}," said Smith ${i}, and`).join(' ') + ' done.', 200],
  'guillemets and dashes in one paragraph': [(size) => Array.from({ length: size }, (_, i) => `—Dijo ${i} «no» —afirmó Pérez—`).join(' '), 200],
  'one quotation over a long paragraph': [(size) => `“${'We will win, Smith said. '.repeat(size)}`, 20000],
  'uncued quotations going on with one speaker': [(size) => `Smith said it. ${Array.from({ length: size }, (_, i) => `"We won again ${i}."`).join(' ')}`, 1000],
  'NYT double apostrophes': [(size) => Array.from({ length: size }, (_, i) => `''Yes ${i},'' he said.`).join(' '), 400],
};

interface Work {
  reads: number;
  cpuMicroseconds: number;
}

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

function workOf(text: string): Work {
  const { tokens, sentences } = tokenize(text);
  const entities = capitalisedNames(text, tokens);
  const counter = { reads: 0 };
  const input: AnalysisInput = { text, language: 'unknown', tokens: counted(tokens, counter), sentences: counted(sentences, counter), articleDate: null };
  findQuotations(input, counted(entities, counter));
  const reads = counter.reads;
  const plain: AnalysisInput = { text, language: 'unknown', tokens, sentences, articleDate: null };
  let cpuMicroseconds = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = process.cpuUsage();
    findQuotations(plain, entities);
    const used = process.cpuUsage(started);
    cpuMicroseconds = Math.min(cpuMicroseconds, used.user + used.system);
  }
  return { reads, cpuMicroseconds };
}

for (const [family, [make, size]] of Object.entries(families)) {
  test(`quotation finding is linear: ${family}`, () => {
    const small = workOf(make(size));
    const large = workOf(make(2 * size));
    assert.ok(small.reads > 0, 'the finder read nothing: the count measures nothing');
    // Binary searches add a logarithm: 2 × log(2n)/log(n) is under 2.3 for these sizes.
    assert.ok(large.reads <= small.reads * 2.3, `${family}: ${small.reads} reads, then ${large.reads} at twice the size`);
    // A quadratic finder takes four times as long; timing noise on a loaded machine stays well under 3.2.
    assert.ok(
      large.cpuMicroseconds <= small.cpuMicroseconds * 3.2,
      `${family}: ${small.cpuMicroseconds} µs, then ${large.cpuMicroseconds} µs at twice the size`,
    );
  });
}
