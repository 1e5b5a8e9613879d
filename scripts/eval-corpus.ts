// `npm run eval:corpus`: scores the corpus level (entity names, types and cross-document links) on the
// CoNLL dev sets made into article files, beside mention F1; `-- --folder DIR` lists the 30 largest
// entities of any folder of articles for a person to read; `-- --write SET --out DIR` writes a CoNLL
// set (esp.train, esp.testa, eng.train, eng.testa) as article files, to open in the editor, each with its
// gold entities beside it in brat standoff.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../server/src/analysis/analyze';
import { annotateAsJson, indexArticles } from '../server/src/cli/annotate';
import { entityTable } from '../server/src/corpus/entities';
import { readArticleInputs } from '../server/src/cli/inputs';
import { loadEntityRecognizer } from '../server/src/models';
import { documentsToArticles, type GoldArticle } from './corpus/conllArticles';
import { scoreCorpus } from './corpus/scores';
import { readConllFile } from './ner/conll';
import { dataRoot } from './dataRoot';
import { loadDevSet } from './ner/datasets';

const analyzer = createAnalyzer(loadEntityRecognizer(resolve(__dirname, '../models')));
const conllFiles: Record<string, string> = {
  'esp.train': 'ner/conll2002-es/esp.train',
  'esp.testa': 'ner/conll2002-es/esp.testa',
  'eng.train': 'ner/conll2003-en/eng.train',
  'eng.testa': 'ner/conll2003-en/eng.testa',
};

const percent = (value: number) => (value * 100).toFixed(2);

function scoreDevSet(language: 'es' | 'en'): void {
  const gold = documentsToArticles(loadDevSet(language), language === 'es' ? 'esp.testa' : 'eng.testa');
  const { index, articles } = indexArticles(
    analyzer,
    gold.map((article) => ({ path: article.name, text: article.text })),
  );
  const scores = scoreCorpus(gold, annotateAsJson(index, articles).articles);
  const { mentions, linking } = scores;
  console.log(`${language === 'es' ? 'esp.testa' : 'eng.testa'} (${gold.length} articles)`);
  console.log(`  mentions         P ${percent(mentions.precision)}  R ${percent(mentions.recall)}  F1 ${percent(mentions.f1)}`);
  console.log(`  canonical names  ${percent(scores.canonicalNames)}% of linked mentions`);
  // An entity is a name and a type and every mention shows its entity's type, so each entity has one
  // type; what a reader can still see is one name in two colours, when a name keeps two entities.
  console.log(`  one type         100.00% of linked mentions by entity (name and type); ${percent(scores.oneType)}% under a name shown in one type`);
  console.log(
    `  linking B³       P ${percent(linking.precision)}  R ${percent(linking.recall)}  F1 ${percent(linking.f1)} (${linking.mentions} mentions with gold spans)`,
  );
  const list = (items: string[]) => items.slice(0, 12).join('; ') || 'none';
  console.log(`  names that are no gold name of their type: ${list(scores.badNames.map((bad) => `${bad.name} (${bad.type}, ${bad.mentions})`))}`);
  console.log(`  names shown with several types: ${list(scores.mixedTypes.map((mixed) => `${mixed.name} (${mixed.types})`))}`);
}

async function listLargestEntities(folder: string): Promise<void> {
  const files = await readArticleInputs([folder], () => undefined);
  const { index } = indexArticles(analyzer, files);
  const rows = entityTable(index).slice(0, 30);
  console.log(`The 30 largest entities of ${folder} (${files.length} articles)`);
  for (const entity of rows) {
    const aliases = entity.aliases.filter((alias) => alias !== entity.name).slice(0, 6);
    console.log(
      `  ${entity.name.padEnd(32)} ${entity.type.padEnd(4)} ${String(entity.mentions.length).padStart(6)} mentions ${String(entity.articleCount).padStart(5)} articles  ${aliases.join(', ')}`,
    );
  }
}

function writeArticles(set: string, out: string): void {
  const file = conllFiles[set];
  if (!file) throw new Error(`unknown set '${set}' (${Object.keys(conllFiles).join(', ')})`);
  const articles: GoldArticle[] = documentsToArticles(readConllFile(join(dataRoot, file)), set);
  mkdirSync(out, { recursive: true });
  for (const article of articles) {
    writeFileSync(join(out, article.name), article.text);
    const annotations = article.mentions.map((mention, i) => `T${i + 1}\t${mention.type} ${mention.start} ${mention.end}\t${mention.text}`);
    writeFileSync(join(out, article.name.replace(/\.txt$/, '.ann')), annotations.join('\n') + (annotations.length ? '\n' : ''));
  }
  console.log(`${articles.length} articles of ${set} written to ${out}, with their gold entities in brat standoff (.ann)`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { folder: { type: 'string' }, write: { type: 'string' }, out: { type: 'string' } } });
  if (values.write) return writeArticles(values.write, values.out ?? `/tmp/newsmark-${values.write}`);
  if (values.folder) return listLargestEntities(values.folder);
  scoreDevSet('es');
  scoreDevSet('en');
}

main().catch((error: unknown) => {
  console.error(`eval:corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
