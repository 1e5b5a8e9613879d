import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotationsOf as analyse } from '../helpers/speakerCases';
import type { EntityType, Language, QuotationAnalysis } from '../../server/src/analysis/types';

function summary(analysis: QuotationAnalysis) {
  return analysis.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker?.text ?? null, mention: quote.speakerMention?.text ?? null }));
}

const seedPassage = [
  'El Kremlin transmitió su aval al gobierno venezolano y ratificó la continuidad del "acuerdo de asociación estratégica y cooperación" entre venezolanos y rusos.',
  '',
  'Lukashenko le dijo al enviado el 25 de noviembre que Maduro siempre era bienvenido en Bielorrusia, según la agencia de noticias bielorrusa Belta,',
  '',
  '“Acordamos que, tras resolver ciertos asuntos, usted se tomaría el tiempo para reunirse conmigo. Y, de ser necesario, involucraríamos al presidente de Venezuela”, dijo Lukashenko.',
  '',
  'El dialogo entre Putin y Maduro Según notificó el Kremlin: "Vladímir Putin expresó su solidaridad con el pueblo venezolano". Ambos líderes "intercambiaron opiniones sobre el desarrollo de las relaciones de amistad ruso-venezolanas", amplió la oficina presidencial rusa. El acuerdo había sido pactado el pasado 7 de mayo. Además, ambos mandatarios "reafirmaron su compromiso mutuo con la implementación continuada de proyectos conjuntos en las áreas comercial y energética". Por su parte, la Cancillería de Venezuela confirmó que en la conversación quedó reafirmado el "carácter estratégico, sólido y ascendente" de sus relaciones.',
].join('\n');
const seedNames: Record<string, EntityType> = {
  Lukashenko: 'PER',
  Kremlin: 'ORG',
  'Vladímir Putin': 'PER',
  Maduro: 'PER',
  'Cancillería de Venezuela': 'ORG',
  Belta: 'ORG',
};

test('the seed article: quotes, their speakers, and the quoted name of an agreement as a term', () => {
  const analysis = analyse(seedPassage, 'es', seedNames);
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['"acuerdo de asociación estratégica y cooperación"'],
  );
  const quotes = summary(analysis);
  assert.equal(quotes.length, 5);
  assert.match(quotes[0].text, /^“Acordamos que,.*Venezuela”$/u);
  // The uncued "reafirmaron …" goes on with the Kremlin readout quoted earlier in its paragraph.
  assert.deepEqual(
    quotes.map((quote) => quote.speaker),
    ['Lukashenko', 'el Kremlin', 'la oficina presidencial rusa', 'la oficina presidencial rusa', 'la Cancillería de Venezuela'],
  );
  assert.deepEqual(
    quotes.map((quote) => quote.mention),
    ['Lukashenko', 'Kremlin', 'Kremlin', 'Kremlin', 'Cancillería de Venezuela'],
  );
  for (const quote of analysis.quotes) assert.equal(quote.text, seedPassage.slice(quote.start, quote.end));
});

