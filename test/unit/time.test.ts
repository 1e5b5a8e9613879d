import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimeExpressions, describeTimeValue } from '../../server/src/analysis/time';
import { tokenize } from '../../server/src/analysis/tokens';
import type { Language, TimeExpression } from '../../server/src/analysis/types';

function tag(text: string, language: Language, articleDate: string | null): TimeExpression[] {
  const { tokens, sentences } = tokenize(text);
  return findTimeExpressions({ text, language, tokens, sentences, articleDate });
}

function find(text: string, language: Language, articleDate: string | null, phrase: string): TimeExpression | undefined {
  return tag(text, language, articleDate).find((timex) => timex.text === phrase);
}

const cases: { language: Language; date: string | null; text: string; phrase: string; type: string; value: string | null }[] = [
  {
    language: 'es',
    date: '2025-12-11',
    text: 'Putin le reiteró su apoyo este jueves al mandatario.',
    phrase: 'este jueves',
    type: 'DATE',
    value: '2025-12-11',
  },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'El pasado 21 de noviembre, Maduro le manifestó a Trump su intención.',
    phrase: 'El pasado 21 de noviembre',
    type: 'DATE',
    value: '2025-11-21',
  },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'El acuerdo había sido pactado el pasado 7 de mayo.',
    phrase: 'el pasado 7 de mayo',
    type: 'DATE',
    value: '2025-05-07',
  },
  { language: 'es', date: '2025-12-11', text: 'Mantuvo su segunda reunión en 17 días con el embajador.', phrase: '17 días', type: 'DURATION', value: 'P17D' },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'Dos cazas sobrevolaron por 40 minutos el espacio aéreo.',
    phrase: '40 minutos',
    type: 'DURATION',
    value: 'PT40M',
  },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'Lukashenko le dijo al enviado el 25 de noviembre que era bienvenido.',
    phrase: 'el 25 de noviembre',
    type: 'DATE',
    value: '2025-11-25',
  },
  { language: 'es', date: '2025-12-11', text: 'El acuerdo entró en vigor en noviembre de 2025.', phrase: 'noviembre de 2025', type: 'DATE', value: '2025-11' },
  { language: 'es', date: '2025-12-11', text: 'En los últimos días, la marina confiscó un buque.', phrase: 'los últimos días', type: 'DURATION', value: 'PXD' },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'La cumbre se celebrará el próximo lunes en Madrid.',
    phrase: 'el próximo lunes',
    type: 'DATE',
    value: '2025-12-15',
  },
  { language: 'es', date: '2002-01-02', text: 'Canales presentará mañana La Chanson Flamenca.', phrase: 'mañana', type: 'DATE', value: '2002-01-03' },
  { language: 'es', date: '2000-12-02', text: 'El ministro anunció ayer que dimitirá.', phrase: 'ayer', type: 'DATE', value: '2000-12-01' },
  { language: 'es', date: '1998-12-01', text: 'Las ventas crecieron este año un 10 por ciento.', phrase: 'este año', type: 'DATE', value: '1998' },
  { language: 'es', date: '2000-12-02', text: 'Lo aprobarán el año próximo.', phrase: 'el año próximo', type: 'DATE', value: '2001' },
  { language: 'es', date: '2000-06-01', text: 'La empresa se fundó hace dos años.', phrase: 'hace dos años', type: 'DATE', value: '1998' },
  { language: 'es', date: '2025-12-11', text: 'La música de los años 90 vuelve.', phrase: 'los años 90', type: 'DATE', value: '199' },
  { language: 'es', date: '2025-12-11', text: 'Es el gran reto del siglo XXI.', phrase: 'del siglo XXI', type: 'DATE', value: '20' },
  { language: 'es', date: '2025-12-11', text: 'Las ventas del tercer trimestre cayeron.', phrase: 'del tercer trimestre', type: 'DATE', value: '2025-Q3' },
  { language: 'es', date: '2025-12-11', text: 'La reunión empezó a las 10.30 horas.', phrase: 'las 10.30 horas', type: 'TIME', value: '2025-12-11T10:30' },
  { language: 'es', date: '2025-12-11', text: 'La revista se publica cada semana.', phrase: 'cada semana', type: 'SET', value: 'P1W' },
  { language: 'es', date: '2025-12-11', text: 'Ahora la situación es otra.', phrase: 'Ahora', type: 'DATE', value: 'PRESENT_REF' },
  { language: 'es', date: '2025-12-11', text: 'La obra durará dos semanas.', phrase: 'dos semanas', type: 'DURATION', value: 'P2W' },
  { language: 'es', date: '2025-12-11', text: 'Estuvo preso treinta y cinco años.', phrase: 'treinta y cinco años', type: 'DURATION', value: 'P35Y' },
  { language: 'es', date: '2025-12-11', text: 'Irán de vacaciones este verano.', phrase: 'este verano', type: 'DATE', value: '2025-SU' },
  { language: 'en', date: '1989-10-30', text: 'The company said Friday that profit fell.', phrase: 'Friday', type: 'DATE', value: '1989-10-27' },
  { language: 'en', date: '1989-10-30', text: 'Earnings rose 5% last year.', phrase: 'last year', type: 'DATE', value: '1988' },
  { language: 'en', date: '1989-10-30', text: 'The plan takes effect next week.', phrase: 'next week', type: 'DATE', value: '1989-W45' },
  { language: 'en', date: '1989-10-30', text: 'Sales were up in the third quarter.', phrase: 'the third quarter', type: 'DATE', value: '1989-Q3' },
  { language: 'en', date: '1989-11-02', text: 'The bonds were sold Oct. 12 to investors.', phrase: 'Oct. 12', type: 'DATE', value: '1989-10-12' },
  { language: 'en', date: '1998-01-08', text: 'Stocks hit a five year low.', phrase: 'five year', type: 'DURATION', value: 'P5Y' },
  { language: 'en', date: '1998-01-08', text: 'Prices fell twenty years ago.', phrase: 'twenty years ago', type: 'DATE', value: '1978' },
  {
    language: 'en',
    date: '1998-01-08',
    text: 'The index fell in the last twenty four hours.',
    phrase: 'the last twenty four hours',
    type: 'DURATION',
    value: 'PT24H',
  },
  { language: 'en', date: '1998-01-08', text: 'The report appeared on March 5, 1997, in London.', phrase: 'March 5, 1997', type: 'DATE', value: '1997-03-05' },
  { language: 'en', date: '1998-01-08', text: 'Prices rose sharply in the 1990s.', phrase: 'the 1990s', type: 'DATE', value: '199' },
  {
    language: 'en',
    date: '1998-01-08',
    text: 'The meeting starts at 10:30 a.m. tomorrow.',
    phrase: '10:30 a.m. tomorrow',
    type: 'TIME',
    value: '1998-01-09T10:30',
  },
  { language: 'en', date: '1998-01-08', text: 'The magazine appears weekly.', phrase: 'weekly', type: 'SET', value: 'P1W' },
  // Holidays named with a possessive: the tokenizer splits "'s" off, and the trigger must still be found.
  {
    language: 'en',
    date: '1998-01-08',
    text: "Crowds gathered in the square on New Year's Eve, police said.",
    phrase: "New Year's Eve",
    type: 'DATE',
    value: '1997-12-31',
  },
  {
    language: 'en',
    date: '1998-03-01',
    text: "Sales jumped before Valentine's Day, the company said.",
    phrase: "Valentine's Day",
    type: 'DATE',
    value: '1998-02-14',
  },
  { language: 'es', date: '2025-12-11', text: 'Las obras durarán dos quincenas.', phrase: 'dos quincenas', type: 'DURATION', value: 'P4W' },
  { language: 'es', date: '2025-12-11', text: 'Los ministros se reunirán el lunes en Bruselas.', phrase: 'el lunes', type: 'DATE', value: '2025-12-15' },
  { language: 'es', date: '2025-12-11', text: 'Los ministros se reunieron el lunes en Bruselas.', phrase: 'el lunes', type: 'DATE', value: '2025-12-08' },
  {
    language: 'es',
    date: '2002-01-02',
    text: 'Taha dirigirá hoy, miércoles, la Fiesta Mediterránea.',
    phrase: 'hoy, miércoles',
    type: 'DATE',
    value: '2002-01-02',
  },
  { language: 'es', date: '2025-06-11', text: 'Se inaugurará en noviembre de este año.', phrase: 'noviembre de este año', type: 'DATE', value: '2025-11' },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'La empresa quebró a finales de septiembre de 1998.',
    phrase: 'finales de septiembre de 1998',
    type: 'DATE',
    value: '1998-09',
  },
  { language: 'es', date: '2025-12-11', text: 'El plan se aplicará en el segundo semestre.', phrase: 'el segundo semestre', type: 'DATE', value: '2025-H2' },
  { language: 'es', date: '2025-12-11', text: 'Llegó el 3 de mayo de 1998 y ese mismo día firmó.', phrase: 'ese mismo día', type: 'DATE', value: '1998-05-03' },
  {
    language: 'es',
    date: '2000-01-19',
    text: 'Ganó las elecciones presidenciales del 24 de enero.',
    phrase: 'del 24 de enero',
    type: 'DATE',
    value: '2000-01-24',
  },
  { language: 'en', date: '1999-12-02', text: 'Elian was found on Thanksgiving Day.', phrase: 'Thanksgiving Day', type: 'DATE', value: '1999-11-25' },
  {
    language: 'en',
    date: '1998-02-13',
    text: 'He was kidnapped at 10 p.m. Wednesday, police said.',
    phrase: '10 p.m. Wednesday',
    type: 'TIME',
    value: '1998-02-11T22:00',
  },
  {
    language: 'en',
    date: '1989-11-02',
    text: 'Net rose in the third quarter. A year earlier it earned $5 million.',
    phrase: 'A year earlier',
    type: 'DATE',
    value: '1988-Q3',
  },
  { language: 'en', date: '1989-10-27', text: 'In March, the company received an offer.', phrase: 'March', type: 'DATE', value: '1989-03' },
  {
    language: 'en',
    date: '1998-02-23',
    text: 'Prices fell as in the winter of nineteen ninety-four.',
    phrase: 'the winter of nineteen ninety-four',
    type: 'DATE',
    value: '1994-WI',
  },
  {
    language: 'es',
    date: '2025-12-11',
    text: 'Se revisará en el primer trimestre del año próximo.',
    phrase: 'el primer trimestre del año próximo',
    type: 'DATE',
    value: '2026-Q1',
  },
  {
    language: 'en',
    date: '2025-12-11',
    text: 'The storm hit at 3:45 p.m. local time on Sunday.',
    phrase: '3:45 p.m.',
    type: 'TIME',
    value: '2025-12-07T15:45',
  },
  { language: 'en', date: '1989-11-01', text: 'For the year ended Sept. 30, Ralston earned $1 million.', phrase: 'the year', type: 'DURATION', value: 'P1Y' },
  { language: 'en', date: '1998-02-26', text: 'The vote will take place next Tuesday.', phrase: 'next Tuesday', type: 'DATE', value: '1998-03-03' },
];

