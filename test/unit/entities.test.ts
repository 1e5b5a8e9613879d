import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromBilou, isAllowedTransition, labelOf, spansOfLabels, toBilou } from '../../server/src/analysis/entities/bilouLabels';
import { normaliseForm, wordInfo, wordShape } from '../../server/src/analysis/entities/text-features';
import { Gazetteer, type GazetteerData } from '../../server/src/analysis/entities/gazetteerIndex';
import { longerNameMembership, readDocumentContext, RunPosition, SentenceCase, WordFact } from '../../server/src/analysis/entities/document-context';
import { extractDocumentFeatures } from '../../server/src/analysis/entities/tokenFeatures';
import { maskTransitions, viterbi } from '../../server/src/analysis/entities/viterbi';
import { labelCount } from '../../server/src/analysis/entities/bilouLabels';
import { toIob2, labelStrings } from '../../scripts/ner/corpus';
import { parseConll } from '../../scripts/ner/conll';
import { EntityScorer } from '../../scripts/ner/conlleval';
import { harmoniseTypes } from '../../server/src/analysis/entities/consistency';
import { tagClubsNamedByTown } from '../../server/src/analysis/entities/clubs';
import { sharedGazetteer } from '../../server/src/analysis/entities/bundledGazetteer';
import { recasedCopies } from '../../scripts/ner/augment';
import { includeEnclosingQuotes } from '../../scripts/ner/quote-convention';

const emptyGazetteerData: GazetteerData = { country: [], region: [], continent: [], firstName: [], lastName: [], organisationForm: [] };

test('word shapes collapse repeated character classes', () => {
  const cases: [string, string][] = [
    ['Putin', 'Xx'],
    ['EE.UU.', 'X.X.'],
    ['F/A-18', 'X/X-d'],
    ['reuters', 'x'],
    ['1996-08-22', 'd-d-d'],
    ['McDonald', 'XxXx'],
  ];
  for (const [word, shape] of cases) assert.equal(wordShape(word), shape, word);
});

test('typographic variants normalise to the CoNLL spelling', () => {
  const cases: [string, string][] = [
    ['“', '"'],
    ['»', '"'],
    ['—', '-'],
    ['O’Brien', "O'Brien"],
    ['2025', '0000'],
    ['Kremlin', 'Kremlin'],
  ];
  for (const [token, form] of cases) assert.equal(normaliseForm(token), form, token);
});

test('IOB1 tags become IOB2 labels, entity by entity', () => {
  const iob1 = ['I-ORG', 'O', 'I-MISC', 'I-PER', 'I-PER', 'B-PER', 'I-PER', 'O'];
  assert.deepEqual(labelStrings(toIob2(iob1)), ['B-ORG', 'O', 'B-MISC', 'B-PER', 'I-PER', 'B-PER', 'I-PER', 'O']);
  assert.deepEqual(labelStrings(toIob2(['B-person', 'I-person', 'B-corporation', 'B-LOC'])), ['B-PER', 'I-PER', 'B-ORG', 'B-LOC']);
});

test('spans follow conlleval: a stray I- label opens an entity, a type change closes one', () => {
  const labels = ['O', 'I-PER', 'I-PER', 'I-ORG', 'B-LOC', 'B-LOC', 'I-LOC'].map(labelOf);
  assert.deepEqual(spansOfLabels(labels), [
    { start: 1, end: 3, type: 'PER' },
    { start: 3, end: 4, type: 'ORG' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 7, type: 'LOC' },
  ]);
});

test('BILOU: only an entity of the same type may continue, and an open one must', () => {
  const cases: [string, string, boolean][] = [
    ['O', 'I-PER', false],
    ['O', 'L-PER', false],
    ['O', 'U-PER', true],
    ['B-ORG', 'I-LOC', false],
    ['B-ORG', 'L-ORG', true],
    ['B-ORG', 'O', false],
    ['I-ORG', 'B-ORG', false],
    ['L-MISC', 'B-MISC', true],
    ['U-MISC', 'U-MISC', true],
    ['L-PER', 'I-PER', false],
  ];
  for (const [previous, label, allowed] of cases) assert.equal(isAllowedTransition(labelOf(previous), labelOf(label)), allowed, `${previous} → ${label}`);
});

