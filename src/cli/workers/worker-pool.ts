import { Worker } from 'node:worker_threads';
import type { ScannerFiles } from '../scanner-files';
import type { JsonResult, LocatedRecord } from './score-record';

/** A batch sent to a worker, and its answer: one result per record, in order. */
export interface BatchRequest<Item = LocatedRecord> {
  batch: number;
  records: Item[];
}

export interface BatchResponse<Result = JsonResult> {
  batch: number;
  results: Result[];
}

/** The worker scripts beside the CLI: `score-worker` writes JSON lines, `campaign-worker` reads campaign facts. */
export type WorkerScript = 'score-worker' | 'campaign-worker';

/** Records sent to a worker in one message: enough to make the message cost small against the scoring. */
const BATCH_SIZE = 64;
/** Batches in flight per worker: enough to keep it busy while the reader catches up, few enough to bound memory. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;

/**
 * Heap limits of a worker. Scoring keeps about 25 MB alive (the scanner, the model, the stem cache), but V8 sizes
 * a worker's heap from the machine's memory and lets it grow far past that: on 2 workers the CLI peaked at 330 MB.
 * A 4 MB semi-space (V8's young generation is three of them) and a 128 MB old generation, five times what is
 * alive, brought it to 240 MB with no loss of speed; a posting is at most 64 KiB, so no verdict comes near it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 128 };

/**
 * Scores records on worker threads and gives the results back in input order. `push` waits while too many
 * batches are in flight, so a fast reader cannot fill memory with a slow scorer's backlog.
 */
export class WorkerPool<Item = LocatedRecord, Result = JsonResult> {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly waiting = new Map<number, { resolve: (results: Result[]) => void; reject: (error: Error) => void; worker: number }>();
  /** Batches sent, oldest first: their results are handed out in this order. */
  private readonly pending: Promise<Result[]>[] = [];
  private buffer: Item[] = [];
  private nextBatch = 0;
  private failure: Error | undefined;

  /** `files`: the rule pack and model the main thread's scanner was built from; each worker builds the same. */
  constructor(size: number, files: ScannerFiles, script: WorkerScript = 'score-worker', data: object = {}) {
    for (let index = 0; index < size; index++) {
      const worker = startWorker(script, { ...files, ...data });
      worker.on('message', (response: BatchResponse<Result>) => this.settle(response));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a scoring worker stopped with exit code ${code}`));
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /** Adds a record; returns the results that are ready now, in input order (often none). */
  async push(record: Item): Promise<Result[]> {
    this.buffer.push(record);
    if (this.buffer.length < BATCH_SIZE) return [];
    this.send();
    if (this.pending.length < this.workers.length * BATCHES_IN_FLIGHT_PER_WORKER) return [];
    return (await this.pending.shift()) ?? [];
  }

  /** Sends what is buffered and returns every remaining result, in input order. */
  async drain(): Promise<Result[]> {
    if (this.buffer.length > 0) this.send();
    const results: Result[] = [];
    while (this.pending.length > 0) results.push(...((await this.pending.shift()) ?? []));
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private send(): void {
    if (this.failure !== undefined) throw this.failure;
    const batch = this.nextBatch++;
    const request: BatchRequest<Item> = { batch, records: this.buffer };
    this.buffer = [];
    // The least loaded worker takes the batch; batches of ads of very different lengths even out.
    let chosen = 0;
    for (let index = 1; index < this.load.length; index++) if ((this.load[index] ?? 0) < (this.load[chosen] ?? 0)) chosen = index;
    this.load[chosen] = (this.load[chosen] ?? 0) + 1;
    const results = new Promise<Result[]>((resolve, reject) => {
      this.waiting.set(batch, { resolve, reject, worker: chosen });
    });
    // Awaited in turn later; marked handled now so a worker failure is reported once, by that await.
    results.catch(() => undefined);
    this.pending.push(results);
    this.workers[chosen]?.postMessage(request);
  }

  private settle({ batch, results }: BatchResponse<Result>): void {
    const waiter = this.waiting.get(batch);
    if (waiter === undefined) return;
    this.waiting.delete(batch);
    this.load[waiter.worker] = (this.load[waiter.worker] ?? 1) - 1;
    waiter.resolve(results);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/**
 * Starts the worker script beside the bundled CLI in dist; when the CLI itself runs from source (the tests), the
 * TypeScript worker is loaded through tsx's loader, a dev dependency.
 */
function startWorker(script: WorkerScript, workerData: object): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL(`./${script}.js`, import.meta.url), { workerData, resourceLimits: WORKER_LIMITS });
  }
  const source = new URL(`./${script}.ts`, import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, {
    eval: true,
    workerData,
    resourceLimits: WORKER_LIMITS,
  });
}
