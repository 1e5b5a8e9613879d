import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/analysis/tokens';

const words = (text: string) => tokenize(text).tokens.map((token) => token.text);
const sentences = (text: string) => tokenize(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));

test('news typography splits into the tokens the tagger expects', () => {
  const cases: [string, string[]][] = [
    [
      '«Es una vergüenza», dijo Jean-Luc Mélenchon —líder de LFI— a “Le Monde”.',
      ['«', 'Es', 'una', 'vergüenza', '»', ',', 'dijo', 'Jean-Luc', 'Mélenchon', '—', 'líder', 'de', 'LFI', '—', 'a', '“', 'Le', 'Monde', '”', '.'],
    ],
    ['J. R. R. Tolkien llegó a EE.UU. el lunes.', ['J.', 'R.', 'R.', 'Tolkien', 'llegó', 'a', 'EE.UU.', 'el', 'lunes', '.']],
    ["O'Brien's car and McDonald’s shares", ["O'Brien", "'s", 'car', 'and', 'McDonald', '’s', 'shares']],
    ['The U.S. Army paid $3.5 million (AP).', ['The', 'U.S.', 'Army', 'paid', '$', '3.5', 'million', '(', 'AP', ')', '.']],
    ['Dijo el Sr. García: "No".', ['Dijo', 'el', 'Sr.', 'García', ':', '"', 'No', '"', '.']],
    // A name joined by an ampersand or ending in a web domain is one token; a spaced or lower-case "&" is not.
    [
      "AT&T's S&P500 fund, H&M and Procter & Gamble; Q&a.",
      ['AT&T', "'s", 'S&P500', 'fund', ',', 'H&M', 'and', 'Procter', '&', 'Gamble', ';', 'Q', '&', 'a', '.'],
    ],
    ['La empresa ESES&S y Wappup.com, en www.mundoit.es.', ['La', 'empresa', 'ESES&S', 'y', 'Wappup.com', ',', 'en', 'www.mundoit.es', '.']],
    // Penn Treebank's quotation marks are one token each, as in the corpora the tagger learns from.
    ["``Well, no,'' said O'Neill's aide; `x'", ['``', 'Well', ',', 'no', ',', "''", 'said', "O'Neill", "'s", 'aide', ';', '`', 'x', "'"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(words(text), expected, text);
});

test('token offsets point into the original text', () => {
  const text = 'date\u00a0 Vladímir  Putin\thabló con “Maduro”…';
  for (const token of tokenize(text).tokens) assert.equal(text.slice(token.start, token.end), token.text);
  const tail = tokenize(text, text.indexOf('Putin'), text.indexOf('con')).tokens.map((token) => token.text);
  assert.deepEqual(tail, ['Putin', 'habló']);
});

test('sentences end at final punctuation, closing quotes and blank lines, not at abbreviations or initials', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith disagreed. The U.S. Army said so.', ['Mr. Smith disagreed.', 'The U.S. Army said so.']],
    ['“Acordamos eso.” Dijo Lukashenko.', ['“Acordamos eso.”', 'Dijo Lukashenko.']],
    ["''We are not leaving.'' He said it twice.", ["''We are not leaving.''", 'He said it twice.']],
    ["Howard said. ``We are not leaving.'' He left.", ['Howard said.', "``We are not leaving.''", 'He left.']],
    ['PUTIN MEETS MADURO\n\nEl Kremlin habló.', ['PUTIN MEETS MADURO', 'El Kremlin habló.']],
    ['Lo dijo J. R. R. Tolkien. Nadie más.', ['Lo dijo J. R. R. Tolkien.', 'Nadie más.']],
    ['una línea partida\nen dos renglones.', ['una línea partida\nen dos renglones.']],
    // Balonmano's abbreviation before a club's name in a list of champions.
    ['Campeones: 1958-59 BM. GRANOLLERS 1959-60 BM. GRANOLLERS.', ['Campeones: 1958-59 BM. GRANOLLERS 1959-60 BM. GRANOLLERS.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(sentences(text), expected, text);
});