test('IOB2 labels become BILOU and back, with the same entities', () => {
  const iob2 = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-LOC', 'B-ORG'];
  const bilou = toBilou(Uint8Array.from(iob2.map(labelOf)));
  assert.deepEqual(labelStrings(bilou), ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'I-LOC', 'L-LOC', 'U-ORG']);
  assert.deepEqual(spansOfLabels(bilou), spansOfLabels(iob2.map(labelOf)));
  assert.deepEqual(labelStrings(fromBilou(bilou.slice())), iob2);
  // An L- or U- label closes its entity even when the next label continues the type.
  assert.deepEqual(spansOfLabels(['U-PER', 'I-PER', 'L-PER'].map(labelOf)), [
    { start: 0, end: 1, type: 'PER' },
    { start: 1, end: 3, type: 'PER' },
  ]);
});

test('a name exactly between quotation marks takes them in, as esp.testa writes it', () => {
  const sentence = (tokens: string[], tags: string[]) => ({ tokens, labels: Uint8Array.from(tags.map(labelOf)) });
  const [titled, apart, untouched] = includeEnclosingQuotes([
    sentence(['la', 'película', '"', 'La', 'vida', 'es', 'silbar', '"', '.'], ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O', 'O']),
    sentence(['"', 'Pelé', '"', '"', 'Santos', '"'], ['O', 'B-PER', 'O', 'O', 'B-ORG', 'O']),
    sentence(['"', 'Ayer', 'llegó', 'Putin', '"'], ['O', 'O', 'O', 'B-PER', 'O']),
  ]);
  assert.deepEqual(labelStrings(titled.labels), ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O']);
  assert.deepEqual(labelStrings(apart.labels), ['B-PER', 'I-PER', 'I-PER', 'B-ORG', 'I-ORG', 'I-ORG']);
  // Quotation marks around more than the name stay outside it.
  assert.deepEqual(labelStrings(untouched.labels), ['O', 'O', 'O', 'B-PER', 'O']);
});

test('Viterbi never outputs a forbidden transition, however strong the emission', () => {
  // Token 0 prefers O a little; token 1 prefers I-PER strongly but may only have it after a PER label.
  const scores = new Float64Array(2 * labelCount);
  scores[labelOf('O')] = 1;
  scores[labelOf('B-PER')] = 0.5;
  scores[labelCount + labelOf('I-PER')] = 5;
  const labels = viterbi(scores, maskTransitions(new Float32Array((labelCount + 1) * labelCount)));
  assert.deepEqual(labelStrings(labels), ['B-PER', 'I-PER']);
});

test('the gazetteer marks the longest entry from a capitalised token, accent- and case-blind', () => {
  const gazetteer = new Gazetteer({ ...emptyGazetteerData, country: ['Estados Unidos', 'Bielorrusia'], lastName: ['Salazar'] }, ['Moscú', 'Estados']);
  const words = ['En', 'ESTADOS', 'UNIDOS', 'y', 'moscu', 'Moscu', 'SALAZAR'];
  const tags = gazetteer.match(words.map(wordInfo));
  const countryFirst = 1 << 0;
  const countryLater = 1 << 1;
  const city = 1 << 6;
  const lastName = 1 << 10;
  assert.deepEqual(Array.from(tags), [0, countryFirst, countryLater, 0, 0, city, lastName]);
});

test('document context links a short mention to the longer name and spots headline case', () => {
  const sentences = [
    ['PUTIN', 'MEETS', 'MADURO'],
    ['El', 'presidente', 'Vladímir', 'Putin', 'habló', 'con', 'la', 'Cancillería', 'de', 'Venezuela', '.'],
    ['Putin', 'dijo', 'que', 'el', 'acuerdo', 'sigue', '.'],
  ];
  const context = readDocumentContext(sentences.map((sentence) => sentence.map(wordInfo)));
  assert.deepEqual(context.sentenceCase, [SentenceCase.Upper, SentenceCase.Normal, SentenceCase.Normal]);
  const headline = readDocumentContext([['Putin', 'Backs', 'Maduro', 'Amid', 'Tensions'].map(wordInfo)]);
  assert.deepEqual(headline.sentenceCase, [SentenceCase.Title]);
  // "Putin" alone is the last word of "Vladímir Putin"; "Cancillería" the first of "Cancillería de Venezuela".
  assert.equal(longerNameMembership(context.wordFacts[2][0]), 2);
  assert.equal(longerNameMembership(context.wordFacts[1][7]), 1);
  assert.deepEqual(Array.from(context.runPositions[1].slice(7, 10)), [RunPosition.First, RunPosition.Middle, RunPosition.Last]);
  // "El" opens a sentence here but the article writes "el" in lower case, so it starts no name.
  assert.equal(context.runPositions[1][0], RunPosition.None);
  assert.ok(context.wordFacts[1][2] & WordFact.CapitalisedMidSentence, 'Vladímir is capitalised mid-sentence');
  assert.ok(context.wordFacts[1][1] & WordFact.LowerCaseSomewhere, 'presidente is in lower case');
  assert.equal(context.wordFacts[1][3] & WordFact.LowerCaseSomewhere, 0, 'Putin is never in lower case');
});

test('features are deterministic, within the hash range, and see the rest of the document', () => {
  const settings = { hashBits: 12, gazetteer: new Gazetteer(emptyGazetteerData, []) };
  const alone = extractDocumentFeatures([['Putin', 'habló', '.']], settings);
  const again = extractDocumentFeatures([['Putin', 'habló', '.']], settings);
  const withName = extractDocumentFeatures(
    [
      ['Putin', 'habló', '.'],
      ['Ayer', 'Vladímir', 'Putin', 'llegó', 'a', 'la', 'reunión', 'anual', '.'],
    ],
    settings,
  );
  assert.deepEqual(alone, again);
  assert.equal(alone[0].offsets.length, 4);
  assert.ok(Array.from(alone[0].rows).every((row) => row < 1 << 12));
  const putinFeatures = (features: typeof alone) => Array.from(features[0].rows.slice(features[0].offsets[0], features[0].offsets[1]));
  assert.ok(putinFeatures(withName).length > putinFeatures(alone).length, 'the longer name elsewhere adds document features');
});

test('CoNLL files split into documents at -DOCSTART-, at wire datelines, or else by sentence', () => {
  const english = '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n';
  const englishDocuments = parseConll(english);
  assert.equal(englishDocuments.length, 2);
  assert.deepEqual(labelStrings(englishDocuments[1][0].labels), ['B-PER', 'I-PER']);
  const spanish = 'Madrid B-LOC\n,\tO\n23 O\n( O\nEFE B-ORG\n) O\n\nHola O\n\nLima B-LOC\n( O\nEFE B-ORG\n) O\n\nAdiós O\n';
  assert.deepEqual(
    parseConll(spanish).map((document) => document.length),
    [2, 2],
  );
  assert.deepEqual(
    parseConll('Hola O\n\nAdiós O\n').map((document) => document.length),
    [1, 1],
  );
});

test('scores need the exact span and type', () => {
  const scorer = new EntityScorer();
  const gold = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG'].map(labelOf);
  const predicted = ['B-PER', 'O', 'O', 'B-LOC', 'B-MISC'].map(labelOf);
  scorer.add(gold, predicted);
  const overall = scorer.overall();
  assert.deepEqual(overall.counts, { gold: 3, predicted: 3, correct: 1 });
  assert.ok(Math.abs(overall.f1 - 100 / 3) < 1e-9);
  assert.equal(scorer.perType().get('LOC')?.f1, 100);
});

test('a number inside a CoNLL-2003 entity keeps its tag, and UNER lines read their token column', () => {
  const [[english]] = parseConll('Interstate NNP I-NP I-LOC\n95 CD I-NP I-LOC\non IN I-PP O\n');
  assert.deepEqual(labelStrings(english.labels), ['B-LOC', 'I-LOC', 'O']);
  const [[uner], [second]] = parseConll(
    '# newdoc id = a\n# sent_id = a-1\n# text = in tampa bay\n1\tin\tO\t-\t-\n2\ttampa\tB-LOC\t-\tx\n3\tbay\tI-LOC\t-\tx\n\n# newdoc id = b\n# sent_id = b-1\n1\tok\tO\t-\t-\n',
  );
  assert.deepEqual(second.tokens, ['ok']);
  assert.deepEqual(uner.tokens, ['in', 'tampa', 'bay']);
  assert.deepEqual(labelStrings(uner.labels), ['O', 'B-LOC', 'I-LOC']);
});

test('one name keeps one type through an article, and is tagged wherever it recurs', () => {
  const sentences = [
    ['Bielorrusia', 'invita', 'a', 'Maduro'],
    ['Maduro', 'viajó', 'a', 'Bielorrusia'],
    ['Bielorrusia', 'lo', 'recibe'],
    ['El', 'Banco', 'Central', 'habló', 'y', 'Banco', 'Central', 'calló'],
  ];
  const labels = [
    ['B-LOC', 'O', 'O', 'B-PER'],
    ['O', 'O', 'O', 'B-MISC'],
    ['B-LOC', 'O', 'O'],
    ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O'],
  ].map((sentence) => Uint8Array.from(sentence.map(labelOf)));
  harmoniseTypes(sentences, labels);
  assert.deepEqual(labels.map(labelStrings), [
    ['B-LOC', 'O', 'O', 'B-PER'],
    ['B-PER', 'O', 'O', 'B-LOC'],
    ['B-LOC', 'O', 'O'],
    ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'O'],
  ]);
});

test('a place that acts stays an organisation where it acts, and a place where it is one', () => {
  const sentences = [
    ['Rusia', 'invita', 'a', 'Maduro'],
    ['Rusia', 'lo', 'apoya'],
    ['Maduro', 'viajó', 'a', 'Rusia'],
  ];
  const labels = [
    ['B-ORG', 'O', 'O', 'B-PER'],
    ['B-ORG', 'O', 'O'],
    ['B-PER', 'O', 'O', 'B-LOC'],
  ].map((sentence) => Uint8Array.from(sentence.map(labelOf)));
  const before = labels.map(labelStrings);
  harmoniseTypes(sentences, labels);
  assert.deepEqual(labels.map(labelStrings), before);
});

test("a person's surname standing alone in the article is that person, whatever the tagger typed it", () => {
  const sentences = [
    ['Nicolás', 'Maduro', 'llegó', 'a', 'Minsk'],
    ['Maduro', 'habló', 'con', 'Lukashenko'],
    ['Según', 'Maduro', ',', 'Minsk', 'espera'],
  ];
  const labels = [
    ['B-PER', 'I-PER', 'O', 'O', 'B-LOC'],
    ['B-LOC', 'O', 'O', 'B-PER'],
    ['O', 'B-MISC', 'O', 'B-LOC', 'O'],
  ].map((sentence) => Uint8Array.from(sentence.map(labelOf)));
  harmoniseTypes(sentences, labels);
  assert.deepEqual(labels.map(labelStrings), [
    ['B-PER', 'I-PER', 'O', 'O', 'B-LOC'],
    ['B-PER', 'O', 'O', 'B-PER'],
    ['O', 'B-PER', 'O', 'B-LOC', 'O'],
  ]);
});

test('a town named in brackets after a person, or after a masculine article, is its club where the language says so (a region takes the article itself)', () => {
  const sentences = [
    ['Marcaron', 'Tamudo', '(', 'Barcelona', ')', 'y', 'Delgado', '(', 'Uruguay', ')'],
    ['Vive', 'en', 'Sevilla', '(', 'España', ')', 'con', 'Raúl', ',', 'Málaga', ')'],
    ['El', 'Madrid', 'ganó', 'al', 'Parma', 'en', 'el', 'Líbano', 'y', 'en', 'Madrid'],
    ['Llegó', 'a', 'El', 'Cairo', 'desde', 'el', 'País', 'Vasco'],
    ['Viajó', 'por', 'el', 'Véneto', 'y', 'el', 'Tíbet'],
  ];
  const tagged = [
    ['O', 'B-PER', 'O', 'B-LOC', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O'],
    ['O', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O'],
    ['O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC'],
    ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC', 'I-LOC'],
    ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC'],
  ];
  const spanish = tagged.map((sentence) => Uint8Array.from(sentence.map(labelOf)));
  tagClubsNamedByTown(sentences, spanish, sharedGazetteer(), { inBracketsAfterPerson: true, articles: ['el', 'al', 'del'] });
  assert.deepEqual(spanish.map(labelStrings), [
    ['O', 'B-PER', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O'],
    tagged[1],
    ['O', 'B-ORG', 'O', 'O', 'B-ORG', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC'],
    tagged[3],
    tagged[4],
  ]);
  const english = tagged.map((sentence) => Uint8Array.from(sentence.map(labelOf)));
  tagClubsNamedByTown(sentences, english, sharedGazetteer(), { inBracketsAfterPerson: false, articles: [] });
  assert.deepEqual(english.map(labelStrings), tagged);
});

test('recased training copies keep their labels and follow headline style', () => {
  const document = [{ tokens: ['El', 'presidente', 'de', 'Rusia', 'habló'], labels: Uint8Array.from(['O', 'O', 'O', 'B-LOC', 'O'].map(labelOf)) }];
  const always = (rate: { titleCase: number; upperCase: number }) => recasedCopies([document], rate, () => 0);
  assert.deepEqual(always({ titleCase: 1, upperCase: 0 })[0][0].tokens, ['El', 'Presidente', 'de', 'Rusia', 'Habló']);
  assert.deepEqual(always({ titleCase: 0, upperCase: 1 })[0][0].tokens, ['EL', 'PRESIDENTE', 'DE', 'RUSIA', 'HABLÓ']);
  assert.deepEqual(labelStrings(always({ titleCase: 0, upperCase: 1 })[0][0].labels), ['O', 'O', 'O', 'B-LOC', 'O']);
  assert.equal(recasedCopies([document], { titleCase: 0, upperCase: 0 }, () => 0).length, 0);
});
