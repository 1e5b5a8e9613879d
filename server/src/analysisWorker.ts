// An analysis worker thread (see corpus/analysisPool.ts): loads the models once, then turns each
// article's text into the bytes of its cached analysis.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from './analysis/analyze';
import type { AnalysisWorkerData, WorkerReply, WorkerRequest } from './corpus/analysisPool';
import { encodeArticleAnalysis } from './corpus/articleAnalysis';
import { loadEntityRecognizer } from './models';

const analyze = createAnalyzer(loadEntityRecognizer((workerData as AnalysisWorkerData).modelDirectory));
// What the analysis builds on first use (the gazetteer, the time rules, each language's mention
// repairs) is built now, while the worker waits for its first article: often the one just opened,
// whose colours should not wait a third of a second for it. Word caches are the same whatever they
// hold, so this changes no later result.
analyze('Madrid, 3 dic (EFE).- La ministra Elena Marín dijo el lunes: "Lo haremos".');
analyze('LONDON, Dec 3 (Reuters) - Prime Minister John Major said on Monday: "We will."');

parentPort?.on('message', ({ id, text, filePath }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, json: encodeArticleAnalysis(analyze, text, filePath) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'json' in reply ? [reply.json.buffer as ArrayBuffer] : []);
});
