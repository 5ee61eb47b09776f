import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past what the last full collection left alive, in percent. Left to itself V8 picks
 * a factor up to 4x when allocation is fast, and scoring allocates fast (a verdict is thrown away as soon as it is
 * written): on 100,000 ads the main thread alone kept 46 MB alive but grew its heap to 171 MB, 254 MB of RSS on
 * one thread and 359 MB with a worker. At 20% the same runs peaked at 155 MB and 250 MB, with no loss of speed
 * measured: the full collections it adds mark little more than the scanner, concurrently.
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * How much V8's young generation grows past its initial size at each scavenge that leaves much alive: 1, none. Left
 * to itself it grows to 16 MB semi-spaces (32 MB of young generation) on the main thread, which kept 18 MB more
 * RSS when scoring, and no faster: a verdict is garbage as soon as it is written, so a 1 MB nursery holds the
 * short-lived work of several verdicts (406-423 against 458-463 µs CPU per verdict, 1,268 ads scored four times).
 * Unlike the semi-space sizes, which V8 reads once at start, the growth factor is read at each scavenge.
 */
export const SEMI_SPACE_GROWTH_FACTOR = 1;

/** Each V8 flag the CLI sets, with the flags given to node that mean the user chose for themselves. */
const HEAP_FLAGS: readonly { flag: string; givenAs: RegExp }[] = [
  { flag: `--heap-growing-percent=${HEAP_GROWING_PERCENT}`, givenAs: /^--heap[-_]growing[-_]percent\b/u },
  { flag: `--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`, givenAs: /^--(?:semi[-_]space[-_]growth[-_]factor|(?:max|min)[-_]semi[-_]space[-_]size)\b/u },
];

/**
 * Bounds heap growth for the whole process, worker threads included (V8's flags are per process). Called first
 * by the CLI's entry point, never by the library: how an embedding application's heap grows is its own choice.
 * A flag given to node (on its command line or in NODE_OPTIONS) wins. Both flags are read each time V8 sizes the
 * heap (the next collection's limit, the young generation after a scavenge), so setting them once the process
 * runs takes effect, unlike the heap sizes. Returns the flags it set.
 */
export function boundHeapGrowth(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/u)];
  applied = HEAP_FLAGS.filter(({ givenAs }) => !given.some((flag) => givenAs.test(flag))).map(({ flag }) => flag);
  for (const flag of applied) setFlagsFromString(flag);
  return applied;
}

/** The flags `boundHeapGrowth` set in this process. */
let applied: string[] = [];

/**
 * Sets again the flags `boundHeapGrowth` set, if it did: starting a worker thread puts V8's semi-space growth back
 * to its default (measured on Node 20: the main thread's young generation then grew from 2 to 34 MB), so the worker
 * pool calls this once each worker is online.
 */
export function restoreHeapBounds(): void {
  for (const flag of applied) setFlagsFromString(flag);
}

/**
 * The same, as the first statements of a worker's own script (CommonJS, run with `eval`): the worker sets them back
 * as soon as its thread runs, before it loads the scanner, while the main thread goes on scoring.
 */
export function heapBoundsSource(): string {
  return applied.map((flag) => `require('node:v8').setFlagsFromString(${JSON.stringify(flag)});`).join('');
}
