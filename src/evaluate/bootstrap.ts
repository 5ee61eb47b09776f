import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { quantileSorted } from './percentile';

export interface BootstrapOptions {
  /** How many resamples to draw. Default 1000. */
  resamples?: number;
  /** Seed of the generator: the same seed and data give the same intervals. Default 1. */
  seed?: number;
  /** Coverage of the interval. Default 0.95. */
  confidence?: number;
  /**
   * A group id per example: examples of one group are drawn together, as near-copies of one template must be, or
   * nine copies would count as nine pieces of evidence and the intervals come out far too narrow. A group holding a
   * positive is drawn among the positive groups. Default: each example is its own group.
   */
  groups?: ArrayLike<number>;
}

export const DEFAULT_BOOTSTRAP = { resamples: 1000, seed: 1, confidence: 0.95 } as const;

/** A percentile bootstrap interval. */
export interface ConfidenceInterval {
  low: number;
  high: number;
  /** Resamples in which the statistic was defined (a precision is not when nothing is flagged); the interval rests on these. */
  resamples: number;
}

/** Statistics computed on one resample, given as a weight per example: how many times it was drawn. */
export type ResampleStatistics<Key extends string> = (weights: Uint32Array) => Readonly<Record<Key, number | null>>;

/**
 * Percentile bootstrap confidence intervals, stratified by class: each resample draws, with replacement, as many
 * positives from the positives and as many negatives from the negatives as the data has. Keeping the class sizes
 * fixed keeps the base rate fixed, which average precision depends on, and means every resample has both classes,
 * so ROC-AUC is always defined even when positives are rare.
 *
 * The interval for each statistic is the (1 − confidence)/2 and (1 + confidence)/2 quantiles of its values over the
 * resamples in which it is defined; null when it is defined in none. The generator is xoroshiro128+ from pure-rand,
 * seeded, so a run reproduces exactly.
 */
export function bootstrapIntervals<Key extends string>(
  labels: readonly boolean[],
  statistics: ResampleStatistics<Key>,
  options: BootstrapOptions = {},
): Record<Key, ConfidenceInterval | null> {
  const { resamples, seed, confidence } = { ...DEFAULT_BOOTSTRAP, ...options };
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);

  const units = resampleUnits(labels.length, options.groups);
  const hasPositive = (unit: readonly number[]): boolean => unit.some((example) => labels[example] === true);
  const strata = [units.filter(hasPositive), units.filter((unit) => !hasPositive(unit))];
  const rng = xoroshiro128plus(seed);
  const weights = new Uint32Array(labels.length);
  const samples = new Map<Key, number[]>();
  for (let resample = 0; resample < resamples; resample++) {
    weights.fill(0);
    for (const stratum of strata) {
      for (let draw = 0; draw < stratum.length; draw++) {
        for (const drawn of stratum[uniformInt(rng, 0, stratum.length - 1)] ?? []) weights[drawn] = (weights[drawn] ?? 0) + 1;
      }
    }
    for (const [key, value] of Object.entries(statistics(weights)) as [Key, number | null][]) {
      if (!samples.has(key)) samples.set(key, []);
      if (value !== null) samples.get(key)?.push(value);
    }
  }

  const tail = (1 - confidence) / 2;
  const intervals = {} as Record<Key, ConfidenceInterval | null>;
  for (const [key, values] of samples) {
    const sorted = Float64Array.from(values).sort();
    const low = quantileSorted(sorted, tail);
    const high = quantileSorted(sorted, 1 - tail);
    intervals[key] = low === undefined || high === undefined ? null : { low, high, resamples: values.length };
  }
  return intervals;
}

/** The examples drawn together, in order of first appearance: one per example, or one per group. */
function resampleUnits(count: number, groups: ArrayLike<number> | undefined): number[][] {
  if (groups === undefined) return Array.from({ length: count }, (_, example) => [example]);
  if (groups.length !== count) throw new RangeError(`groups must give one group per example (${count}), got ${groups.length}`);
  const byGroup = new Map<number, number[]>();
  for (let example = 0; example < count; example++) {
    const group = groups[example] as number;
    const unit = byGroup.get(group);
    if (unit === undefined) byGroup.set(group, [example]);
    else unit.push(example);
  }
  return [...byGroup.values()];
}
