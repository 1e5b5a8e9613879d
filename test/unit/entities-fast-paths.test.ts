// The tagger's shortcuts must give what the plain computations give: Viterbi against an exhaustive
// search, affix hashes against hashed strings, the gazetteer's early stop against its entries, and
// the tokenizer's ASCII scan against the tokens its pattern would make, the letter-case test by code
// against the case mappings, letters read back by code against the pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskTransitions, viterbi } from '../../server/src/analysis/entities/viterbi';
import { isAllowedTransition, labelCount } from '../../server/src/analysis/entities/bilouLabels';
import { wordInfo, wordShape } from '../../server/src/analysis/entities/text-features';
import { hashString } from '../../server/src/analysis/entities/hashing';
import { Gazetteer, type GazetteerData } from '../../server/src/analysis/entities/gazetteerIndex';
import { tokenize } from '../../server/src/analysis/tokens';
import { LetterCase, letterCase, lettersStartBefore } from '../../server/src/analysis/characters';

function exhaustiveBest(scores: Float64Array, moves: Float64Array, length: number): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  const labels = new Array<number>(length).fill(0);
  const visit = (i: number, score: number) => {
    if (i === length) {
      if (score > bestScore) [bestScore, best] = [score, [...labels]];
      return;
    }
    for (let label = 0; label < labelCount; label++) {
      const previous = i === 0 ? labelCount : labels[i - 1];
      if (!isAllowedTransition(previous === labelCount ? 0 : previous, label)) continue;
      labels[i] = label;
      visit(i + 1, score + moves[previous * labelCount + label] + scores[i * labelCount + label]);
    }
  };
  visit(0, 0);
  return best;
}

test('Viterbi finds the best allowed label sequence an exhaustive search finds', () => {
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32 - 0.5;
  };
  for (let round = 0; round < 40; round++) {
    const length = 1 + (round % 4);
    const transitions = Float32Array.from({ length: (labelCount + 1) * labelCount }, () => 4 * random());
    const moves = maskTransitions(transitions);
    const scores = Float64Array.from({ length: length * labelCount }, () => 10 * random());
    assert.deepEqual(Array.from(viterbi(scores, moves)), exhaustiveBest(scores, moves, length), `round ${round}`);
  }
});

test('affix hashes are the hashes of the marked prefixes and suffixes', () => {
  for (const word of ['a', 'de', 'Putin', 'Ñandú', 'EE.UU.', 'O’Brien', '𝒜bc']) {
    const lower = wordInfo(word).lower;
    const expected: number[] = [];
    for (let k = 1; k <= 4 && k <= lower.length; k++) expected.push(hashString(`<${lower.slice(0, k)}`), hashString(`${lower.slice(-k)}>`));
    assert.deepEqual(wordInfo(word).affixHashes, expected, word);
  }
});

test('word shapes classify accented and non-Latin letters by their case', () => {
  const cases: [string, string][] = [
    ['Ñandú', 'Xx'],
    ['ÉL', 'X'],
    ['Αθήνα', 'Xx'],
    ['x²', 'x²'],
    ['São-Paulo', 'Xx-Xx'],
  ];
  for (const [word, shape] of cases) assert.equal(wordShape(word), shape, word);
});

test('the gazetteer finds the longest entry even when a shorter key on the way is no entry', () => {
  const data: GazetteerData = {
    country: ['Bosnia y Herzegovina'],
    region: [],
    continent: [],
    firstName: ['Ana'],
    lastName: [],
    organisationForm: ['Ana Banco Central'],
  };
  const gazetteer = new Gazetteer(data, ['Nueva York']);
  const words = ['Viaja', 'a', 'Bosnia', 'y', 'Herzegovina', 'y', 'Nueva', 'York', 'con', 'Ana', 'Banco', 'Rojo'];
  const tags = gazetteer.match(words.map(wordInfo));
  const country = 1 << 0;
  const city = 1 << (2 * 3);
  const firstName = 1 << (2 * 4);
  assert.equal(tags[2], country);
  assert.equal(tags[3], country << 1);
  assert.equal(tags[4], country << 1);
  assert.equal(tags[6], city);
  assert.equal(tags[7], city << 1);
  // "Ana Banco" begins an entry but is none, and "Rojo" does not finish it: "Ana" alone stands.
  assert.equal(tags[9], firstName);
  assert.equal(tags[10], 0);
});

