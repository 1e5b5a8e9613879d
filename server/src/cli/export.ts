// `newsmark export DIR --format jsonl|csv|brat|conll --out OUT`: the articles of a folder, linked
// across the folder as the editor links them, written in one of the export formats to a folder.
import * as path from 'node:path';
import { exportedArticles, exportFormatNames, writeCorpusExport, type ExportFormatName } from '../corpus/export/writeExport';
import { analyseFiles, type AnalysisServices } from './analyseFiles';
import { stringFlag, type FlagSpec, type ParsedArgs } from './args';
import { InputError, UsageError } from './errors';
import { catalogFor } from './catalogOption';
import { readArticleInputs } from './inputs';

export const exportFlags: FlagSpec = { valued: ['format', 'out', 'catalog'], boolean: [] };

export const exportUsage = `newsmark export DIR --format jsonl|csv|brat|conll --out OUT [--catalog FILE]
                                                   write a folder's annotated corpus to the folder OUT`;

/** Writes the export, then a line saying what was written on stdout. */
export async function exportFolder(args: ParsedArgs, services: (articles: number) => AnalysisServices, warn: (message: string) => void): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('export needs exactly one folder');
  const [folder] = args.positional;
  const format = stringFlag(args, 'format');
  if (!isFormat(format)) throw new UsageError(`--format must be ${exportFormatNames.join(', ')}${format ? `, not '${format}'` : ''}`);
  const out = stringFlag(args, 'out');
  if (!out) throw new UsageError('export needs --out FOLDER');
  // The brat copies of the texts would be read as articles the next time the folder is.
  if (format === 'brat' && isInside(path.resolve(out), path.resolve(folder)))
    throw new UsageError(`--out must lie outside ${folder} for brat: its .txt copies would become articles`);
  const files = await readArticleInputs([folder], warn);
  if (files.length === 0) throw new InputError(`${folder}: no articles`);
  const catalog = await catalogFor(args, [folder], warn);
  const pool = services(files.length);
  const { index, articles } = await analyseFiles(pool, files, catalog).finally(() => pool.analysis.close());
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const exported = exportedArticles(articles.map((article) => ({ article, file: article.uri })));
  const result = await writeCorpusExport(index, format, exported, async (article) => texts.get(article.uri), out);
  for (const { path: skipped, reason } of result.skipped) warn(`skipped ${skipped}: ${reason}`);
  process.stdout.write(`${result.articles} articles written as ${format} to ${out} (${result.files.length} files)\n`);
}

function isFormat(format: string | undefined): format is ExportFormatName {
  return exportFormatNames.includes(format as ExportFormatName);
}

function isInside(candidate: string, folder: string): boolean {
  const relative = path.relative(folder, candidate);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
