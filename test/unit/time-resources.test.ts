import { test } from 'node:test';
import assert from 'node:assert/strict';
import esTime from '../../server/src/analysis/resources/es/time.json';
import enTime from '../../server/src/analysis/resources/en/time.json';
import { lexicons } from '../../server/src/analysis/time/lexicon';
import { tokenClasses } from '../../server/src/analysis/time/scan';
import { tokenize } from '../../server/src/analysis/tokens';
import { requiredClasses } from '../../server/src/analysis/time/required';
import { wordTrie } from '../../server/src/analysis/time/wordtrie';
import { execAtWordStart } from '../../server/src/analysis/time/wordstart';

/** "las [próximas] elecciones" → the text and the bracketed span; no brackets: the whole example. */
function parseExample(example: string): { text: string; start: number; end: number } {
  const open = example.indexOf('[');
  if (open < 0) return { text: example, start: 0, end: example.length };
  const close = example.indexOf(']');
  return { text: example.replace('[', '').replace(']', ''), start: open, end: close - 1 };
}

for (const [language, resource] of [
  ['es', esTime],
  ['en', enTime],
] as const) {
  const lexicon = lexicons[language];
  resource.patterns.forEach((pattern, index) => {
    test(`${language} pattern ${index} (${pattern.kind}) matches its example "${pattern.example}"`, () => {
      const { text, start, end } = parseExample(pattern.example);
      const rule = lexicon.rules[index];
      rule.pattern.lastIndex = 0;
      const spans: string[] = [];
      for (let match = execAtWordStart(rule.pattern, text); match; match = execAtWordStart(rule.pattern, text))
        spans.push(`${match.index}-${match.index + match[0].length}`);
      assert.ok(spans.includes(`${start}-${end}`), `matches at ${JSON.stringify(spans)}, expected ${start}-${end}`);
    });

    test(`${language} pattern ${index} (${pattern.kind}) runs near its example: the trigger words there cover what it requires`, () => {
      const { text } = parseExample(pattern.example);
      const found = new Set<string>();
      for (const token of tokenize(text).tokens) for (const name of tokenClasses(token.text, lexicon)) found.add(name);
      assert.ok(found.size > 0, 'no trigger word near the example: the rule would never run');
      const { all, anyOf } = lexicon.rules[index].requires;
      const lower = text.toLowerCase();
      for (const required of all.classes) assert.ok(found.has(required), `requires ${required}, found ${[...found].join(', ')}`);
      for (const word of all.words) assert.ok(lower.includes(word), `requires the word ${word}`);
      for (const clause of anyOf) {
        assert.ok(
          clause.classes.some((name) => found.has(name)) || clause.words.some((word) => lower.includes(word)),
          `requires one of ${JSON.stringify(clause)}`,
        );
      }
    });
  });
}

const classes = new Set(['digit', 'month', 'unit']);
const classesOfWord = new Map([
  ['año', ['unit']],
  ['mes', ['unit']],
  ['mayo', ['month']],
]);
const requirementCases: [string, string[]][] = [
  ['(?<day>\\d{1,2})\\s+de\\s+(?<month>{month})', ['digit', 'month']],
  ['(?:el\\s+)?(?<month>{month})?', []],
  ['(?:{month}|{unit})', []],
  ['(?:{month}\\s+{unit}|{unit})', ['unit']],
  ['(?<=\\d\\s+)(?<unit>{unit})', ['digit', 'unit']],
  ['(?<unit>año|mes)\\s+pasado', ['unit']],
  ['años?', []],
  ['(?:\\d)?{month}', ['month']],
];
for (const [regex, expected] of requirementCases) {
  test(`requiredClasses(${regex}) is [${expected.join(', ')}]`, () => {
    assert.deepEqual([...requiredClasses(regex, classes, classesOfWord).all.classes].sort(), [...expected].sort());
  });
}

test('requiredClasses: alternatives that need different things need one of them, the literal word rather than the class', () => {
  const requirements = requiredClasses('(?<unit>año|quarter|half)\\s+de\\s+{month}', classes, classesOfWord);
  assert.deepEqual(requirements.all, { classes: ['month'], words: [] });
  assert.deepEqual(requirements.anyOf, [{ classes: [], words: ['año', 'quarter', 'half'] }]);
});

test("requiredClasses: literal words outside optional groups and negative lookarounds are needed, a lookahead's too", () => {
  const requirements = requiredClasses('(?:early\\s+)?mayo\\s+(?!pasado)(?=siguiente)', classes, classesOfWord);
  assert.deepEqual(requirements.all, { classes: ['month'], words: ['mayo', 'siguiente'] });
  assert.deepEqual(requirements.anyOf, []);
});

test('requiredClasses: a placeholder of no class needs one of its words; [0-9] is a digit', () => {
  const wordsOfPlaceholder = new Map([['spokenYear', ['nineteen', 'thousand']]]);
  assert.deepEqual(requiredClasses('(?<year>1[5-9]\\d\\d|{spokenYear})', classes, classesOfWord, wordsOfPlaceholder).anyOf, [
    { classes: ['digit'], words: ['nineteen', 'thousand'] },
  ]);
  assert.deepEqual(requiredClasses("'?[0-9]0s", classes, classesOfWord).all, { classes: ['digit'], words: [] });
});

test('wordTrie matches every word whole and prefers the longest', () => {
  const words = ['nov', 'noviembre', 'noche', 'fin de semana', 'mar', 'marzo', 'a.m.'];
  const pattern = new RegExp(`^(?:${wordTrie(words)})`, 'iu');
  for (const word of words) assert.equal(pattern.exec(word)?.[0], word);
  assert.equal(pattern.exec('Noviembre de 2025')?.[0], 'Noviembre');
  assert.equal(pattern.exec('fin  de semana')?.[0], 'fin  de semana');
  assert.equal(pattern.exec('amx'), null);
});

test('execAtWordStart skips matches that begin inside a word', () => {
  const pattern = /ayer/giu;
  assert.equal(execAtWordStart(pattern, 'Mayer llegó ayer')?.index, 12);
});

test('numbers in digits carry the classes of their shapes, so a rule naming one wakes only near such a number', () => {
  const cases: [string, string[]][] = [
    ['1998', ['digit', 'yearNumber']],
    ['1990', ['digit', 'yearNumber', 'decadeNumber']],
    ['90', ['digit', 'decadeNumber']],
    ['5', ['digit']],
    ['1,200', ['digit']],
    ['3/5/1997', ['digit', 'yearNumber', 'slashDate']],
    ['1998-01-08', ['digit', 'yearNumber', 'isoDate']],
    ['mid-1990s', ['digit', 'yearNumber', 'decadeNumber']],
  ];
  for (const [token, expected] of cases) assert.deepEqual([...tokenClasses(token, lexicons.en)].sort(), [...expected].sort(), token);
  const yearRule = lexicons.en.rules.find((rule) => rule.kind === 'year');
  assert.ok(
    yearRule?.requires.anyOf.some((clause) => clause.classes.includes('yearNumber')),
    'the year rule names {yearNumber}',
  );
});

test('a phrase is found by a word of it that is a list word itself, not by a commoner word', () => {
  assert.equal(lexicons.en.wordClasses.get('business'), undefined, '"business days" wakes on "days"');
  assert.ok(lexicons.en.wordClasses.get('days')?.includes('unit'));
  assert.ok(lexicons.en.wordClasses.get('a.m.')?.includes('meridiem'));
});
