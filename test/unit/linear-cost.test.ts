// Every analysis step must be linear in the text: hostile inputs (a page of capitals, one token
// repeated, minified JSON, a megabyte on one line...) at two sizes, where doubling (or quadrupling) the
// input may no more than about double (quadruple) the work. The work is counted in steps where the code allows it, else
// compared as CPU time within one run (never against a fixed number of milliseconds). Quotations
// are left out here: their attribution is tested on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sharedGazetteer } from '../../server/src/analysis/entities/bundledGazetteer';
import { contextFeatures, maximumContextFeatures, readDocument, type SentenceContext } from '../../server/src/analysis/entities/tokenFeatures';
import { findArticleDate, parseHeader } from '../../server/src/analysis/header';
import { detectLanguage } from '../../server/src/analysis/language';
import { findTimeExpressions } from '../../server/src/analysis/time';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadEntityRecognizer } from '../../server/src/models';
import { binaryish, capitalsPage, minifiedJson, repeated } from '../helpers/hostileInputs';

// Capitalised runs: each of their tokens once walked to both ends of its run.
const capitalisedRuns: Record<string, (length: number) => string> = {
  'A A A …': (length) => repeated('A ', length),
  'a page of capitals on one line': (length) => repeated(capitalsPage.replace('. ', ' '), length),
  'one token repeated': (length) => repeated('Madrid ', length),
  initials: (length) => repeated('A. ', length),
  'a name with joiners': (length) => repeated('Juan de ', length),
};

/** Reads of the per-token arrays a token's context features look at: the steps of feature extraction. */
function featureSteps(text: string): number {
  const { tokens, sentences } = tokenize(text);
  const document = sentences.map((sentence) => tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((token) => token.text));
  let steps = 0;
  const counted = <T extends object>(array: T): T =>
    new Proxy(array, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) steps++;
        return (target as Record<string | symbol, unknown>)[key];
      },
    });
  const out = new Uint32Array(maximumContextFeatures);
  for (const sentence of readDocument(document, sharedGazetteer())) {
    const watched: SentenceContext = {
      ...sentence,
      words: counted(sentence.words),
      quoted: counted(sentence.quoted),
      gazetteerTags: counted(sentence.gazetteerTags),
      runPositions: counted(sentence.runPositions),
      runHeads: counted(sentence.runHeads),
      runTails: counted(sentence.runTails),
    };
    for (let i = 0; i < sentence.words.length; i++) contextFeatures(watched, i, out);
  }
  return steps;
}

for (const [family, make] of Object.entries(capitalisedRuns)) {
  test(`entity features read a capitalised run once: ${family}`, () => {
    const small = featureSteps(make(20_000));
    const large = featureSteps(make(40_000));
    assert.ok(large <= 2.2 * small, `${small} steps for 20,000 characters, ${large} for 40,000`);
  });
}

// Families for the whole analysis outside quotations, timed.
function dated(body: string): string {
  return ` date 2020-05-10 Title\n${body}`;
}

const hostileTexts: Record<string, (length: number) => string> = {
  ...capitalisedRuns,
  'a page of capitals': (length) => repeated(capitalsPage, length),
  'minified JSON': minifiedJson,
  'one long line of prose': (length) => repeated('el gobierno dijo que la economía crece y el lunes 3 de mayo ', length),
  newlines: (length) => repeated('\n', length),
  'binary-ish text': binaryish,
  // Tokens: a run of e-mail characters with no "@" was read to its end at every token.
  'plus signs': (length) => repeated('+', length),
  'dots and letters': (length) => repeated('..a', length),
  // Time, with an article date to resolve against: one endless sentence of dates and verbs, each date
  // looking for its nearest verb; a clock time and a day a page of spaces apart.
  'dates and verbs in one sentence (es)': (length) => dated(repeated('dijo el lunes que ', length)),
  'dates and verbs in one sentence (en)': (length) => dated(repeated('he said on Monday that ', length)),
  'a clock time, a page of spaces, a day': (length) => dated(`It happened at 10:30 a.m.${' '.repeat(length)}x on Monday, March 3.`),
  // Header: a title with a long run of spaces.
  'a header title full of spaces': (length) => ` date 2020-01-01 a${' '.repeat(length)}b\nbody`,
};
// Sizes large enough for a step whose cost grows with the square of the input to stand out.
const sizes: Record<string, number> = { 'dates and verbs in one sentence (es)': 50_000, 'dates and verbs in one sentence (en)': 50_000 };

const recognizer = loadEntityRecognizer(join(__dirname, '../../models'));

function analyseOutsideQuotes(text: string): void {
  const header = parseHeader(text);
  const { tokens, sentences } = tokenize(text);
  const input = { text, tokens, sentences, language: detectLanguage(tokens), articleDate: findArticleDate(text, header).date };
  recognizer.recognize(input);
  findTimeExpressions(input);
}

/** The least CPU time of three runs, in milliseconds: the run least disturbed by the rest of the machine. */
function cpuMs(run: () => void): number {
  let least = Infinity;
  for (let round = 0; round < 3; round++) {
    const before = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(before);
    least = Math.min(least, (user + system) / 1000);
  }
  return least;
}

for (const [family, make] of Object.entries(hostileTexts)) {
  test(`the analysis outside quotations is linear: ${family}`, () => {
    const size = Number(process.env.LINEAR_SIZE ?? sizes[family] ?? 20_000);
    const small = make(size);
    const large = make(4 * size);
    analyseOutsideQuotes(small);
    analyseOutsideQuotes(large);
    const smallMs = cpuMs(() => analyseOutsideQuotes(small));
    const largeMs = cpuMs(() => analyseOutsideQuotes(large));
    // Four times the input: linear work takes about four times as long, a quadratic step sixteen; twice
    // the linear share leaves room for a machine busy with other work.
    assert.ok(largeMs <= 8 * Math.max(smallMs, 5), `${smallMs.toFixed(1)} ms for ${size} characters, ${largeMs.toFixed(1)} ms for ${4 * size}`);
  });
}