const conventions: { name: string; language: Language; text: string; names: Record<string, EntityType>; quotes: string[]; speakers: (string | null)[] }[] = [
  {
    name: 'guillemets with nested curly and single quotes',
    language: 'es',
    text: '«El pueblo dijo “basta” y el ministro repitió ‘no’», afirmó Petro.',
    names: { Petro: 'PER' },
    quotes: ['«El pueblo dijo “basta” y el ministro repitió ‘no’»'],
    speakers: ['Petro'],
  },
  {
    name: 'straight double quotes with nested straight single quotes, subject before the verb',
    language: 'en',
    text: `Sanders told the crowd: "My friends keep telling me, 'Feel the Bern,' and I do."`,
    names: { Sanders: 'PER' },
    quotes: [`"My friends keep telling me, 'Feel the Bern,' and I do."`],
    speakers: ['Sanders'],
  },
  {
    name: 'a quote interrupted by its attribution gives two quotes with one speaker',
    language: 'es',
    text: '“Acordamos que usted se tomaría el tiempo”, dijo Lukashenko, “para tomar la decisión pertinente”.',
    names: { Lukashenko: 'PER' },
    quotes: ['“Acordamos que usted se tomaría el tiempo”', '“para tomar la decisión pertinente”'],
    speakers: ['Lukashenko', 'Lukashenko'],
  },
  {
    name: 'a quote continued over paragraphs with an opening mark at each',
    language: 'en',
    text: 'Clinton said: “We will win this state.\n\n“And we will win the next one, and the one after that.”\n\nThe crowd cheered.',
    names: { Clinton: 'PER' },
    quotes: ['“We will win this state.\n\n“And we will win the next one, and the one after that.”'],
    speakers: ['Clinton'],
  },
  {
    name: 'a block quote opening its paragraph with a straight mark is not continued by speech in curly marks',
    language: 'en',
    text: 'The Post reports:\n\n"Kevin was snoring.\n\n“Here he is, babe,” she said.',
    names: {},
    quotes: ['"Kevin was snoring.', '“Here he is, babe,”'],
    speakers: ['The Post', 'she'],
  },
  {
    name: 'a transcript quoted over paragraphs is one quotation a turn, said by the person its label names',
    language: 'en',
    text: 'Gov. Tom Harlan spoke on Sunday. Partial transcript as follows:\n\n"BECKER: Will you be there?\n\n"(CROSSTALK.)\n\n"HARLAN: I will not.\n\n"VIDEO: They all told me so.\n\n"BECKER: Thank you, Governor."',
    names: { 'Tom Harlan': 'PER' },
    quotes: ['"BECKER: Will you be there?\n\n"(CROSSTALK.)', '"HARLAN: I will not.', '"VIDEO: They all told me so.', '"BECKER: Thank you, Governor."'],
    speakers: ['BECKER', 'HARLAN', null, 'BECKER'],
  },
  {
    name: 'Spanish continuation with » at the new paragraph',
    language: 'es',
    text: 'El ministro declaró: «No habrá recortes este año.\n\n»Tampoco el próximo».\n\nLa oposición calló.',
    names: {},
    quotes: ['«No habrá recortes este año.\n\n»Tampoco el próximo»'],
    speakers: ['El ministro'],
  },
  {
    name: 'dialogue dashes around the narrator',
    language: 'es',
    text: '—No pienso renunciar —dijo el alcalde—. Seguiré hasta el final.',
    names: {},
    quotes: ['—No pienso renunciar', 'Seguiré hasta el final.'],
    speakers: ['el alcalde', 'el alcalde'],
  },
  {
    name: 'inverted order in English with a time word between verb and speaker',
    language: 'en',
    text: '“The system is broken,” said on Tuesday the minister.',
    names: {},
    quotes: ['“The system is broken,”'],
    speakers: ['the minister'],
  },
  {
    name: 'according to and de acuerdo con name their source after them',
    language: 'en',
    text: 'The deal is “a disaster for our workers,” according to the union leader Mary Barra.',
    names: { 'Mary Barra': 'PER' },
    quotes: ['“a disaster for our workers,”'],
    speakers: ['the union leader Mary Barra'],
  },
  {
    name: 'a partial quotation inside reported speech belongs to its speaker',
    language: 'en',
    text: 'Trump said on Monday that the election was “rigged” against him.',
    names: { Trump: 'PER' },
    quotes: ['“rigged”'],
    speakers: ['Trump'],
  },
  {
    name: 'the agent of a passive report',
    language: 'es',
    text: 'La decisión fue “irreversible”, según lo anunciado por el Gobierno de Chile.',
    names: { 'Gobierno de Chile': 'ORG' },
    quotes: ['“irreversible”'],
    speakers: ['el Gobierno de Chile'],
  },
  {
    name: 'a subject before its apposition, with an addressee after the verb',
    language: 'en',
    text: '“It is over,” Jeff Weaver, Sanders’ campaign manager, told The Huffington Post.',
    names: { 'Jeff Weaver': 'PER', 'The Huffington Post': 'ORG' },
    quotes: ['“It is over,”'],
    speakers: ['Jeff Weaver, Sanders’ campaign manager'],
  },
  {
    name: 'a parenthesis between the subject and the verb',
    language: 'en',
    text: 'Sen. Ted Cruz (Tex.) has said he would “carpet-bomb” them.',
    names: { 'Ted Cruz': 'PER' },
    quotes: ['“carpet-bomb”'],
    speakers: ['Sen. Ted Cruz'],
  },
  {
    name: 'a gerund takes the subject of its sentence',
    language: 'en',
    text: 'In 2016, Mrs. Schlafly endorsed Donald Trump, saying he had “the courage and the energy” to win.',
    names: { Schlafly: 'PER', 'Donald Trump': 'PER' },
    quotes: ['“the courage and the energy”'],
    speakers: ['Mrs. Schlafly'],
  },
  {
    name: 'the attribution in the next sentence',
    language: 'en',
    text: 'The crowd laughed. “What kind of people do I have here?” Trump asked, looking pleased.',
    names: { Trump: 'PER' },
    quotes: ['“What kind of people do I have here?”'],
    speakers: ['Trump'],
  },
  {
    name: 'an uncued quotation takes its sentence subject',
    language: 'en',
    text: 'Sanders credited the victory to “a closed primary, something I am not enthusiastic about.”',
    names: { Sanders: 'PER' },
    quotes: ['“a closed primary, something I am not enthusiastic about.”'],
    speakers: ['Sanders'],
  },
  {
    name: 'a closed quotation opening the next paragraph goes on with its speaker',
    language: 'en',
    text: '“We will win this state,” Clinton said.\n\n“And we will govern it well for everyone.”\n\nThe polls closed at eight.',
    names: { Clinton: 'PER' },
    quotes: ['“We will win this state,”', '“And we will govern it well for everyone.”'],
    speakers: ['Clinton', 'Clinton'],
  },
  {
    name: 'de acuerdo con names its source after it',
    language: 'es',
    text: 'La economía crecerá “por encima del 3 %”, de acuerdo con el Banco de España.',
    names: { 'Banco de España': 'ORG' },
    quotes: ['“por encima del 3 %”'],
    speakers: ['el Banco de España'],
  },
  {
    name: 'a quoted sentence standing alone after an attributed one',
    language: 'es',
    text: '«Vamos a seguir trabajando», afirmó el mandatario. «No hay ninguna razón para convocar elecciones».',
    names: {},
    quotes: ['«Vamos a seguir trabajando»', '«No hay ninguna razón para convocar elecciones»'],
    speakers: ['el mandatario', 'el mandatario'],
  },
  {
    name: 'the outermost report of the clause, not a report of another clause',
    language: 'en',
    text: 'Trump said he had asked his “people” to help, but Clinton said it was “a stunt.”',
    names: { Trump: 'PER', Clinton: 'PER' },
    quotes: ['“people”', '“a stunt.”'],
    speakers: ['Trump', 'Clinton'],
  },
  {
    name: 'a cue in the sentence after, introducing a quotation of its own, is no attribution of the one before',
    language: 'en',
    text: '“I want a referendum,” Howard said. “The people are owed it.” The delegate David Mitchell said, “Nothing will save the republic.”',
    names: { Howard: 'PER', 'David Mitchell': 'PER' },
    quotes: ['“I want a referendum,”', '“The people are owed it.”', '“Nothing will save the republic.”'],
    speakers: ['Howard', 'Howard', 'The delegate David Mitchell'],
  },
  {
    name: "Penn Treebank's marks, as the wires' archives write them",
    language: 'en',
    text: "``I want a referendum,'' Howard said. ``The people are owed it.'' The delegate David Mitchell said, ``Nothing will save the republic.'' ``It will fall to dust.''",
    names: { Howard: 'PER', 'David Mitchell': 'PER' },
    quotes: ["``I want a referendum,''", "``The people are owed it.''", "``Nothing will save the republic.''", "``It will fall to dust.''"],
    speakers: ['Howard', 'Howard', 'The delegate David Mitchell', 'The delegate David Mitchell'],
  },
];

