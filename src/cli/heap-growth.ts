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
 * Bounds heap growth for the whole process, worker threads included (V8's flags are per process). Called first
 * by the CLI's entry point, never by the library: how an embedding application's heap grows is its own choice.
 * A flag given to node (on its command line or in NODE_OPTIONS) wins. `heap_growing_percent` is read each time
 * V8 sets the next collection's limit, so setting it once the process runs takes effect, unlike the heap sizes.
 */
export function boundHeapGrowth(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/u)].some((flag) => /^--heap[-_]growing[-_]percent\b/u.test(flag));
  if (given) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
