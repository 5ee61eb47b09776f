import { seededRandom } from '../../src/classify/train/seeded-random';
import { quantileSorted } from '../../src/evaluate/percentile';

/**
 * Percentile bootstrap over near-copy groups: each resample draws whole groups with replacement, groups holding a
 * fraudulent ad and groups without one separately (so every resample has both classes). Resampling single ads would
 * treat nine copies of one template as nine pieces of evidence and give intervals far too narrow.
 * `statistics(weights)` gets each example's multiplicity in the resample.
 */
export function groupBootstrap<Key extends string>(
  groups: ArrayLike<number>,
  positives: readonly boolean[],
  statistics: (weights: Float64Array) => Record<Key, number | null>,
  resamples = 1000,
  seed = 1,
): Record<Key, { low: number; high: number } | null> {
  const members = new Map<number, number[]>();
  for (let example = 0; example < groups.length; example++) {
    const list = members.get(groups[example] as number) ?? [];
    list.push(example);
    members.set(groups[example] as number, list);
  }
  const all = [...members.values()];
  const strata = [all.filter((group) => group.some((example) => positives[example])), all.filter((group) => !group.some((example) => positives[example]))];
  const random = seededRandom(seed);
  const weights = new Float64Array(groups.length);
  const samples = new Map<Key, number[]>();
  for (let resample = 0; resample < resamples; resample++) {
    weights.fill(0);
    for (const stratum of strata) {
      for (let draw = 0; draw < stratum.length; draw++) {
        for (const example of stratum[Math.floor(random() * stratum.length)] as number[]) weights[example] = (weights[example] as number) + 1;
      }
    }
    for (const [key, value] of Object.entries(statistics(weights)) as [Key, number | null][]) {
      if (!samples.has(key)) samples.set(key, []);
      if (value !== null) samples.get(key)?.push(value);
    }
  }
  const intervals = {} as Record<Key, { low: number; high: number } | null>;
  for (const [key, values] of samples) {
    const sorted = Float64Array.from(values).sort();
    const low = quantileSorted(sorted, 0.025);
    const high = quantileSorted(sorted, 0.975);
    intervals[key] = low === undefined || high === undefined ? null : { low, high };
  }
  return intervals;
}