for (const convention of conventions) {
  test(`convention: ${convention.name}`, () => {
    const quotes = summary(analyse(convention.text, convention.language, convention.names));
    assert.deepEqual(
      quotes.map((quote) => quote.text),
      convention.quotes,
    );
    assert.deepEqual(
      quotes.map((quote) => quote.speaker),
      convention.speakers,
    );
  });
}

test('an unbalanced mark never swallows the following paragraphs', () => {
  const text = 'El diputado habló de “la crisis y se fue.\n\nEl Gobierno dijo que "no hay crisis".\n\nOtro párrafo más sin comillas.';
  const analysis = analyse(text, 'es');
  const all = [...analysis.quotes, ...analysis.terms];
  assert.ok(
    all.every((span) => !span.text.includes('\n')),
    JSON.stringify(all),
  );
  assert.deepEqual(summary(analysis), [{ text: '"no hay crisis"', speaker: 'El Gobierno', mention: null }]);
});

test('an opening mark left open in a paragraph gives way to the next quotation', () => {
  const text = 'El diputado habló de “la crisis y se fue. “No hay crisis”, dijo luego el ministro.';
  assert.deepEqual(summary(analyse(text, 'es')), [{ text: '“No hay crisis”', speaker: 'el ministro', mention: null }]);
});

