// News and TimeML conventions the resolver follows (sentences from the English TimeBank/AQUAINT
// articles, with their creation dates): which year a bare month or day takes, which quarter a results
// story reports, and how vague or rate expressions are written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from '../../server/src/analysis/time';
import { tokenize } from '../../server/src/analysis/tokens';
import type { Language, TimeExpression } from '../../server/src/analysis/types';

function tag(text: string, language: Language, articleDate: string): TimeExpression[] {
  const { tokens, sentences } = tokenize(text);
  return findTimeExpressions({ text, language, tokens, sentences, articleDate });
}

const cases: { date: string; text: string; phrase: string; type: string; value: string; language?: Language }[] = [
  // A day and month against the tense by months take the tense's year; a month alone near the article date is the nearest.
  { date: '1989-10-31', text: 'Courtaulds had #50 million in revenue in the year ended March 31.', phrase: 'March 31', type: 'DATE', value: '1989-03-31' },
  { date: '1999-05-07', text: 'He was last seen Nov. 3, the day before authorities issued a warrant.', phrase: 'Nov. 3', type: 'DATE', value: '1998-11-03' },
  {
    date: '1989-11-02',
    text: 'First of America announced an agreement to acquire the Peoria, Ill., bank holding company in January.',
    phrase: 'January',
    type: 'DATE',
    value: '1990-01',
  },
  {
    date: '1999-02-10',
    text: 'NATO planned to admit Poland, Hungary and the Czech Republic in early March, an official said.',
    phrase: 'early March',
    type: 'DATE',
    value: '1999-03',
  },
  {
    date: '1998-02-06',
    text: "After accounting for a small downward revision to December's figures, the economy is creating jobs.",
    phrase: 'December',
    type: 'DATE',
    value: '1997-12',
  },
  {
    date: '1999-02-27',
    text: 'Poland, invited to join NATO in Madrid in July 1997, will officially join NATO on March 12 in a ceremony.',
    phrase: 'March 12',
    type: 'DATE',
    value: '1999-03-12',
  },
  // A past perfect close by looks back, even after "by" or "until"; a plan in the past ("were planning to") looks
  // ahead, a past plan alone ("planned", "set aside") does not; a possessive weekday has passed.
  {
    date: '1990-08-16',
    text: 'Only two of the 159 U.N. members had filed compliance reports by Wednesday.',
    phrase: 'Wednesday',
    type: 'DATE',
    value: '1990-08-15',
  },
  { date: '1999-05-07', text: 'Until Thursday, they had not called Kopp a suspect.', phrase: 'Thursday', type: 'DATE', value: '1999-05-06' },
  {
    date: '2000-01-07',
    text: 'Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around the airport on Monday.',
    phrase: 'Saturday',
    type: 'DATE',
    value: '2000-01-08',
  },
  {
    date: '1998-08-17',
    text: 'On Friday, when Albright set aside vacation plans for the hastily planned trip to East Africa, she met the families.',
    phrase: 'Friday',
    type: 'DATE',
    value: '1998-08-14',
  },
  {
    date: '1999-10-08',
    text: 'Police arrested Mohamed at the airport in the early hours of Thursday morning as he was about to be deported.',
    phrase: 'Thursday morning',
    type: 'DATE',
    value: '1999-10-07TMO',
  },
  // "a partir del viernes" looks ahead, as "a partir de" does.
  {
    date: '2000-06-01',
    text: 'Expertos internacionales preparan a partir del viernes la cumbre de líderes.',
    phrase: 'del viernes',
    type: 'DATE',
    value: '2000-06-02',
    language: 'es',
  },
  // A passive after "will" looks ahead; a present perfect looks back; a capitalised word is a name, not a verb.
  {
    date: '1998-03-04',
    text: 'Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.',
    phrase: 'December',
    type: 'DATE',
    value: '1998-12',
  },
  {
    date: '1999-05-06',
    text: 'Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.',
    phrase: 'Oct. 23',
    type: 'DATE',
    value: '1998-10-23',
  },
  {
    date: '2000-04-05',
    text: 'The father would be traveling to the United States Thursday with his wife.',
    phrase: 'Thursday',
    type: 'DATE',
    value: '2000-04-06',
  },
  {
    date: '2000-01-07',
    text: "The relatives said they would look for ways to get around Wednesday's ruling by the immigration service.",
    phrase: 'Wednesday',
    type: 'DATE',
    value: '2000-01-05',
  },
  // Results news: the reported quarter, the nine months, forecasts.
  {
    date: '1989-11-01',
    text: 'Coast earned $92.2 million, or $6.98 a share, for the quarter ended Sept. 30.',
    phrase: 'the quarter',
    type: 'DATE',
    value: '1989-Q3',
  },
  {
    date: '1989-10-26',
    text: 'Sun lost money in its first quarter. In the 1988 period, the company earned $20.6 million.',
    phrase: 'the 1988 period',
    type: 'DATE',
    value: '1988-Q1',
  },
  {
    date: '1989-10-26',
    text: 'Net fell in the third quarter. For the nine months, losses totaled $212 million, compared with net income of $48.7 million a year earlier.',
    phrase: 'a year earlier',
    type: 'DATE',
    value: '1988',
  },
  {
    date: '1989-11-02',
    text: 'Net rose in the third quarter. The earthquake will result in a fourth-quarter charge. Earnings fell 59% in the latest quarter.',
    phrase: 'the latest quarter',
    type: 'DATE',
    value: '1989-Q3',
  },
  {
    date: '1989-11-02',
    text: 'Net rose in the third quarter. There were no one-time gains or losses in the latest period.',
    phrase: 'the latest period',
    type: 'DATE',
    value: '1989-Q3',
  },
  {
    date: '1989-11-01',
    text: 'Net fell in the third quarter, compared with $1.8 million for the corresponding period last year.',
    phrase: 'the corresponding period last year',
    type: 'DATE',
    value: '1988-Q3',
  },
  {
    date: '1989-10-26',
    text: 'Columbia reported a loss for the third quarter. For the quarter a year ago, it reported earnings of $16.3 million.',
    phrase: 'the quarter a year ago',
    type: 'DATE',
    value: '1988-Q3',
  },
  {
    date: '1989-10-26',
    text: 'Provigo had 8.1 billion Canadian dollars in sales in the latest fiscal year.',
    phrase: 'the latest fiscal year',
    type: 'DATE',
    value: '1988',
  },
  {
    date: '1989-11-02',
    text: 'The company said the charge will result in lower earnings for the fiscal year.',
    phrase: 'the fiscal year',
    type: 'DATE',
    value: '1989',
  },
  // A week named by the article alone is an unknown week of its year.
  { date: '1989-10-30', text: 'For the week, the index dropped 3.8%.', phrase: 'the week', type: 'DATE', value: '1989-WXX' },
  // "the week of" a date is that date's week.
  {
    date: '2000-02-24',
    text: 'It may be resolved in a court hearing the week of March 6, Gonzalez said.',
    phrase: 'the week of March 6',
    type: 'DATE',
    value: '2000-W10',
  },
  // Parts of the day and vague references.
  { date: '1999-10-08', text: 'He appeared before a U.S. magistrate judge in Manhattan at midday.', phrase: 'midday', type: 'TIME', value: '1999-10-08T12:00' },
  { date: '1998-03-06', text: 'By mid afternoon, official Serb sources were saying little.', phrase: 'mid afternoon', type: 'TIME', value: '1998-03-06TAF' },
  {
    date: '1989-11-02',
    text: "In London at mid-afternoon yesterday, Ratners's shares were up 2 pence.",
    phrase: 'mid-afternoon yesterday',
    type: 'TIME',
    value: '1989-11-01TAF',
  },
  { date: '1989-10-30', text: "But we don't minimize the challenges of the near term.", phrase: 'the near term', type: 'DATE', value: 'FUTURE_REF' },
  {
    date: '1989-10-26',
    text: 'The rest will come from borrowings or equity offerings at a later date.',
    phrase: 'a later date',
    type: 'DATE',
    value: 'FUTURE_REF',
  },
  { date: '1998-02-13', text: 'The country has suffered from a rash of kidnappings in recent years.', phrase: 'recent years', type: 'DURATION', value: 'PXY' },
  // Durations: counts in words, halves in the smaller unit, compound adjectives.
  {
    date: '2000-04-03',
    text: 'The family emerged from their third day-long meeting with federal officials.',
    phrase: 'day-long',
    type: 'DURATION',
    value: 'P1D',
  },
  {
    date: '2000-01-15',
    text: "A boy hero symbolizing the government's decades-long ideological battle.",
    phrase: 'decades-long',
    type: 'DURATION',
    value: 'PXY',
  },
  { date: '1989-11-02', text: 'He followed a several-year tenure as editor in chief.', phrase: 'several-year', type: 'DURATION', value: 'PXY' },
  {
    date: '1989-10-27',
    text: 'Funds may sell some of their junk to pay departing investors in the weeks ahead.',
    phrase: 'the weeks ahead',
    type: 'DURATION',
    value: 'PXW',
  },
  { date: '2000-04-01', text: 'In the years that followed, the guerrilla fighters won.', phrase: 'the years', type: 'DURATION', value: 'PXY' },
  { date: '1998-03-31', text: 'Over the years many more patients were treated.', phrase: 'the years', type: 'DURATION', value: 'PXY' },
  { date: '1998-01-08', text: "I think it's not going to change for a couple of years.", phrase: 'a couple of years', type: 'DURATION', value: 'P2Y' },
  { date: '1998-02-27', text: 'They lived in U.N.-run refugee camps for 2 1/2 years.', phrase: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  { date: '1998-01-14', text: 'But a minute and a half later, a pilot radioed.', phrase: 'a minute and a half', type: 'DURATION', value: 'PT1M30S' },
  { date: '1999-06-01', text: 'Subió un 2 por ciento en la última media hora.', phrase: 'media hora', type: 'DURATION', value: 'PT0.5H', language: 'es' },
  // A part of the day takes the day named earlier in its sentence; "esta tarde" is the article's.
  {
    date: '2001-06-02',
    text: 'Una joven fue agredida por dos hombres el Jueves por la tarde en la zona de Els Colls.',
    phrase: 'la tarde',
    type: 'TIME',
    value: '2001-05-31TAF',
    language: 'es',
  },
  {
    date: '2000-06-08',
    text: 'Las elecciones se celebraron el pasado domingo, declaró esta tarde la portavoz.',
    phrase: 'esta tarde',
    type: 'TIME',
    value: '2000-06-08TAF',
    language: 'es',
  },
  // A broadcast listing gives the hour alone beside the channel.
  {
    date: '1999-02-02',
    text: 'El partido de vuelta de la Copa del Rey ( 21.30 , TV-3 ) será decisivo.',
    phrase: '21.30',
    type: 'TIME',
    value: '1999-02-02T21:30',
    language: 'es',
  },
  {
    date: '1999-01-03',
    text: 'Son las invitadas del programa Ja hi som! (TV-3, 17.35).',
    phrase: '17.35',
    type: 'TIME',
    value: '1999-01-03T17:35',
    language: 'es',
  },
  // Anaphora and rates.
  { date: '2000-02-24', text: 'He was hospitalized on Feb. 22. The next day he left.', phrase: 'The next day', type: 'DATE', value: '2000-02-23' },
  {
    date: '2001-09-20',
    text: 'El 11 de septiembre cayeron las torres. Al día siguiente, nadie trabajó.',
    phrase: 'Al día siguiente',
    type: 'DATE',
    value: '2001-09-12',
    language: 'es',
  },
  {
    date: '1998-08-17',
    text: 'Her first stop will be Dar es Salaam on Tuesday morning, and then Nairobi later in the day.',
    phrase: 'the day',
    type: 'DATE',
    value: '1998-08-18',
  },
  {
    date: '1998-04-18',
    text: 'Farkas was made a brigadier general in 1995, and the following year he was appointed military attache.',
    phrase: 'the following year',
    type: 'DATE',
    value: '1996',
  },
  { date: '1989-10-26', text: 'It expects an additional pretax profit of about $33 million a year.', phrase: 'a year', type: 'SET', value: 'P1Y' },
  { date: '1998-03-03', text: 'The agency will finish its investigation within a year, it said.', phrase: 'a year', type: 'DURATION', value: 'P1Y' },
  // US Election Day is the Tuesday after the first Monday of November.
  { date: '1998-10-26', text: 'It will be a major theme of our campaign from now to Election Day.', phrase: 'Election Day', type: 'DATE', value: '1998-11-03' },
  { date: '2024-10-01', text: 'Voters go to the polls on Election Day.', phrase: 'Election Day', type: 'DATE', value: '2024-11-05' },
  // Recurring months and weekdays are sets.
  { date: '1998-03-22', text: 'Orangemen march each July from their rural church.', phrase: 'each July', type: 'SET', value: 'XXXX-07' },
  {
    date: '1998-02-13',
    text: 'Two new flights would leave Bombay on Tuesday nights from March 30.',
    phrase: 'Tuesday nights',
    type: 'SET',
    value: 'XXXX-WXX-2TNI',
  },
  { date: '1998-02-13', text: 'The market is closed on Mondays.', phrase: 'Mondays', type: 'SET', value: 'XXXX-WXX-1' },
  {
    date: '2001-05-02',
    text: 'El déficit es especialmente grave los fines de semana, cuando sólo está de servicio un agente.',
    phrase: 'los fines de semana',
    type: 'SET',
    value: 'XXXX-WXX-WE',
    language: 'es',
  },
  { date: '2001-05-02', text: 'The market is open every weekend.', phrase: 'every weekend', type: 'SET', value: 'XXXX-WXX-WE' },
  { date: '2025-12-11', text: 'Los Sanfermines se celebran cada julio en Pamplona.', phrase: 'cada julio', type: 'SET', value: 'XXXX-07', language: 'es' },
];

for (const example of cases) {
  test(`${example.date}: "${example.phrase}" in "${example.text}" is ${example.type} ${example.value}`, () => {
    const found = tag(example.text, example.language ?? 'en', example.date).find((timex) => timex.text === example.phrase);
    assert.ok(found, `"${example.phrase}" not found`);
    assert.equal(found.type, example.type);
    assert.equal(found.value, example.value);
  });
}

test('an index level with decimals is not a year', () => {
  const found = tag('The 100-share index shed 47.3 points to close at 2082.1, down 4.5%.', 'en', '1989-10-30');
  assert.deepEqual(
    found.map((timex) => timex.text),
    [],
  );
});

test('a quarter of something is a share, not three months', () => {
  const found = tag('Insurers account for more than a quarter of the entire high-yield market.', 'en', '1989-10-27');
  assert.deepEqual(
    found.map((timex) => timex.text),
    [],
  );
});

const notTimes: { text: string; expected: string[]; language?: Language }[] = [
  // Names and titles: a capitalised time word mid-sentence, or a quotation that is only the title.
  { text: 'This is VOA Today.', expected: [] },
  { text: 'A poster showed Gary Cooper from the film "High Noon."', expected: [] },
  { text: 'Baker said on ABC News\' "This Week," that the request was granted on Monday.', expected: ['Monday'] },
  { text: 'Gonzalez said on CBS\'s "60 Minutes" that the boy was abused.', expected: [] },
  // A headline capitalises every word; a holiday is a name.
  { text: 'Trump to Visit China Next Month', expected: ['Next Month'] },
  { text: 'Elian was found on Thanksgiving Day clinging to an inner tube.', expected: ['Thanksgiving Day'] },
  // A date naming a street, a year joined to a name, a weekday that is a first name, a name in capitals.
  { text: 'Los corredores pasaron por la Avenida 17 de Junio el 3 de junio.', expected: ['el 3 de junio'], language: 'es' },
  { text: "El COI abrió una investigación sobre Sydney-2000 y las eliminatorias previas al Mundial'2002.", expected: [], language: 'es' },
  {
    text: 'Es la demostración de que Domingo García no las tiene todas consigo, dijo el Domingo por la tarde.',
    expected: ['el Domingo', 'la tarde'],
    language: 'es',
  },
  { text: 'Por su parte CINCO DIAS titula en portada que la inflación sube desde hace cinco días.', expected: ['hace cinco días'], language: 'es' },
  // "Al día siguiente del 11 de septiembre" names a day after a date still to come: not a rate ("al día").
  { text: 'Al día siguiente del imborrable 11 de septiembre, nadie trabajó.', expected: ['11 de septiembre'], language: 'es' },
  // An age is not a decade.
  { text: 'Her stepmother married his father when Kopp was in his 30s, in the 1980s.', expected: ['the 1980s'] },
];

for (const example of notTimes) {
  test(`the time expressions of "${example.text}" are ${JSON.stringify(example.expected)}`, () => {
    assert.deepEqual(
      tag(example.text, example.language ?? 'en', '1999-05-06').map((timex) => timex.text),
      example.expected,
    );
  });
}
