// The `newsmark` command: the same analysis as the editor, for batch work and scripts. Articles are
// analysed in a pool of worker threads, one per core.
import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import { version } from '../../../package.json';
import { createAnalyzer, type Analyzer } from '../analysis/analyze';
import type { Language } from '../analysis/types';
import { defaultPoolSize, WorkerAnalysisPool } from '../corpus/analysisPool';
import { analyzerVersion } from '../corpus/analyzerVersion';
import { describeFileError } from '../corpus/nodeWorkspace';
import { loadEntityRecognizer } from '../models';
import { analyseFiles } from './analyseFiles';
import { catalogFor } from './catalogOption';
import { annotateAsJson, annotateAsText } from './annotate';
import { parseArgs, stringFlag, type ParsedArgs } from './args';
import { InputError, UsageError } from './errors';
import { exportFlags, exportFolder, exportUsage } from './export';
import { formatIndexReport, indexFolder } from './indexCommand';
import { readArticleInputs, readTextFile } from './inputs';
import { tagConll } from './tagConll';

const usage = `Usage:
  newsmark annotate [--format text|json] [--] PATH...   entities, dates and quotes of articles (files or folders)
  newsmark tag --conll FILE [--lang es|en]              append a predicted IOB2 tag to each token line of a CoNLL file
  newsmark index DIR [--json] [--cache DIR]             index a folder as the language server does and report its size;
                                                        with --cache, reuse (and keep) analyses of unchanged files there
  Every command but tag applies the newsmark.json of each folder it is given; --catalog FILE names another
  (tag applies only the one --catalog names).
  ${exportUsage}
  newsmark --help | --version`;

const modelDirectory = path.join(__dirname, 'models');
const warn = (message: string) => process.stderr.write(`newsmark: ${message}\n`);

// A reader that stops early (`newsmark annotate … | head`) closes the pipe: that is the end of the
// output, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  warn(error.message);
  process.exit(1);
});

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (command === '--version') {
    process.stdout.write(`${version} (analyzer ${analyzerVersion(version, modelDirectory)})\n`);
    return;
  }
  if (command === 'annotate') return annotate(parseArgs(rest, { valued: ['format', 'catalog'], boolean: [] }));
  if (command === 'tag') return tag(parseArgs(rest, { valued: ['conll', 'lang', 'catalog'], boolean: [] }));
  if (command === 'index') return index(parseArgs(rest, { valued: ['cache', 'catalog'], boolean: ['json'] }));
  if (command === 'export') return exportFolder(parseArgs(rest, exportFlags), services, warn);
  throw new UsageError(`unknown command '${command}'`);
}

// The analysis runs in the workers; the main thread loads the models only if it is asked to analyse.
function services(articles: number) {
  let analyzer: Analyzer | undefined;
  return {
    analysis: new WorkerAnalysisPool(path.join(__dirname, 'analysisWorker.js'), { modelDirectory }, Math.max(1, Math.min(defaultPoolSize(), articles))),
    analyzer: (text: string, filePath?: string) => (analyzer ??= createAnalyzer(loadEntityRecognizer(modelDirectory)))(text, filePath),
  };
}

async function annotate(args: ParsedArgs): Promise<void> {
  const format = stringFlag(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
  if (args.positional.length === 0) throw new UsageError('annotate needs at least one file or folder');
  const files = await readArticleInputs(args.positional, warn);
  const catalog = await catalogFor(args, args.positional, warn);
  const pool = services(files.length);
  const { index, articles } = await analyseFiles(pool, files, catalog).finally(() => pool.analysis.close());
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
  const catalog = await catalogFor(args, [], warn);
  process.stdout.write(tagConll(loadEntityRecognizer(modelDirectory), text, language as Language | undefined, catalog));
}

async function index(args: ParsedArgs): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('index needs exactly one folder');
  const [folder] = args.positional;
  const found = await stat(folder).catch((error: unknown) => {
    throw new InputError(`${folder}: ${describeFileError(error) === 'no such file' ? 'no such folder' : describeFileError(error)}`);
  });
  if (!found.isDirectory()) throw new InputError(`${folder}: not a folder`);
  const cacheDirectory = stringFlag(args, 'cache');
  const cache = cacheDirectory === undefined ? undefined : { directory: cacheDirectory, analyzerVersion: () => analyzerVersion(version, modelDirectory) };
  const pool = services(Infinity);
  const catalog = await catalogFor(args, [folder], warn);
  const report = await indexFolder(pool, folder, warn, cache, catalog).finally(() => pool.analysis.close());
  if (report.documents === 0) warn(`no articles in ${folder}: it holds no readable .txt file`);
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
