import { test } from 'node:test';
import assert from 'node:assert/strict';
import esTime from '../../server/src/analysis/resources/es/time.json';
import enTime from '../../server/src/analysis/resources/en/time.json';
import esCalendar from '../../server/src/analysis/resources/es/calendar.json';
import { compileLexicon, timeLexicons } from '../../server/src/analysis/time/lexicon';
import { resolveMatch } from '../../server/src/analysis/time/resolve';
import { parseAnchor } from '../../server/src/analysis/time/calendar';
import { TenseReader } from '../../server/src/analysis/time/tense';
import { spanHolding } from '../../server/src/analysis/spanSearch';
import { tokenClasses } from '../../server/src/analysis/time/scan';
import { tokenize } from '../../server/src/analysis/tokens';
import { requiredClasses } from '../../server/src/analysis/time/required';
import { wordTrie } from '../../server/src/analysis/time/wordtrie';
import { execAtWordStart } from '../../server/src/analysis/time/wordstart';

const lexicons = timeLexicons();

/** "las [próximas] elecciones" → the text and the bracketed span; no brackets: the whole example. */
function parseExample(example: string): { text: string; start: number; end: number } {
  const open = example.indexOf('[');
  if (open < 0) return { text: example, start: 0, end: example.length };
  const close = example.indexOf(']');
  return { text: example.replace('[', '').replace(']', ''), start: open, end: close - 1 };
}

// The date every example is read in (a Thursday), as the resources' "about" says.
const exampleArticleDate = parseAnchor('2025-12-11');

for (const [language, resource] of [
  ['es', esTime],
  ['en', enTime],
] as const) {
  const lexicon = lexicons[language];
  resource.patterns.forEach((pattern, index) => {
    test(`${language} pattern ${index} (${pattern.kind}) matches its example "${pattern.example}" and gives it the value ${pattern.value}`, () => {
      const { text, start, end } = parseExample(pattern.example);
      const rule = lexicon.rules[index];
      rule.pattern.lastIndex = 0;
      const spans: string[] = [];
      let groups: Record<string, string | undefined> | null = null;
      for (let match = execAtWordStart(rule.pattern, text); match; match = execAtWordStart(rule.pattern, text)) {
        spans.push(`${match.index}-${match.index + match[0].length}`);
        if (match.index === start && match.index + match[0].length === end) groups = { ...match.groups, whole: text.slice(start, end) };
      }
      assert.ok(groups, `matches at ${JSON.stringify(spans)}, expected ${start}-${end}`);
      const sentences = tokenize(text).sentences;
      const tense = new TenseReader(text, lexicon);
      const resolution = resolveMatch(rule, groups, {
        lexicon,
        anchor: exampleArticleDate,
        tense: () => tense.tenseAround(start, end, spanHolding(sentences, start)),
        carriedYear: null,
        carriedDay: null,
        referenceQuarter: null,
        previousDate: null,
      });
      assert.ok(resolution, 'the resolver refuses the match');
      assert.equal(resolution.value, pattern.value);
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

test('the rules are checked when they compile: an unknown kind, type or group names the file and the pattern', () => {
  const withPattern = (change: Partial<(typeof esTime.patterns)[number]>) => ({
    ...esTime,
    patterns: esTime.patterns.map((pattern, index) => (index === 4 ? { ...pattern, ...change } : pattern)),
  });
  assert.doesNotThrow(() => compileLexicon('es', withPattern({}), esCalendar));
  assert.throws(
    () => compileLexicon('es', withPattern({ kind: 'calender' }), esCalendar),
    /^Error: resources\/es\/time\.json, pattern 4 \(kind "calender", example "el próximo lunes"\): unknown kind "calender"; the kinds are calendar, year/,
  );
  assert.throws(() => compileLexicon('es', withPattern({ type: 'DAY' }), esCalendar), /time\.json, pattern 4 .*: unknown type "DAY"/);
  const regex = esTime.patterns[4].regex.replace('(?<weekday>', '(?<weekdya>');
  assert.throws(() => compileLexicon('es', withPattern({ regex }), esCalendar), /time\.json, pattern 4 .*: unknown group "weekdya"/);
  // Lookbehinds are no groups.
  assert.doesNotThrow(() => compileLexicon('es', withPattern({ regex: `(?<=el\\s)${esTime.patterns[4].regex}(?<!x)` }), esCalendar));
});

test("the words the resolvers once held in code come from the resources: a clock hour after 'de la tarde', 'noon', 'this season'", () => {
  assert.ok(lexicons.es.dayPartsAfterNoon.has('tarde'));
  assert.equal(lexicons.en.clockHourWords.get('noon'), 12);
  assert.equal(lexicons.en.unitLikeWords.get('season'), 'Y');
  const withoutEvening = compileLexicon('es', { ...esTime, dayPartsAfterNoon: [] }, esCalendar);
  const clockRule = withoutEvening.rules.findIndex((rule) => rule.kind === 'clock');
  const text = 'a las 5 de la tarde';
  const times: (string | null)[] = [];
  for (const lexicon of [lexicons.es, withoutEvening]) {
    const rule = lexicon.rules[clockRule];
    rule.pattern.lastIndex = 0;
    const match = execAtWordStart(rule.pattern, text);
    assert.ok(match?.groups);
    const scope = { lexicon, anchor: exampleArticleDate, tense: () => null, carriedYear: null, carriedDay: null, referenceQuarter: null, previousDate: null };
    times.push(resolveMatch(rule, { ...match.groups, whole: match[0] }, scope)?.value ?? null);
  }
  assert.deepEqual(times, ['2025-12-11T17:00', '2025-12-11T05:00']);
});
