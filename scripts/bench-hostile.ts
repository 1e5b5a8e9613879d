// `npm run bench`, hostile inputs: one input, generated and analysed in a worker thread (bench.ts
// starts one per input and stops any that runs too long), timed without quotations and whole (the
// quote finder's attribution is quadratic on minified JSON, issue 16 item 1, reworked elsewhere).
import { parentPort, workerData } from 'node:worker_threads';
import * as path from 'node:path';
import { createAnalyzer } from '../server/src/analysis/analyze';
import { findArticleDate, parseHeader } from '../server/src/analysis/header';
import { detectLanguage } from '../server/src/analysis/language';
import { findTimeExpressions } from '../server/src/analysis/time';
import { tokenize } from '../server/src/analysis/tokens';
import { loadEntityRecognizer } from '../server/src/models';
import { binaryish, capitalsPage, minifiedJson, repeated } from '../test/helpers/hostileInputs';

export interface HostileResult {
  characters: number;
  /** CPU milliseconds of the process while the worker ran each step. */
  outsideQuotesMs: number;
  wholeMs: number;
}

const prose = 'El gobierno dijo el lunes que la economía crece, y "no hay crisis", según el ministro. ';

export const hostileInputs: Record<string, (length: number) => string> = {
  'minified JSON': minifiedJson,
  'capitalised run ("A A A …")': (length) => repeated('A ', length),
  'page of capitals': (length) => repeated(capitalsPage, length),
  'one line of prose': (length) => repeated(prose, length),
  newlines: (length) => repeated('\n', length),
  'binary-ish text': binaryish,
};

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

if (parentPort) {
  const { name, length, modelDirectory } = workerData as { name: string; length: number; modelDirectory: string };
  const recognizer = loadEntityRecognizer(path.resolve(modelDirectory));
  const analyze = createAnalyzer(recognizer);
  // Warmed up on ordinary text first, as a running server is.
  for (let round = 0; round < 20; round++) analyze(repeated(prose, 4000));
  const outsideQuotes = (text: string) => {
    const { tokens, sentences } = tokenize(text);
    const input = { text, tokens, sentences, language: detectLanguage(tokens), articleDate: findArticleDate(text, parseHeader(text)).date };
    recognizer.recognize(input);
    findTimeExpressions(input);
  };
  const text = hostileInputs[name](length);
  // The lesser of two runs: the first also compiles what the ordinary text never ran.
  const outsideQuotesMs = Math.min(
    cpuMs(() => outsideQuotes(text)),
    cpuMs(() => outsideQuotes(text)),
  );
  parentPort.postMessage({ partial: true, characters: text.length, outsideQuotesMs });
  const wholeMs = cpuMs(() => analyze(text));
  parentPort.postMessage({ characters: text.length, outsideQuotesMs, wholeMs } satisfies HostileResult);
}
