// Scores the quotation finder on PolNeAR: quote precision, recall, F1 and speaker accuracy.
// Usage: npm run eval:quotes [-- --split dev|train] [-- --errors FILE]
// The match rule is stated in scripts/quotes/score.ts; the gold in scripts/quotes/polnear.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../server/src/analysis/analyze';
import type { EntityRecognizer } from '../server/src/analysis/entities';
import { findQuotations } from '../server/src/analysis/quotes';
import { loadEntityRecognizer } from '../server/src/models';
import { loadArticles } from './quotes/polnear';
import { addTally, emptyTally, scoreArticle } from './quotes/score';
import { describeErrors } from './quotes/errors';
import { dataPath } from './dataRoot';

const repository = join(__dirname, '..');
const polnear = dataPath('quotes/polnear');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// Entities only decide speakerMention, which is not scored; without a model the speakers are still scored.
function entityRecognizer(): EntityRecognizer {
  try {
    return loadEntityRecognizer(join(repository, 'models'));
  } catch (error) {
    console.warn(`No entity model (${(error as Error).message}): scoring without entity mentions.`);
    return { recognize: () => [] };
  }
}

const split = option('split') ?? 'dev';
const articles = loadArticles(join(polnear, split));
const analyze = createAnalyzer(entityRecognizer());
const total = emptyTally();
const report: string[] = [];
let analysisTime = 0;
let quoteTime = 0;
for (const article of articles) {
  const started = performance.now();
  const analysis = analyze(article.text);
  analysisTime += performance.now() - started;
  const quoteStarted = performance.now();
  findQuotations(
    { text: article.text, language: analysis.language, tokens: analysis.tokens, sentences: analysis.sentences, articleDate: analysis.date },
    analysis.entities,
  );
  quoteTime += performance.now() - quoteStarted;
  const score = scoreArticle(article.text, analysis.quotes, article.quotes);
  addTally(total, score.tally);
  report.push(describeErrors(article, score));
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);
const precision = percent(total.matched, total.found);
const recall = percent(total.matched, total.gold);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
console.log(`PolNeAR ${split}: ${articles.length} articles, ${total.gold} gold quotations, ${total.found} found, ${total.matched} matched`);
console.log(`quote precision ${precision.toFixed(1)}  recall ${recall.toFixed(1)}  F1 ${f1.toFixed(1)}`);
console.log(
  `speaker accuracy ${percent(total.speakerRight, total.withSource).toFixed(1)} (${total.speakerRight}/${total.withSource} matched quotations whose gold has a Source)`,
);
console.log(`quotation finding took ${percent(quoteTime, analysisTime - quoteTime).toFixed(1)}% of the rest of the analysis time`);
console.log(
  'Match rule: quoted words (marks left out) overlap by at least half the longer span, one-to-one; a speaker is right when its span overlaps a gold Source span.',
);
const errors = option('errors');
if (errors) writeFileSync(errors, report.filter((entry) => entry.length > 0).join('\n'));
