import { Worker } from 'node:worker_threads';
import type { ScannerFiles } from '../scanner-files';
import { heapBoundsSource, restoreHeapBounds } from '../heap-growth';
import { workerExecArgv } from './worker-exec-argv';
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

/** What a worker says once its scanner is built, before any batch: until then the main thread scores alone. */
export const WORKER_READY = 'ready';

/** The worker scripts beside the CLI: `score-worker` writes JSON lines, `campaign-worker` reads campaign facts. */
export type WorkerScript = 'score-worker' | 'campaign-worker';

/** Records sent to a worker in one message, at most: enough to make the message cost small against the scoring. */
const BATCH_SIZE = 64;
/**
 * Bytes of input in one batch, at most. Batches were sized by count alone, and 64 postings of 64 KiB (with their
 * verdicts) could exhaust a worker's heap; a batch of short ads still fills up to `BATCH_SIZE` records.
 */
const BATCH_BYTES = 256 * 1024;
/** Batches in flight per worker: enough to keep it busy while the reader catches up, few enough to bound memory. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;
/** Batches queued on the least loaded worker before the main thread scores one itself (with a `local` hook). */
const LOCAL_WHEN_QUEUED = 2;
/**
 * Batches the main thread may score ahead of the oldest unanswered worker batch, held for output order. It used to
 * wait for that batch once four were in flight: with one worker, two queued there and two scored locally, so the
 * main thread stood idle whenever the worker was a little behind (10% of its time, measured), and two threads
 * scaled far from twice one. The results held are a few megabytes.
 */
const LOCAL_AHEAD = 4;
/** Workers restarted in one run, at most, beyond one per pool slot: a run whose workers all keep dying stops. */
const SPARE_RESTARTS = 8;

/**
 * Heap limits of a worker. Scoring keeps about 25 MB alive (the scanner, the model, the stem cache), but V8 sizes
 * a worker's heap from the machine's memory and lets it grow far past that: on 2 workers the CLI peaked at 330 MB.
 * A 4 MB semi-space (V8's young generation is three of them) and a 128 MB old generation, five times what is
 * alive, brought it to 240 MB with no loss of speed; batches are bounded in bytes and verdicts in size, so no
 * batch comes near it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 128 };

/** How a pool weighs its items, and what a record whose worker died becomes. */
export interface WorkerPoolHooks<Item, Result> {
  /** The item's size in bytes, roughly, for sizing batches; default 1 KiB. */
  weigh?: (item: Item) => number;
  /**
   * Scores a batch on the calling (main) thread. With it the main thread is one of the scorers rather than an idle
   * coordinator: it takes a batch whenever every worker already has `LOCAL_WHEN_QUEUED` batches queued.
   */
  local?: (items: Item[]) => Result[];
  /**
   * The result of an item whose worker died before answering. Without it a dead worker ends the run; with it, the
   * dead worker's in-flight items come back as these results, in place, and a new worker takes its place.
   */
  lost?: (item: Item, reason: string) => Result;
}

/** A batch in flight, in output order: its results once answered (`settled`, so they can be taken without waiting). */
interface Pending<Result> {
  results: Promise<Result[]>;
  settled?: Result[];
}

interface Waiter<Item, Result> {
  items: Item[];
  resolve: (results: Result[]) => void;
  reject: (error: Error) => void;
  worker: number;
}

/**
 * Scores records on worker threads and gives the results back in input order. `push` waits while too many
 * batches are in flight, so a fast reader cannot fill memory with a slow scorer's backlog.
 */
