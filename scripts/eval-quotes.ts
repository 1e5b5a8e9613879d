// Scores the quotation finder on PolNeAR: quote precision, recall, F1, speaker accuracy, and
// speaker-entity accuracy where the gold Source is a name; counts the errors by kind; checks the
// seed article's quotations.
// Usage: npm run eval:quotes [-- --split dev|train] [-- --errors FILE]
// The match rule is stated in scripts/quotes/score.ts; the gold in scripts/quotes/polnear.ts; the
// kinds of error in scripts/quotes/categories.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnalyzer } from '../server/src/analysis/analyze';
import type { EntityRecognizer } from '../server/src/analysis/entities';
import { findQuotations } from '../server/src/analysis/quotes';
import { linkArticleMentions } from '../server/src/corpus/articleLinks';
import { loadEntityRecognizer } from '../server/src/models';
import { speakerCategories, spanCategories } from './quotes/categories';
import { collectErrors, type ErrorEntry } from './quotes/errors';
import { loadArticles } from './quotes/polnear';
import { addTally, emptyTally, scoreArticle } from './quotes/score';
import { checkSeedArticle } from './quotes/seed';
import { dataPath } from './dataRoot';

const repository = join(__dirname, '..');
const polnear = dataPath('quotes/polnear');
// The seed article sits beside the data: ../shared/samples/seed-article.txt.
const seedArticle = dataPath('..', 'samples', 'seed-article.txt');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// Entities decide speakerMention; without a model the speakers are still scored.
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
const errors: ErrorEntry[] = [];
let namedSources = 0;
let rightEntities = 0;
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
  const found = collectErrors(article, score, linkArticleMentions(analysis.entities), analysis.terms);
  errors.push(...found.entries);
  namedSources += found.namedSources;
  rightEntities += found.rightEntities;
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
console.log(
  `speaker entity accuracy ${percent(rightEntities, namedSources).toFixed(1)} (${rightEntities}/${namedSources} matched quotations whose gold Source is a name)`,
);
console.log(`quotation finding took ${percent(quoteTime, analysisTime - quoteTime).toFixed(1)}% of the rest of the analysis time`);
console.log(
  'Match rule: quoted words (marks left out) overlap by at least half the longer span, one-to-one; a speaker is right when its span overlaps a gold Source span;',
);
console.log("  its entity is right when its speakerMention links (within the article) to the gold Source's name.");
console.log('\nErrors by kind:');
const categories = [...spanCategories, ...speakerCategories.map((category) => `speaker: ${category}`), 'speaker entity'];
for (const category of categories) console.log(`${String(errors.filter((entry) => entry.category === category).length).padStart(6)}  ${category}`);

const seed = checkSeedArticle(seedArticle, analyze);
if (seed === null) console.log('\nseed article: not found');
else if (seed.length === 0) console.log('\nseed article: every quotation, speaker and speaker entity right');
else console.log(`\nseed article: ${seed.length} problem(s)\n  ${seed.join('\n  ')}`);

const errorFile = option('errors');
if (errorFile) {
  const sections = categories.map((category) => {
    const entries = errors.filter((entry) => entry.category === category);
    return `# ${category} (${entries.length})\n\n${entries.map((entry) => entry.description).join('\n')}`;
  });
  writeFileSync(errorFile, sections.join('\n\n') + '\n');
}