test('scare quotes, titles and nicknames no one says are terms', () => {
  const text = 'Joaquín "El Chapo" Guzmán vio la película "Roma" en el llamado "palacio". The so-called "experts" disagreed.';
  const analysis = analyse(text, 'es');
  assert.deepEqual(analysis.quotes, []);
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['"El Chapo"', '"Roma"', '"palacio"', '"experts"'],
  );
});

test('English: a short phrase with no cue is said by a person or organisation named before it in its sentence, else it is a term', () => {
  const text =
    'Senator Alvarez promised a “clean slate” to farmers. She mocked the “paper tigers” of the committee. Since then Northwind Energy has sold its “green bonds” abroad. The river town voted for a “fresh start” last spring.';
  const analysis = analyse(text, 'en', { 'Senator Alvarez': 'PER', 'Northwind Energy': 'ORG' });
  assert.deepEqual(summary(analysis), [
    { text: '“clean slate”', speaker: 'Senator Alvarez', mention: 'Senator Alvarez' },
    { text: '“paper tigers”', speaker: 'She', mention: 'Senator Alvarez' },
    { text: '“green bonds”', speaker: 'Northwind Energy', mention: 'Northwind Energy' },
  ]);
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['“fresh start”'],
  );
});

test('Spanish keeps a short phrase with no cue a term, a person before it or not (no data says otherwise)', () => {
  const analysis = analyse('La alcaldesa Ruiz firmó un «pacto limpio» con los vecinos.', 'es', { Ruiz: 'PER' });
  assert.deepEqual(summary(analysis), []);
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['«pacto limpio»'],
  );
});

test('quote marks inside markup are no quotation marks', () => {
  const text =
    'Trump wrote on Twitter: "The media makes everything up!" <tweet id="747986907162877952" author="@realDonaldTrump" datetime="2016-06-29\n">Iron Mike Tyson was not asked to speak.</tweet>';
  const analysis = analyse(text, 'en', { Trump: 'PER' });
  assert.deepEqual(summary(analysis), [{ text: '"The media makes everything up!"', speaker: 'Trump', mention: 'Trump' }]);
  assert.deepEqual(analysis.terms, []);
});

test('an unattributed sentence in quotes is still a quotation', () => {
  const analysis = analyse('La pancarta era clara. "Queremos vivienda digna para todas las familias del barrio". Nadie respondió.', 'es');
  assert.deepEqual(summary(analysis), [{ text: '"Queremos vivienda digna para todas las familias del barrio"', speaker: null, mention: null }]);
});