test('what one gazetteer found for a word is not taken for what another finds', () => {
  const words = ['Viaja', 'a', 'Nueva', 'York', 'y', 'Lima'].map(wordInfo);
  const cityTags = new Gazetteer({ country: [], region: [], continent: [], firstName: [], lastName: [], organisationForm: [] }, ['Nueva York', 'Lima']).match(
    words,
  );
  const none = new Gazetteer({ country: [], region: [], continent: [], firstName: [], lastName: [], organisationForm: [] }, []).match(words);
  const city = 1 << (2 * 3);
  assert.deepEqual(Array.from(cityTags), [0, 0, city, city << 1, 0, city]);
  assert.deepEqual(Array.from(none), [0, 0, 0, 0, 0, 0]);
});

test('plain words end where URLs, e-mails, acronyms, apostrophes and hyphens take over', () => {
  const cases: [string, string[]][] = [
    ['see https://example.org/a now', ['see', 'https://example.org/a', 'now']],
    ['write ana.diaz@example.es today', ['write', 'ana.diaz@example.es', 'today']],
    ['the U.S. and EE.UU. agree', ['the', 'U.S.', 'and', 'EE.UU.', 'agree']],
    ["Obama's well-known O'Neil", ['Obama', "'s", 'well-known', "O'Neil"]],
    ['Sr. Rajoy, J. Smith: (yes)!', ['Sr.', 'Rajoy', ',', 'J.', 'Smith', ':', '(', 'yes', ')', '!']],
    ['café x2 v1.5 señor', ['café', 'x2', 'v1', '.', '5', 'señor']],
  ];
  for (const [text, tokens] of cases)
    assert.deepEqual(
      tokenize(text).tokens.map((token) => token.text),
      tokens,
      text,
    );
});

test('the letter case read by code is what the case mappings say, for every character and mixed words', () => {
  const byMappings = (text: string) => {
    const upper = text.toUpperCase();
    if (text.toLowerCase() === upper) return LetterCase.Caseless;
    return LetterCase.Cased | (text === upper ? LetterCase.AllCapitals : 0) | (/^\p{Lu}/u.test(text) ? LetterCase.StartsWithCapital : 0);
  };
  const samples = [
    '',
    'Obama',
    'OBAMA',
    'obama',
    'EE.UU.',
    'Ñandú',
    'ÑANDÚ',
    'ß',
    'Straße',
    '×÷',
    '“Hola”',
    'µg',
    'ÿ',
    '1996-08-30',
    "O'Neill",
    'İstanbul',
    'Σ',
  ];
  for (let code = 0; code < 0x10000; code++) samples.push(String.fromCharCode(code), `A${String.fromCharCode(code)}`, `${String.fromCharCode(code)}a`);
  for (const text of samples) assert.equal(letterCase(text), byMappings(text), JSON.stringify(text));
});

test('a run of letters read back by code starts where /\\p{L}+$/u finds it, for every character and surrogate pairs', () => {
  const byPattern = (text: string, end: number, from: number) => {
    const match = /\p{L}+$/u.exec(text.slice(from, end));
    return match ? from + match.index : end;
  };
  const samples = ['', 'de Sanders', 'portavoz de ', 'ª', '×a', 'a\u{1d400}b', '\u{1d400}', 'x\udc00', '\ud835a', 'ñandú-ébano'];
  for (let code = 0; code < 0x10000; code++) samples.push(`a${String.fromCharCode(code)}`, `${String.fromCharCode(code)}b`);
  for (const text of samples)
    for (let end = 0; end <= text.length; end++)
      for (let from = 0; from <= end; from++) assert.equal(lettersStartBefore(text, end, from), byPattern(text, end, from), JSON.stringify([text, end, from]));
});
