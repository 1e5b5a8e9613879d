// Scores the temporal tagger on the shared training data (TempEval-3 English TimeBank + AQUAINT,
// Spanish TimeBank) with TempEval-3's measures, beside chrono-node on the same articles.
//   npm run eval:dates                 scores per language
//   npm run eval:dates -- --errors es  also lists every miss, spurious match and wrong value
import { performance } from 'node:perf_hooks';
import { findTimeExpressions } from '../server/src/analysis/time';
import { tokenize } from '../server/src/analysis/tokens';
import { chronoTimexes } from './dates/chrono';
import type { DatedArticle } from './dates/corpus';
import { readTempEvalEnglish, readTimeBankSpanish } from './dates/corpus';
import type { Counts, Span } from './dates/score';
import { addCounts, align, emptyCounts, scores } from './dates/score';

const errorsFor = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : null;

function ours(article: DatedArticle): Span[] {
  const { tokens, sentences } = tokenize(article.text);
  return findTimeExpressions({ text: article.text, language: article.language, tokens, sentences, articleDate: article.creationDate });
}

function printErrors(article: DatedArticle, system: Span[]): void {
  const alignment = align(system, article.timexes);
  const show = (span: Span) => `"${article.text.slice(span.start, span.end)}" ${span.type} ${span.value}`;
  const context = (span: Span) => article.text.slice(Math.max(0, span.start - 40), span.end + 30).replace(/\s+/g, ' ');
  for (const span of alignment.missed) console.log(`MISS  ${article.id} ${article.creationDate} ${show(span)}   | ${context(span)}`);
  for (const span of alignment.spurious) console.log(`SPUR  ${article.id} ${article.creationDate} ${show(span)}   | ${context(span)}`);
  for (const [found, expected] of alignment.pairs) {
    const spanDiffers = found.start !== expected.start || found.end !== expected.end;
    if (spanDiffers) console.log(`SPAN  ${article.id} ${show(found)}  gold ${show(expected)}`);
    if (found.value !== expected.value || found.type !== expected.type)
      console.log(`VALUE ${article.id} ${article.creationDate} ${show(found)}  gold ${show(expected)}   | ${context(expected)}`);
  }
}

function row(name: string, counts: Counts): string {
  const s = scores(counts);
  const cells = [s.strictF1, s.strictP, s.strictR, s.relaxedF1, s.valueF1, s.typeAccuracy].map((number) => number.toFixed(1).padStart(11));
  return `${name.padEnd(22)}${cells.join('')}   (${counts.system} found, ${counts.gold} gold)`;
}

const corpora: [string, DatedArticle[]][] = [
  ['es (Spanish TimeBank)', readTimeBankSpanish()],
  ['en (TempEval-3 TBAQ)', readTempEvalEnglish()],
];

console.log(`${''.padEnd(22)}${['strict F1', 'strict P', 'strict R', 'relaxed F1', 'value F1', 'type acc'].map((title) => title.padStart(11)).join('')}`);
for (const [name, articles] of corpora) {
  const ourCounts = emptyCounts();
  const chronoCounts = emptyCounts();
  let taggerMs = 0;
  for (const article of articles) {
    const started = performance.now();
    const system = ours(article);
    taggerMs += performance.now() - started;
    addCounts(ourCounts, system, article.timexes, align(system, article.timexes));
    const baseline = chronoTimexes(article.text, article.language, article.creationDate);
    addCounts(chronoCounts, baseline, article.timexes, align(baseline, article.timexes));
    if (errorsFor === article.language) printErrors(article, system);
  }
  console.log(row(`${name}`, ourCounts));
  console.log(row('  chrono-node', chronoCounts));
  console.log(`  ${articles.length} articles, tokenizer + tagger ${(taggerMs / articles.length).toFixed(2)} ms an article`);
}
