// Writes a corpus export to a folder: the CLI's `newsmark export` and the editor's "Export Corpus…"
// both come here. The index gives the annotations; the formats that carry the text (brat, CoNLL) read
// each article's text again through `readText`, and leave out an article whose text is no longer the
// one the index holds.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CorpusIndex, IndexedArticle } from '../corpusIndex';
import { entityCountsTable } from '../entityOverview';
import { bratAnnotations, bratConfiguration } from './brat';
import { conllArticle } from './conll';
import { entitiesCsv, mentionCsvLines } from './csv';
import type { ExportedArticle } from './exportedArticle';
import { jsonlLine } from './jsonl';

export type ExportFormatName = 'jsonl' | 'csv' | 'brat' | 'conll';

export const exportFormatNames: readonly ExportFormatName[] = ['jsonl', 'csv', 'brat', 'conll'];

export interface ExportResult {
  articles: number;
  /** The files written, relative to the folder, with `/`. */
  files: string[];
  /** Articles left out, with why. */
  skipped: { path: string; reason: string }[];
}

export type TextReader = (article: IndexedArticle) => Promise<string | undefined>;

export async function writeCorpusExport(
  index: CorpusIndex,
  format: ExportFormatName,
  articles: readonly ExportedArticle[],
  readText: TextReader,
  folder: string,
): Promise<ExportResult> {
  await fs.mkdir(folder, { recursive: true });
  const result: ExportResult = { articles: 0, files: [], skipped: [] };
  const textOf = async (exported: ExportedArticle) => {
    const text = await readText(exported.article);
    if (text !== undefined && text.length === exported.article.textLength) return text;
    result.skipped.push({ path: exported.path, reason: text === undefined ? 'could not be read' : 'changed since it was indexed' });
    return undefined;
  };
  const write = async (name: string, pieces: AsyncIterable<string> | Iterable<string>) => {
    await writeStreamed(path.join(folder, name), pieces);
    result.files.push(name);
  };
  if (format === 'jsonl') {
    await write(
      'articles.jsonl',
      (async function* () {
        for (const exported of articles) {
          yield jsonlLine(index, exported);
          result.articles++;
        }
      })(),
    );
  } else if (format === 'conll') {
    await write(
      'articles.conll',
      (async function* () {
        for (const exported of articles) {
          const text = await textOf(exported);
          if (text === undefined) continue;
          yield conllArticle(index, exported.article, text);
          result.articles++;
        }
      })(),
    );
  } else if (format === 'csv') {
    await write('entities.csv', [entitiesCsv(entityCountsTable(index))]);
    await write('mentions.csv', mentionCsvLines(index, articles));
    result.articles = articles.length;
  } else {
    await write('annotation.conf', [bratConfiguration]);
    for (const exported of articles) {
      const text = await textOf(exported);
      if (text === undefined) continue;
      const base = exported.path.replace(/\.txt$/i, '');
      await fs.mkdir(path.dirname(path.join(folder, base)), { recursive: true });
      await write(`${base}.txt`, [text]);
      await write(`${base}.ann`, [bratAnnotations(index, exported.article, text)]);
      result.articles++;
    }
  }
  return result;
}

/** A file written a piece at a time: a corpus of 10,000 articles is never one string. */
async function writeStreamed(file: string, pieces: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    for await (const piece of pieces) await handle.write(piece);
  } finally {
    await handle.close();
  }
}

/** The articles' paths in the export: relative to the deepest folder that holds them all, sorted. */
export function exportedArticles(articles: readonly { article: IndexedArticle; file: string }[]): ExportedArticle[] {
  const absolute = articles.map(({ article, file }) => ({ article, file: path.resolve(file) }));
  const root = commonFolder(absolute.map(({ file }) => path.dirname(file)));
  return absolute
    .map(({ article, file }) => ({ article, path: path.relative(root, file).split(path.sep).join('/') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function commonFolder(folders: string[]): string {
  if (folders.length === 0) return '.';
  let common = folders[0].split(path.sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(path.sep);
    let same = 0;
    while (same < common.length && same < parts.length && common[same] === parts[same]) same++;
    common = common.slice(0, same);
  }
  return common.join(path.sep) || path.sep;
}
