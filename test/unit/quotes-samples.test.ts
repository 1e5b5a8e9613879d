// Every quotation of samples/, read as `newsmark annotate samples --format json` reads them (the
// analysis, then the corpus linking its entities): the words that say it, and the corpus entity a
// person's card lists it under.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { annotateAsJson, indexArticles } from '../../server/src/cli/annotate';
import { readArticleInputs } from '../../server/src/cli/inputs';
import { loadEntityRecognizer } from '../../server/src/models';

interface Row {
  article: string;
  /** The quotation's first characters. */
  opening: string;
  speaker: string | null;
  entity: string | null;
}

const elena = 'Elena Marín Ortega';
const carlos = 'Carlos Marín';
const iglesias = 'Ramón Iglesias Vidal';
const holloway = 'Margaret Holloway';
const lucia = 'Lucía Ferreiro Castro';

const rows: Row[] = [
  { article: 'en-01', opening: "“We're not asking", speaker: 'Marín', entity: elena },
  { article: 'en-01', opening: "“We're asking Brussels", speaker: 'Marín', entity: elena },
  // "A spokesman for the European Commission …, Ramon Iglesias, said …. "The rules don't change …," he said"
  { article: 'en-01', opening: '"The rules don\'t change', speaker: 'he', entity: iglesias },
  { article: 'en-01', opening: '"but they can change', speaker: 'he', entity: iglesias },
  { article: 'en-01', opening: "“I've heard", speaker: 'Carlos Marín', entity: carlos },
  { article: 'en-02', opening: '"Every day in port', speaker: 'Marín', entity: carlos },
  { article: 'en-02', opening: '"We can\'t wait', speaker: 'Marín', entity: carlos },
  // "skipper Lucia Ferreiro watched the harbour …. "It's twenty years …," she said"
  { article: 'en-02', opening: '"It\'s twenty years', speaker: 'she', entity: lucia },
  { article: 'en-02', opening: '"We live on what we catch', speaker: 'she', entity: lucia },
  { article: 'en-03', opening: '"We\'re seeing older boats', speaker: 'Holloway', entity: holloway },
  { article: 'en-03', opening: '"That\'s a combination', speaker: 'Holloway', entity: holloway },
  { article: 'en-03', opening: '"When the money arrives', speaker: 'She', entity: holloway },
  { article: 'en-04', opening: '"Ghost gear doesn\'t appear', speaker: 'Iglesias', entity: iglesias },
  { article: 'en-04', opening: '"It fishes every day', speaker: 'Iglesias', entity: iglesias },
  // "Her message to ship owners was blunt: "…"": the possessive names the author.
  { article: 'en-04', opening: '"If you can\'t find your gear', speaker: 'Her message', entity: holloway },
  { article: 'en-05', opening: '"It\'s not the end', speaker: 'Marín', entity: elena },
  { article: 'en-05', opening: '"Now the science', speaker: 'Marín', entity: elena },
  { article: 'en-05', opening: '“We have said from the beginning', speaker: 'Iglesias', entity: iglesias },
  { article: 'en-05', opening: '“That is what ministers asked', speaker: 'Iglesias', entity: iglesias },
  { article: 'en-05', opening: '"too many weeks"', speaker: 'Carlos Marín', entity: carlos },
  { article: 'es-01', opening: '"urgente"', speaker: 'La secretaria general de Pesca, Elena Marín Ortega', entity: elena },
  { article: 'es-01', opening: '“No pedimos un trato de favor”', speaker: 'Marín Ortega', entity: elena },
  { article: 'es-01', opening: '“pedimos que los datos', speaker: 'Marín Ortega', entity: elena },
  { article: 'es-01', opening: '“La Comisión estudiará', speaker: 'Iglesias Vidal', entity: iglesias },
  { article: 'es-02', opening: '«no va a quedarse amarrada', speaker: 'El presidente de la APA, Carlos Marín', entity: carlos },
  { article: 'es-02', opening: '«agotar la vía del diálogo»', speaker: 'El presidente de la APA, Carlos Marín', entity: carlos },
  // "Carlos Marín —sin parentesco con la secretaria general de Pesca, Elena Marín Ortega— lleva …": the subject, not the aside.
  { article: 'es-02', opening: '«Cuando la secretaria general', speaker: 'el dirigente de los armadores', entity: carlos },
  { article: 'es-02', opening: '«Ahora tiene que demostrarlo', speaker: 'el dirigente de los armadores', entity: carlos },
  { article: 'es-02', opening: '«Si el 24 de marzo', speaker: 'Xosé Lema Rial', entity: 'Xosé Lema Rial' },
  { article: 'es-03', opening: '«moderadamente optimista»', speaker: 'la responsable española', entity: elena },
  { article: 'es-03', opening: '«Hemos puesto sobre la mesa', speaker: 'Marín', entity: elena },
  // "Ramón Iglesias, por su parte, evitó comprometer plazos. «…», dijo, y añadió que …": the implied subject.
  { article: 'es-03', opening: '«La Comisión no cambia cuotas', speaker: 'Ramón Iglesias', entity: iglesias },
  { article: 'es-03', opening: '«con el mismo rigor', speaker: 'Ramón Iglesias', entity: iglesias },
  { article: 'es-04', opening: '—Llevo veinte años', speaker: 'Lucía Ferreiro Castro', entity: lucia },
  { article: 'es-04', opening: 'Aquí vivimos de lo que pescamos', speaker: 'Lucía Ferreiro Castro', entity: lucia },
  { article: 'es-04', opening: '«sin esperar a que pase la tormenta»', speaker: 'Marín', entity: carlos },
  { article: 'es-05', opening: '«un punto de partida»', speaker: 'Marín', entity: elena },
  { article: 'es-05', opening: '«una meta»', speaker: 'Marín', entity: elena },
  // "la responsable de Pesca respondió: «…»": the person named near Pesca, not the organisation.
  { article: 'es-05', opening: '«Entiendo el malestar', speaker: 'la responsable de Pesca', entity: elena },
  { article: 'es-05', opening: '«va en la buena dirección»', speaker: 'Su presidente, Carlos Marín', entity: carlos },
  { article: 'es-06', opening: '“Cuando un pescador de Peniche', speaker: 'Marín', entity: elena },
  { article: 'es-06', opening: '“Me dijo ‘el mar', speaker: 'Carvalho Pires', entity: 'Joana Carvalho Pires' },
  // "“…”, dijo a los periodistas portugueses y españoles": the addressee is no speaker; Iglesias is the implied subject.
  { article: 'es-06', opening: '“La Comisión recibirá', speaker: 'Iglesias', entity: iglesias },
  { article: 'es-06', opening: '«paso necesario»', speaker: 'Su presidente, Carlos Marín', entity: carlos },
  { article: 'es-06', opening: '«fechas, no declaraciones»', speaker: 'Su presidente, Carlos Marín', entity: carlos },
  // The first half of a quotation split by "cuenta Marín" takes the speaker after it.
  { article: 'es-07', opening: '«Antes discutíamos', speaker: 'Marín', entity: carlos },
  { article: 'es-07', opening: '«y ahora discutimos', speaker: 'Marín', entity: carlos },
  // "—¿Y qué les dice usted a los clientes? —le preguntamos.": the reporters ask; no one named.
  { article: 'es-07', opening: '—¿Y qué les dice usted', speaker: null, entity: null },
  // "un comprador de Ourense, Manuel Otero Barreiro, asiente. … —Que le pregunten al ministerio —responde".
  { article: 'es-07', opening: '—Que le pregunten al ministerio', speaker: 'Manuel Otero Barreiro', entity: 'Manuel Otero Barreiro' },
  { article: 'es-07', opening: '«Si este puerto se vacía', speaker: 'Marín', entity: carlos },
  { article: 'es-07', opening: '«Detrás de cada barco', speaker: 'Marín', entity: carlos },
];

test('every quotation of samples/: who says it and the entity it is listed under', async () => {
  const files = await readArticleInputs([join(__dirname, '../../samples')], (message) => assert.fail(message));
  const { index, articles } = indexArticles(createAnalyzer(loadEntityRecognizer(join(__dirname, '../../models'))), files);
  const found = annotateAsJson(index, articles).articles.flatMap((article) =>
    article.quotes.map((quote) => ({
      article: basename(article.path).slice(0, 5),
      text: quote.text,
      speaker: quote.speaker?.text ?? null,
      entity: quote.speakerEntity,
    })),
  );
  // The table lists every quotation, in order, and nothing else.
  assert.deepEqual(
    found.map((quote, at) => `${quote.article} ${quote.text.slice(0, rows[at]?.opening.length ?? 20)}`),
    rows.map((row) => `${row.article} ${row.opening}`),
  );
  assert.deepEqual(
    found.map((quote, at) => ({ article: quote.article, opening: rows[at].opening, speaker: quote.speaker, entity: quote.entity })),
    rows.map((row) => ({ article: row.article, opening: row.opening, speaker: row.speaker, entity: row.entity })),
  );
});
