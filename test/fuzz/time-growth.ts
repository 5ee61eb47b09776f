import type { Scanner } from '../../src/index';
import { fieldOf } from './time-units';

/**
 * Times verdicts on fields of growing size and judges their growth. Times are the process's CPU time, not wall-clock:
 * on a loaded machine a verdict longer than a scheduler slice waits for other processes, and wall-clock then "grows"
 * superlinearly with nothing superlinear in the code (8 processes on 2 cores: 7.6 ms of CPU took 39.6 ms). A
 * case is judged on the best of several runs, on the growth exponent between two sizes rather than on one sample,
 * and only above a floor where timer noise no longer dominates; a case that fails is measured again before it counts.
 */

export interface Growth {
  /** Best time (ms) at each size, in the order of the sizes asked for. */
  times: number[];
  /** log(t_last / t_first) / log(size_last / size_first): 1 is linear, 2 quadratic. */
  exponent: number;
}

export interface GrowthLimits {
  /** Largest exponent allowed. */
  maxExponent: number;
  /** Times below this (ms, at the largest size) pass whatever their exponent: they are noise. */
  floorMs: number;
  /** Largest time allowed at the largest size (ms). */
  maxMs: number;
}

/** The verdict's CPU time (ms) on a posting whose description is `unit` repeated to each size; best of `runs`. */
export function measureGrowth(scanner: Scanner, unit: string, sizes: readonly number[], runs: number): Growth {
  const fields = sizes.map((size) => `Job: ${fieldOf(unit, size)}`);
  const times = sizes.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    fields.forEach((description, index) => {
      const started = process.cpuUsage();
      scanner.score({ description });
      const used = process.cpuUsage(started);
      times[index] = Math.min(times[index] ?? Infinity, (used.user + used.system) / 1000);
    });
  }
  const first = Math.max(times[0] ?? 0, 0.05);
  const last = Math.max(times[times.length - 1] ?? 0, 0.05);
  const exponent = Math.log(last / first) / Math.log((sizes[sizes.length - 1] ?? 1) / (sizes[0] ?? 1));
  return { times, exponent };
}

/** Why a growth breaks the limits, or null when it keeps them. */
export function growthProblem(growth: Growth, limits: GrowthLimits): string | null {
  const last = growth.times[growth.times.length - 1] ?? 0;
  if (last > limits.maxMs) return `${last.toFixed(1)} ms at the largest size (limit ${limits.maxMs} ms)`;
  if (last > limits.floorMs && growth.exponent > limits.maxExponent) {
    return `grows as size^${growth.exponent.toFixed(2)} (limit ${limits.maxExponent})`;
  }
  return null;
}

/**
 * Measures a case, and again (up to `attempts` times in all, keeping the best time at each size) while it breaks
 * the limits: a verdict slowed once by another process passes, a superlinear one fails every time.
 */
export function judgeGrowth(
  scanner: Scanner,
  unit: string,
  sizes: readonly number[],
  runs: number,
  limits: GrowthLimits,
  attempts = 3,
): { growth: Growth; problem: string | null } {
  let growth = measureGrowth(scanner, unit, sizes, runs);
  let problem = growthProblem(growth, limits);
  for (let attempt = 1; attempt < attempts && problem !== null; attempt++) {
    const again = measureGrowth(scanner, unit, sizes, runs);
    const times = growth.times.map((time, index) => Math.min(time, again.times[index] ?? Infinity));
    const first = Math.max(times[0] ?? 0, 0.05);
    const last = Math.max(times[times.length - 1] ?? 0, 0.05);
    growth = { times, exponent: Math.log(last / first) / Math.log((sizes[sizes.length - 1] ?? 1) / (sizes[0] ?? 1)) };
    problem = growthProblem(growth, limits);
  }
  return { growth, problem };
}