for (const example of cases) {
  test(`${example.language} ${example.date}: "${example.phrase}" is ${example.type} ${example.value}`, () => {
    const timex = find(example.text, example.language, example.date, example.phrase);
    assert.ok(timex, `no time expression "${example.phrase}" in: ${JSON.stringify(tag(example.text, example.language, example.date).map((t) => t.text))}`);
    assert.equal(timex.type, example.type);
    assert.equal(timex.value, example.value);
  });
}

test('an article in the corpus format: every expression the reader needs, with its value', () => {
  const text = readFileSync(join(__dirname, '../fixtures/articles/es-putin-maduro.txt'), 'utf8');
  const { tokens, sentences } = tokenize(text);
  const found = findTimeExpressions({ text, language: 'es', tokens, sentences, articleDate: '2025-12-11' });
  const byText = (phrase: string) => found.filter((timex) => timex.text.toLowerCase() === phrase);
  assert.deepEqual(
    byText('este jueves').map((timex) => timex.value),
    ['2025-12-11', '2025-12-11'],
  );
  assert.equal(byText('el pasado 21 de noviembre')[0]?.value, '2025-11-21');
  assert.equal(byText('el pasado 7 de mayo')[0]?.value, '2025-05-07');
  assert.equal(byText('el 25 de noviembre')[0]?.value, '2025-11-25');
  assert.equal(byText('noviembre de 2025')[0]?.value, '2025-11');
  assert.deepEqual(
    byText('17 días').map((timex) => [timex.type, timex.value]),
    [['DURATION', 'P17D']],
  );
  assert.deepEqual(
    byText('40 minutos').map((timex) => [timex.type, timex.value]),
    [['DURATION', 'PT40M']],
  );
  assert.deepEqual(
    byText('los últimos días').map((timex) => timex.type),
    ['DURATION'],
  );
  for (const timex of found) assert.equal(timex.text, text.slice(timex.start, timex.end));
});