test('pronouns and descriptions stand for the entity the text last named', () => {
  const text =
    'Nicolás Maduro habló ante la Asamblea. “No nos vamos a rendir”, afirmó el mandatario.\n\n' +
    'Hillary Clinton visited Ohio with Tim Kaine. “We are stronger together,” Clinton said. “This is our moment,” she added.';
  const analysis = analyse(text, 'unknown', {
    'Nicolás Maduro': 'PER',
    Asamblea: 'ORG',
    'Hillary Clinton': 'PER',
    'Tim Kaine': 'PER',
    Clinton: 'PER',
    Ohio: 'LOC',
  });
  assert.deepEqual(
    summary(analysis).map((quote) => [quote.speaker, quote.mention]),
    [
      ['el mandatario', 'Nicolás Maduro'],
      ['Clinton', 'Clinton'],
      ['she', 'Clinton'],
    ],
  );
});

test('a Spanish verb without a subject speaks for the last person named as a subject, in its paragraph or before', () => {
  const names: Record<string, EntityType> = { Maduro: 'PER', Caracas: 'LOC' };
  assert.deepEqual(summary(analyse('“No nos vamos a rendir”, afirmó Maduro en Caracas. “Venceremos”, añadió.', 'es', names)), [
    { text: '“No nos vamos a rendir”', speaker: 'Maduro', mention: 'Maduro' },
    { text: '“Venceremos”', speaker: 'Maduro', mention: 'Maduro' },
  ]);
  assert.deepEqual(summary(analyse('“No nos vamos a rendir”, afirmó Maduro en Caracas.\n\n“Venceremos”, añadió.', 'es', names)), [
    { text: '“No nos vamos a rendir”', speaker: 'Maduro', mention: 'Maduro' },
    { text: '“Venceremos”', speaker: 'Maduro', mention: 'Maduro' },
  ]);
  // An adverb opening the sentence is no subject: "También puntualizó" is Maduro's too.
  assert.deepEqual(summary(analyse('Maduro habló en Caracas. También puntualizó que “la revolución sigue”.', 'es', names)), [
    { text: '“la revolución sigue”', speaker: 'Maduro', mention: 'Maduro' },
  ]);
});

test('a name in apposition is the mention a description stands for', () => {
  const text =
    'El presidente del Gobierno, Pedro Sánchez, aseguró este martes que "no habrá adelanto electoral".\n\n' +
    '"No vamos a permitirlo", subrayó el ministro de Exteriores, José Manuel Albares, en rueda de prensa.\n\n' +
    '“It is over,” Jeff Weaver, Sanders’ campaign manager, told The Huffington Post.';
  const names: Record<string, EntityType> = {
    Gobierno: 'ORG',
    'Pedro Sánchez': 'PER',
    Exteriores: 'ORG',
    'José Manuel Albares': 'PER',
    'Jeff Weaver': 'PER',
    Sanders: 'PER',
  };
  assert.deepEqual(summary(analyse(text, 'unknown', names)), [
    { text: '"no habrá adelanto electoral"', speaker: 'El presidente del Gobierno, Pedro Sánchez', mention: 'Pedro Sánchez' },
    { text: '"No vamos a permitirlo"', speaker: 'el ministro de Exteriores, José Manuel Albares', mention: 'José Manuel Albares' },
    { text: '“It is over,”', speaker: 'Jeff Weaver, Sanders’ campaign manager', mention: 'Jeff Weaver' },
  ]);
});