export class WorkerPool<Item = LocatedRecord, Result = JsonResult> {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  /** Whether each worker has built its scanner (said `WORKER_READY`). */
  private readonly ready: boolean[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private readonly waiting = new Map<number, Waiter<Item, Result>>();
  /** Batches sent, oldest first: their results are handed out in this order. */
  private readonly pending: Pending<Result>[] = [];
  private buffer: Item[] = [];
  private bufferBytes = 0;
  private nextBatch = 0;
  private failure: Error | undefined;
  private restartsLeft: number;
  private closing = false;
  private readonly start: () => Worker;

  /** `files`: the rule pack and model the main thread's scanner was built from; each worker builds the same. */
  constructor(
    size: number,
    files: ScannerFiles,
    script: WorkerScript = 'score-worker',
    data: object = {},
    private readonly hooks: WorkerPoolHooks<Item, Result> = {},
  ) {
    this.start = () => startWorker(script, { ...files, ...data });
    this.restartsLeft = size + SPARE_RESTARTS;
    for (let index = 0; index < size; index++) {
      this.workers.push(this.watch(this.start(), index));
      this.load.push(0);
      this.ready.push(false);
    }
  }

  /** Adds a record; returns the results that are ready now, in input order (often none). */
  async push(record: Item): Promise<Result[]> {
    this.buffer.push(record);
    this.bufferBytes += this.hooks.weigh?.(record) ?? 1024;
    if (this.buffer.length < BATCH_SIZE && this.bufferBytes < BATCH_BYTES) return [];
    if (this.send() === 'local') {
      // Scoring locally kept the event loop busy: let the workers' answers in, so the next choice sees their load.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const ready = this.takeReady();
    const limit = this.hooks.local === undefined ? this.workers.length * BATCHES_IN_FLIGHT_PER_WORKER : this.workers.length * LOCAL_WHEN_QUEUED + LOCAL_AHEAD;
    while (this.pending.length >= limit) {
      const oldest = this.pending.shift();
      if (oldest !== undefined) ready.push(...(await oldest.results));
      ready.push(...this.takeReady());
    }
    return ready;
  }

  /** Sends what is buffered and returns every remaining result, in input order. */
  async drain(): Promise<Result[]> {
    if (this.buffer.length > 0) this.send();
    const results: Result[] = [];
    for (let oldest = this.pending.shift(); oldest !== undefined; oldest = this.pending.shift()) results.push(...(await oldest.results));
    return results;
  }

  /** The results of the oldest batches that are answered, in order, up to the first that is not. */
  private takeReady(): Result[] {
    const ready: Result[] = [];
    for (let oldest = this.pending[0]; oldest?.settled !== undefined; oldest = this.pending[0]) {
      this.pending.shift();
      ready.push(...oldest.settled);
    }
    return ready;
  }

  /** Resolves once every worker has built its scanner (for tests: which batch goes where then depends on load only). */
  whenReady(): Promise<void> {
    if (this.ready.every(Boolean)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private watch(worker: Worker, index: number): Worker {
    worker.on('message', (response: BatchResponse<Result> | typeof WORKER_READY) => {
      if (response !== WORKER_READY) this.settle(response);
      else if (this.workers[index] === worker) this.markReady(index);
    });
    worker.on('error', (error) => this.died(worker, index, error.message));
    worker.on('exit', (code) => {
      if (code !== 0 || !this.closing) this.died(worker, index, `exit code ${code}`);
    });
    return worker;
  }

  /** Sends the buffered batch to the least loaded worker, or scores it here when every worker has enough queued. */
  private send(): 'worker' | 'local' {
    if (this.failure !== undefined) throw this.failure;
    const batch = this.nextBatch++;
    const request: BatchRequest<Item> = { batch, records: this.buffer };
    const items = this.buffer;
    this.buffer = [];
    this.bufferBytes = 0;
    // The least loaded worker takes the batch; batches of ads of very different lengths even out.
    const local = this.hooks.local;
    let chosen = -1;
    for (let index = 0; index < this.load.length; index++) {
      // With a local scorer, a worker still building its scanner takes nothing: the main thread scores meanwhile,
      // and its results are written at once instead of waiting behind a batch the worker cannot start yet.
      if (local !== undefined && this.ready[index] !== true) continue;
      if (chosen === -1 || (this.load[index] ?? 0) < (this.load[chosen] ?? 0)) chosen = index;
    }
    if (local !== undefined && (chosen === -1 || (this.load[chosen] ?? 0) >= LOCAL_WHEN_QUEUED)) {
      // Every worker is busy: the main thread scores this batch now, while the workers go on with theirs.
      const settled = local(items);
      this.pending.push({ results: Promise.resolve(settled), settled });
      return 'local';
    }
    this.load[chosen] = (this.load[chosen] ?? 0) + 1;
    const entry: Pending<Result> = {
      results: new Promise<Result[]>((resolve, reject) => {
        this.waiting.set(batch, {
          items,
          resolve: (results) => {
            entry.settled = results;
            resolve(results);
          },
          reject,
          worker: chosen,
        });
      }),
    };
    // Awaited in turn later; marked handled now so a worker failure is reported once, by that await.
    entry.results.catch(() => undefined);
    this.pending.push(entry);
    this.workers[chosen]?.postMessage(request);
    return 'worker';
  }

  private settle({ batch, results }: BatchResponse<Result>): void {
    const waiter = this.waiting.get(batch);
    if (waiter === undefined) return;
    this.waiting.delete(batch);
    this.load[waiter.worker] = (this.load[waiter.worker] ?? 1) - 1;
    waiter.resolve(results);
  }

  /**
   * A worker died (an error, or it exited unasked): its in-flight batches come back as lost results, in place, and
   * a new worker takes its slot. Without a `lost` hook, or past the restart budget, the run fails as before.
   */
  private died(worker: Worker, index: number, reason: string): void {
    if (this.closing || this.workers[index] !== worker) return;
    const lost = this.hooks.lost;
    if (lost === undefined || this.restartsLeft <= 0) {
      this.fail(new Error(`a scoring worker stopped (${reason})`));
      return;
    }
    this.restartsLeft -= 1;
    // A worker answers its batches in order, so the oldest unanswered one is the batch it died on: only its records
    // are lost. The batches queued behind it go to the new worker.
    const queued = [...this.waiting].filter(([, waiter]) => waiter.worker === index).sort(([a], [b]) => a - b);
    const [dying, ...behind] = queued;
    if (dying !== undefined) {
      this.waiting.delete(dying[0]);
      dying[1].resolve(dying[1].items.map((item) => lost(item, `its scoring worker stopped (${reason}) while scoring its batch; the run went on`)));
    }
    void worker.terminate();
    const replacement = this.watch(this.start(), index);
    this.workers[index] = replacement;
    this.load[index] = behind.length;
    // The batches behind are already its own; it takes new ones once it says it is ready.
    this.ready[index] = false;
    for (const [batch, waiter] of behind) replacement.postMessage({ batch, records: waiter.items } satisfies BatchRequest<Item>);
  }

  private markReady(index: number): void {
    this.ready[index] = true;
    if (!this.ready.every(Boolean)) return;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
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
  const built = !import.meta.url.endsWith('.ts');
  const url = JSON.stringify(new URL(`./${script}.${built ? 'js' : 'ts'}`, import.meta.url).href);
  const load = built ? `import(${url});` : `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${url}); });`;
  // A new worker resets V8's heap flags for the whole process: the CLI's bounds are set again, first by the worker
  // itself as soon as it runs, then by this thread once it hears the worker is up.
  const worker = new Worker(`${heapBoundsSource()}${load}`, { eval: true, workerData, resourceLimits: WORKER_LIMITS, execArgv: workerExecArgv(process.execArgv) });
  worker.once('online', restoreHeapBounds);
  return worker;
}