test('relative expressions stay unresolved when the article date is unknown', () => {
  const timex = find('Putin habló este jueves con Maduro.', 'es', null, 'este jueves');
  assert.ok(timex);
  assert.equal(timex.value, null);
  assert.equal(timex.relative, true);
  assert.equal(find('Nació el 3 de mayo de 1990.', 'es', null, 'el 3 de mayo de 1990')?.value, '1990-05-03');
});

test('a dateline without a year still resolves day offsets, with the year unknown, but not weekdays', () => {
  assert.equal(find('El ministro anunció ayer su dimisión.', 'es', 'XXXX-05-23', 'ayer')?.value, 'XXXX-05-22');
  assert.equal(find('El ministro dimitió el lunes.', 'es', 'XXXX-05-23', 'el lunes')?.value, null);
});

test('a clock time on a day counted from the article date is relative too', () => {
  const timex = find('El partido se jugará mañana, domingo, a las 18.00 horas.', 'es', '2000-07-15', 'las 18.00 horas');
  assert.equal(timex?.value, '2000-07-16T18:00');
  assert.equal(timex?.relative, true);
});

test('a number of things is not a year', () => {
  assert.deepEqual(
    tag('La empresa tiene 2000 empleados y facturó en 2024.', 'es', '2025-12-11').map((timex) => timex.text),
    ['2024'],
  );
});

