// An analysis worker thread (see corpus/analysisPool.ts): loads the models once, then turns each
// article's text into the bytes of its cached analysis.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from './analysis/analyze';
import type { AnalysisWorkerData, WorkerReply, WorkerRequest } from './corpus/analysisPool';
import { encodeArticleAnalysis } from './corpus/articleAnalysis';
import { loadEntityRecognizer } from './models';

const analyze = createAnalyzer(loadEntityRecognizer((workerData as AnalysisWorkerData).modelDirectory));

parentPort?.on('message', ({ id, text, filePath }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, json: encodeArticleAnalysis(analyze, text, filePath) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'json' in reply ? [reply.json.buffer as ArrayBuffer] : []);
});
