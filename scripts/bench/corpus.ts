// A corpus of any size for `npm run bench`, made on the fly from real news text in the data folder
// (scripts/dataRoot.ts): PolNeAR's US political articles, the
// Reuters articles of CoNLL-2003 and the EFE wire of CoNLL-2002. Each generated article is a run of
// consecutive paragraphs of one real article under a header line with a date, about 1.5 KB like
// the wire archive of issue 14, so entities recur across articles as they do in an archive. The
// same count always gives the same files; they are written once under the system's temp folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { dataPath, dataRoot } from '../dataRoot';

const targetBytes = 1500;

/** The folder holding `count` generated articles, made if it is not there yet. */
export function benchCorpus(count: number): string {
  const folder = path.join(tmpdir(), `newsmark-bench-corpus-${count}`);
  if (existsSync(path.join(folder, '.complete'))) return folder;
  const sources = sourceArticles();
  if (sources.length === 0) throw new Error(`no real text found under ${dataRoot}`);
  const building = `${folder}.${process.pid}`;
  let seed = 20_160_101;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const source = sources[Math.floor(random() * sources.length)];
    const first = Math.floor(random() * source.length);
    const paragraphs: string[] = [];
    for (let at = first, bytes = 0; bytes < targetBytes && paragraphs.length < source.length; at = (at + 1) % source.length) {
      paragraphs.push(source[at]);
      bytes += source[at].length;
    }
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3000) * 86_400_000).toISOString().slice(0, 10);
    const title = paragraphs[0]
      .split(/(?<=[.!?])\s/)[0]
      .slice(0, 80)
      .trim();
    const directory = path.join(building, String(Math.floor(i / 500)).padStart(4, '0'));
    if (i % 500 === 0) mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, `${String(i).padStart(6, '0')}.txt`), ` date ${date} ${title}\n\n${paragraphs.join('\n\n')}\n`);
  }
  writeFileSync(path.join(building, '.complete'), '');
  renameSync(building, folder);
  return folder;
}

/** Real articles as lists of paragraphs. */
function sourceArticles(): string[][] {
  const articles: string[][] = [];
  for (const split of ['train', 'dev']) {
    const folder = dataPath('quotes/polnear', split, 'text');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const paragraphs = readFileSync(path.join(folder, name), 'utf8')
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph.length > 40);
      if (paragraphs.length > 0) articles.push(paragraphs);
    }
  }
  articles.push(...conllArticles(dataPath('ner/conll2003-en/eng.train'), (sentence) => sentence[0] === '-DOCSTART-'));
  articles.push(...conllArticles(dataPath('ner/conll2002-es/esp.train'), (sentence) => sentence.join(' ').includes('( EFE )')));
  return articles;
}

// Sentences of token lines, cut into articles where `startsArticle` says, three sentences a paragraph.
function conllArticles(file: string, startsArticle: (sentence: string[]) => boolean): string[][] {
  if (!existsSync(file)) return [];
  const articles: string[][][] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const sentence = block
      .split('\n')
      .map((line) => line.split(' ')[0])
      .filter(Boolean);
    if (sentence.length === 0) continue;
    if (startsArticle(sentence) || articles.length === 0) articles.push([]);
    if (sentence[0] !== '-DOCSTART-') articles[articles.length - 1].push(sentence);
  }
  return articles
    .filter((sentences) => sentences.length >= 3)
    .map((sentences) => {
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 3)
        paragraphs.push(
          sentences
            .slice(i, i + 3)
            .map(detokenize)
            .join(' '),
        );
      return paragraphs;
    });
}

function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?)\]%])/g, '$1')
    .replace(/([([¿¡$]) /g, '$1')
    .replace(/ (['’]s|n't)\b/g, '$1')
    .replace(/" ([^"]*) "/g, '"$1"');
}