test('English month and weekday names count only capitalised', () => {
  assert.equal(find('Prices may march higher.', 'en', '1998-01-08', 'may'), undefined);
  assert.equal(find('Prices may march higher.', 'en', '1998-01-08', 'march'), undefined);
});

test('a language the detector could not tell is tagged with both rule sets', () => {
  const found = tag('Ayer llegó. The day after tomorrow he leaves.', 'unknown', '2025-12-11');
  assert.deepEqual(
    found.map((timex) => [timex.text, timex.value]),
    [
      ['Ayer', '2025-12-10'],
      ['The day after tomorrow', '2025-12-13'],
    ],
  );
});

test('describeTimeValue names the day, its weekday and its distance from the article', () => {
  assert.deepEqual(describeTimeValue('2025-11-21', '2025-12-11'), { calendarDate: '2025-11-21', weekday: 5, daysFromArticle: -20 });
  assert.deepEqual(describeTimeValue('2025-12-11T10:30', '2025-12-11'), { calendarDate: '2025-12-11', weekday: 4, daysFromArticle: 0 });
  assert.deepEqual(describeTimeValue('2025-11', '2025-12-11'), { calendarDate: null, weekday: null, daysFromArticle: null });
  assert.deepEqual(describeTimeValue('2026-01-02', null), { calendarDate: '2026-01-02', weekday: 5, daysFromArticle: null });
});
