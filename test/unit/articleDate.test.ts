// Where an article's date comes from: its header line, a dateline near the top, or its file's path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInPath, findArticleDate, parseHeader } from '../../server/src/analysis/header';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { analyzerOf } from '../helpers/namedEntities';

const dateOf = (text: string, filePath?: string) => findArticleDate(text, parseHeader(text), filePath);

test('a date in the file name or in year/month/day folders dates the article', () => {
  assert.equal(dateInPath('file:///news/politico_2016-01-27_trump-skips-the-debate.txt'), '2016-01-27');
  assert.equal(dateInPath('/archive/2016/01/27/trump-skips-the-debate.txt'), '2016-01-27');
  assert.equal(dateInPath('C:\\archive\\2016\\01\\27\\slug.txt'), '2016-01-27');
  assert.equal(dateInPath('2025-12-11-madrid.txt'), '2025-12-11');
});

test('a folder named by a date, a number run or an impossible day does not', () => {
  assert.equal(dateInPath('/backup-2019-01-01/articles/slug.txt'), null);
  assert.equal(dateInPath('/news/report-12016-01-27.txt'), null);
  assert.equal(dateInPath('/news/politico_2016-02-30_slug.txt'), null);
  assert.equal(dateInPath('/news/2016/01/slug.txt'), null);
});

test('the header wins, then a dateline with its year, then the path, then a dateline without a year', () => {
  const path = 'politico_2016-01-27_slug.txt';
  assert.deepEqual(dateOf(' date 2025-12-11 Un titular\n\nTexto.', path), { date: '2025-12-11', source: 'header' });
  assert.deepEqual(dateOf('LONDON 1996-08-30\n\nText.', path), { date: '1996-08-30', source: 'dateline' });
  assert.deepEqual(dateOf('Madrid, 23 may (EFE).- El ministro habló.', path), { date: '2016-01-27', source: 'fileName' });
  assert.deepEqual(dateOf('Madrid, 23 may (EFE).- El ministro habló.'), { date: 'XXXX-05-23', source: 'dateline' });
  assert.deepEqual(dateOf('The senator spoke on Tuesday.', path), { date: '2016-01-27', source: 'fileName' });
  assert.deepEqual(dateOf('The senator spoke on Tuesday.'), { date: null, source: null });
});

test('the corpus passes an article its URI, so relative dates resolve against the date in its name', () => {
  const index = new CorpusIndex(analyzerOf({}));
  const dated = index.setArticle('file:///polnear/politico_2016-01-27_debate.txt', 'The senator spoke yesterday in Iowa.');
  assert.equal(dated.analysis.date, '2016-01-27');
  assert.deepEqual(
    dated.analysis.timexes.map((timex) => [timex.text, timex.value]),
    [['yesterday', '2016-01-26']],
  );
  const undated = index.setArticle('file:///polnear/debate.txt', 'The senator spoke yesterday in Iowa.');
  assert.equal(undated.analysis.date, null);
  assert.equal(undated.analysis.timexes[0]?.value, null);
});
