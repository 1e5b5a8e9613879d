// Article analysis off the main thread: a pool of worker threads, one per core, each with its own
// models. Open documents go before the background indexing (priority 'open'), so an article opened
// while ten thousand others wait is next in line. A worker that dies is replaced, and only its own
// article fails. The in-thread service does the same work on the calling thread (tests, and a
// comparison that the two give identical results).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../analysis/analyze';
import { encodeArticleAnalysis } from './articleAnalysis';

export type AnalysisPriority = 'open' | 'background';

export interface ArticleAnalysisService {
  /** How many articles are analysed at once. */
  readonly concurrency: number;
  /** The article's analysis as the cache stores it (see articleAnalysis.ts); the file path may date it. */
  analyse(text: string, priority: AnalysisPriority, filePath?: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export class InThreadAnalysis implements ArticleAnalysisService {
  readonly concurrency = 1;

  constructor(private readonly analyze: Analyzer) {}

  async analyse(text: string, _priority: AnalysisPriority, filePath?: string): Promise<Uint8Array> {
    return encodeArticleAnalysis(this.analyze, text, filePath);
  }

  async close(): Promise<void> {}
}

/** What the worker script (analysisWorker.ts) is told at start. */
export interface AnalysisWorkerData {
  modelDirectory: string;
}

export type WorkerRequest = { id: number; text: string; filePath: string | undefined };
export type WorkerReply = { id: number; json: Uint8Array } | { id: number; error: string };

interface Task {
  id: number;
  text: string;
  filePath: string | undefined;
  resolve(json: Uint8Array): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  task: Task | undefined;
}

// A worker whose heap outgrows this (a pathological article) is stopped, and only its article fails;
// without a limit it would take the whole process down.
const resourceLimits = { maxOldGenerationSizeMb: 2048 };

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

export class WorkerAnalysisPool implements ArticleAnalysisService {
  private readonly workers: PoolWorker[] = [];
  private readonly queues: Record<AnalysisPriority, Task[]> = { open: [], background: [] };
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly workerData: AnalysisWorkerData,
    readonly concurrency = defaultPoolSize(),
  ) {}

  analyse(text: string, priority: AnalysisPriority, filePath?: string): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.queues[priority].push({ id: this.nextId++, text, filePath, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts workers now (every one by default), so that the first articles do not wait for the models to load. */
  warmUp(workers = this.concurrency): void {
    while (this.workers.length < workers && this.spawn());
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = [...this.queues.open, ...this.queues.background];
    this.queues.open = [];
    this.queues.background = [];
    for (const task of pending) task.reject(new Error('the analysis pool is closed'));
    await Promise.all(this.workers.splice(0).map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queues.open.length + this.queues.background.length > 0) {
      const idle = this.workers.find((candidate) => candidate.task === undefined) ?? this.spawn();
      if (!idle) return;
      const task = (this.queues.open.shift() ?? this.queues.background.shift())!;
      idle.task = task;
      // A busy worker keeps the process alive (a command-line run waiting for it); an idle one does not.
      idle.worker.ref();
      idle.worker.postMessage({ id: task.id, text: task.text, filePath: task.filePath } satisfies WorkerRequest);
    }
  }

  private spawn(): PoolWorker | undefined {
    if (this.workers.length >= this.concurrency) return undefined;
    const entry: PoolWorker = { worker: new Worker(this.script, { workerData: this.workerData, resourceLimits }), task: undefined };
    this.workers.push(entry);
    entry.worker.on('message', (reply: WorkerReply) => {
      const task = entry.task;
      if (!task || task.id !== reply.id) return;
      entry.task = undefined;
      entry.worker.unref();
      if ('json' in reply) task.resolve(reply.json);
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.workers.indexOf(entry);
      if (index < 0) return;
      this.workers.splice(index, 1);
      entry.task?.reject(error);
      entry.task = undefined;
      if (!this.closed) this.dispatch();
    };
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => fail(new Error(`analysis worker stopped (exit code ${code})`)));
    return entry;
  }
}