test('a Spanish news passage with every convention', () => {
  const text = [
    ' date 2025-03-04 El Gobierno descarta un adelanto electoral + Seguir en',
    '',
    'El presidente del Gobierno, Pedro Sánchez, aseguró este martes que "no habrá adelanto electoral" y que la legislatura "llegará hasta 2027".',
    '',
    '«Vamos a seguir trabajando por el bienestar de los españoles», afirmó el mandatario en la rueda de prensa. «No hay ninguna razón para convocar elecciones».',
    '',
    '“Hemos cumplido lo que prometimos”, dijo Feijóo, “y lo volveremos a hacer”.',
    '',
    '—No vamos a permitir que nos den lecciones —respondió la portavoz del Ejecutivo, Pilar Alegría—. Este Gobierno cumple.',
    '',
    'De acuerdo con fuentes de Moncloa, la decisión "está tomada desde hace meses". En el acto se proyectó la película "Todo sobre mi madre".',
    '',
    'Según explicó el ministro de Economía: "La economía crecerá un 2,5 % este año.',
    '',
    '"Y el empleo seguirá creciendo en todos los sectores".',
  ].join('\n');
  const names: Record<string, EntityType> = {
    Gobierno: 'ORG',
    'Pedro Sánchez': 'PER',
    Feijóo: 'PER',
    Ejecutivo: 'ORG',
    'Pilar Alegría': 'PER',
    Moncloa: 'LOC',
    Economía: 'ORG',
  };
  const analysis = analyse(text, 'es', names);
  assert.deepEqual(
    analysis.quotes.map((quote) => [quote.text.slice(0, 12), quote.speaker?.text ?? null, quote.speakerMention?.text ?? null]),
    [
      ['"no habrá ad', 'El presidente del Gobierno, Pedro Sánchez', 'Pedro Sánchez'],
      ['"llegará has', 'El presidente del Gobierno, Pedro Sánchez', 'Pedro Sánchez'],
      ['«Vamos a seg', 'el mandatario', 'Pedro Sánchez'],
      ['«No hay ning', 'el mandatario', 'Pedro Sánchez'],
      ['“Hemos cumpl', 'Feijóo', 'Feijóo'],
      ['“y lo volver', 'Feijóo', 'Feijóo'],
      ['—No vamos a ', 'la portavoz del Ejecutivo, Pilar Alegría', 'Pilar Alegría'],
      ['Este Gobiern', 'la portavoz del Ejecutivo, Pilar Alegría', 'Pilar Alegría'],
      ['"está tomada', 'fuentes de Moncloa', 'Moncloa'],
      // Not the ministry, and not the president named before: the article names no minister of Economy.
      ['"La economía', 'el ministro de Economía', null],
    ],
  );
  assert.ok(analysis.quotes[9].text.endsWith('todos los sectores"'), 'the quotation goes on over its two paragraphs');
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['"Todo sobre mi madre"'],
  );
});

test('marks around a name alone make a term, even beside a verb of saying; a name ending a sentence of its own is said', () => {
  const text = 'El diario “El País” publicó ayer que la operación «Tormenta del Desierto» empezó en enero. The crowd chanted, "Bobby Scott."';
  const analysis = analyse(text, 'unknown', { 'El País': 'ORG', 'Tormenta del Desierto': 'MISC', 'Bobby Scott': 'PER' });
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['“El País”', '«Tormenta del Desierto»'],
  );
  assert.deepEqual(
    analysis.quotes.map((quote) => quote.text),
    ['"Bobby Scott."'],
  );
});

test('Spanish wire quotes the names of papers and firms: an organisation or place named alone in marks is a term, even after a verb of saying', () => {
  const text = 'Según el diario «Tishrin», el Gobierno sirio negó los hechos. Lo escribe hoy el "Daily News", que cita fuentes policiales.';
  const analysis = analyse(text, 'es', { Tishrin: 'ORG', 'Daily News': 'ORG', Gobierno: 'ORG' });
  assert.deepEqual(summary(analysis), []);
  assert.deepEqual(
    analysis.terms.map((term) => term.text),
    ['«Tishrin»', '"Daily News"'],
  );
});

test('a name in marks is no quotation the entity of a speaker skips: the paper that "el diario «Baaz»" names speaks', () => {
  const text =
    'El Gobierno sirio calló. Por su parte, el diario «Baaz», que refleja los puntos de vista del partido gobernante, considera que la retirada es "una derrota sin paliativos".';
  const analysis = analyse(text, 'es', { Gobierno: 'ORG', Baaz: 'ORG' });
  assert.deepEqual(
    analysis.quotes.map((quote) => quote.speakerMention?.text),
    ['Baaz'],
  );
});
