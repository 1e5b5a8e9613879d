// The `newsmark` command: the same analysis as the editor, for batch work and scripts.
import * as path from 'node:path';
import { version } from '../../../package.json';
import { createAnalyzer } from '../analysis/analyze';
import { analyzerVersion } from '../corpus/analyzerVersion';
import type { Language } from '../analysis/types';
import { loadEntityRecognizer } from '../models';
import { annotateAsJson, annotateAsText, indexArticles } from './annotate';
import { parseArgs, stringFlag, type ParsedArgs } from './args';
import { InputError, UsageError } from './errors';
import { exportFlags, exportFolder, exportUsage } from './export';
import { formatIndexReport, indexFolder } from './indexCommand';
import { readArticleInputs, readTextFile } from './inputs';
import { tagConll } from './tagConll';

const usage = `Usage:
  newsmark annotate PATH... [--format text|json]   entities, dates and quotes of articles (files or folders)
  newsmark tag --conll FILE [--lang es|en]         append a predicted IOB2 tag to each token line of a CoNLL file
  newsmark index DIR [--json] [--cache DIR]        index a folder as the language server does and report its size;
                                                   with --cache, reuse (and keep) analyses of unchanged files there
  ${exportUsage}
  newsmark --help | --version`;

const modelDirectory = path.join(__dirname, 'models');
const warn = (message: string) => process.stderr.write(`newsmark: ${message}\n`);

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (command === '--version') {
    process.stdout.write(`${version}\n`);
    return;
  }
  if (command === 'annotate') return annotate(parseArgs(rest, { valued: ['format'], boolean: [] }));
  if (command === 'tag') return tag(parseArgs(rest, { valued: ['conll', 'lang'], boolean: [] }));
  if (command === 'index') return index(parseArgs(rest, { valued: ['cache'], boolean: ['json'] }));
  if (command === 'export') return exportFolder(parseArgs(rest, exportFlags), () => createAnalyzer(loadEntityRecognizer(modelDirectory)), warn);
  throw new UsageError(`unknown command '${command}'`);
}

async function annotate(args: ParsedArgs): Promise<void> {
  const format = stringFlag(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
  if (args.positional.length === 0) throw new UsageError('annotate needs at least one file or folder');
  const files = await readArticleInputs(args.positional, warn);
  const { index, articles } = indexArticles(createAnalyzer(loadEntityRecognizer(modelDirectory)), files);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(annotateAsJson(index, articles), null, 2)}\n`);
  } else {
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR ? true : Boolean(process.env.FORCE_COLOR);
    process.stdout.write(annotateAsText(index, articles, new Map(files.map((file) => [file.path, file.text])), color));
  }
}

async function tag(args: ParsedArgs): Promise<void> {
  const file = stringFlag(args, 'conll');
  if (!file) throw new UsageError('tag needs --conll FILE');
  if (args.positional.length > 0) throw new UsageError(`unexpected argument '${args.positional[0]}'`);
  const language = stringFlag(args, 'lang');
  if (language !== undefined && language !== 'es' && language !== 'en') throw new UsageError(`--lang must be es or en, not '${language}'`);
  const text = await readTextFile(file);
  process.stdout.write(tagConll(loadEntityRecognizer(modelDirectory), text, language as Language | undefined));
}

async function index(args: ParsedArgs): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('index needs exactly one folder');
  const [folder] = args.positional;
  const stat = await import('node:fs/promises').then((fs) => fs.stat(folder)).catch(() => undefined);
  if (!stat) throw new InputError(`${folder}: no such folder`);
  if (!stat.isDirectory()) throw new InputError(`${folder}: not a folder`);
  const cacheDirectory = stringFlag(args, 'cache');
  const cache = cacheDirectory === undefined ? undefined : { directory: cacheDirectory, analyzerVersion: () => analyzerVersion(version, modelDirectory) };
  const report = await indexFolder(createAnalyzer(loadEntityRecognizer(modelDirectory)), folder, warn, cache);
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(report)}\n` : `${formatIndexReport(report)}\n`);
}

// exitCode rather than exit(): a large JSON answer on a pipe must be flushed before the process ends.
run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    warn(`${error.message} (see newsmark --help)`);
    process.exitCode = 2;
    return;
  }
  warn(error instanceof InputError || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
