// Speech or term: classification rules learned from the errors of the PolNeAR training split
// (docs/quotes.md), each on invented sentences, with a case the rule must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotationsOf as analyse } from '../helpers/speakerCases';
import type { QuotationAnalysis } from '../../server/src/analysis/types';

const quoted = (analysis: QuotationAnalysis) => analysis.quotes.map((quote) => quote.text);
const terms = (analysis: QuotationAnalysis) => analysis.terms.map((term) => term.text);

test('a headline credited to its writer, or a slogan dated in brackets, is a work cited: a term', () => {
  const text = [
    'HARBOUR NOTES — "Lanterns return to the old harbour festival," by Tidewater Post\'s Ada Quill.',
    'The party printed “Bread before borders and walls” (2011) and “Open every gate tonight” (2014).',
    'The plan was called “reckless and hasty” by Okafor.',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { 'Ada Quill': 'PER', Okafor: 'PER' });
  assert.deepEqual(terms(analysis), ['"Lanterns return to the old harbour festival,"', '“Bread before borders and walls”', '“Open every gate tonight”']);
  // A passive speech verb's agent after "by" reports the words.
  assert.deepEqual(quoted(analysis), ['“reckless and hasty”']);
});

test('a passage quoted after a cited headline’s credit and a colon is the work’s text, not speech', () => {
  const text = [
    'HARBOUR NOTES — "Lanterns return to the old harbour," by Tidewater Post\'s Ada Quill: "The lanterns went up again on Friday, after ten years."',
    'Okafor wrote to the council: "The lanterns went up again on Friday."',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { 'Ada Quill': 'PER', Okafor: 'PER' });
  assert.deepEqual(terms(analysis), ['"Lanterns return to the old harbour,"', '"The lanterns went up again on Friday, after ten years."']);
  assert.deepEqual(quoted(analysis), ['"The lanterns went up again on Friday."']);
});

test('a title given after "as" or "titled" is the name someone gave: said, not a term in its place', () => {
  const text = [
    'At the rally, Okafor again hailed the governor as “Little Harbour Boss” and moved on.',
    'The campaign released a new advertisement titled “Bread First” on Monday.',
    'The band played at the Harbour Festival on “Lantern Night” with the choir.',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { Okafor: 'PER' });
  assert.deepEqual(quoted(analysis), ['“Little Harbour Boss”', '“Bread First”']);
  // After another preposition, a title stays the name of a thing in its place.
  assert.deepEqual(terms(analysis), ['“Lantern Night”']);
});

test('a capitalised sentence standing alone in double marks is said; in single straight marks it is a subhead', () => {
  const text = [
    '“Here comes the mayor,” Okafor said, waving. “The Boss. Harbour Boss.”',
    "The council met on Monday. 'A Harbour Reborn.' The vote was close.",
    'The band played “Harbour Lights” all night.',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { Okafor: 'PER' });
  assert.deepEqual(quoted(analysis), ['“Here comes the mayor,”', '“The Boss. Harbour Boss.”']);
  assert.deepEqual(terms(analysis), ["'A Harbour Reborn.'", '“Harbour Lights”']);
});

test('a title after the noun it names is a term, an acronym among that noun’s modifiers too', () => {
  const text = '“We will see,” said Okafor, who is also a host on the TV show “Harbour Nights.” She spoke on the BBC program “Morning Tide” too.';
  const analysis = analyse(text, 'en', { Okafor: 'PER' });
  assert.deepEqual(quoted(analysis), ['“We will see,”']);
  assert.deepEqual(terms(analysis), ['“Harbour Nights.”', '“Morning Tide”']);
});

test('a title right after a speech verb is what was said or written; after "told" it is who was spoken to', () => {
  const text = [
    'Outside the hall, protesters held signs and were chanting “Dump Harbour Boss” until dawn.',
    'Okafor wore a cap that read “Bread Before Borders” on Monday.',
    'Okafor told “Morning Tide Weekly” that the vote was close.',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { Okafor: 'PER' });
  assert.deepEqual(quoted(analysis), ['“Dump Harbour Boss”', '“Bread Before Borders”']);
  assert.deepEqual(terms(analysis), ['“Morning Tide Weekly”']);
});

test('a quotation right after a work its owner is named for titles it, whatever its words', () => {
  const text = [
    'The director makes this clear in her stunning new documentary “Tide.” Okafor said the film was “a reckoning.”',
    'LETTERS. Ada Quill\' commentary, "Mayor, tell your harbour story," is very thoughtful.',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { Okafor: 'PER', 'Tom Rivers': 'PER' });
  assert.deepEqual(terms(analysis), ['“Tide.”', '"Mayor, tell your harbour story,"']);
  assert.deepEqual(quoted(analysis), ['“a reckoning.”']);
});

test('a pronoun alone in marks is the word talked about, a term', () => {
  const text = 'Why vote for Okafor, unless simply because "she" is a "he"? A loud, white "he." Okafor said, "We."';
  const analysis = analyse(text, 'en', { Okafor: 'PER' });
  assert.deepEqual(terms(analysis), ['"she"', '"he"', '"he."']);
  // Said right after its cue, it is speech.
  assert.deepEqual(quoted(analysis), ['"We."']);
});

test('a title naming the work after it is a term; a naming cue after a gerund or a preposition is a noun', () => {
  const text = [
    'Okafor, speaking to me for the “Off Tide” podcast, said the port was “a mess.”',
    'By noon, Rev. Ada Quill began taking calls from listeners to her “Keeping It Real” radio program.',
  ].join('\n\n');
  const analysis = analyse(text, 'en', { Okafor: 'PER', 'Ada Quill': 'PER' });
  assert.deepEqual(terms(analysis), ['“Off Tide”', '“Keeping It Real”']);
  assert.deepEqual(quoted(analysis), ['“a mess.”']);
});
