import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapIntervals } from '../../src/evaluate/bootstrap';
import { quantileSorted } from '../../src/evaluate/percentile';
import { rocAuc } from '../../src/evaluate/roc-auc';
import { indexScores, rankScores } from '../../src/evaluate/score-ranking';

describe('quantileSorted', () => {
  it('interpolates linearly between the nearest ranks', () => {
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([7], 0.975)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeUndefined();
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
  });
});

const LABELS = [true, true, true, false, false, false, false, false, false, false];
const weightSum = (weights: Uint32Array, keep: (i: number) => boolean): number =>
  Array.from(weights).reduce((sum, weight, i) => (keep(i) ? sum + weight : sum), 0);

describe('bootstrapIntervals', () => {
  it('draws each class to its own size in every resample (stratified)', () => {
    const drawn: [number, number][] = [];
    bootstrapIntervals(
      LABELS,
      (weights) => {
        drawn.push([weightSum(weights, (i) => LABELS[i] === true), weightSum(weights, (i) => LABELS[i] === false)]);
        return { any: 0 };
      },
      { resamples: 50 },
    );
    expect(drawn).toHaveLength(50);
    expect(new Set(drawn.map(([p, n]) => `${p}/${n}`))).toEqual(new Set(['3/7']));
  });

  it('draws the examples of one group together, and a group with a positive among the positive groups', () => {
    // Near-copies of one template: examples 0-1 (positive), 3-5 and 6-9 are groups; 2 stands alone.
    const groups = [0, 0, 1, 2, 2, 2, 3, 3, 3, 3];
    const labels = [true, true, false, false, false, false, false, false, false, false];
    bootstrapIntervals(
      labels,
      (weights) => {
        expect(weights[0]).toBe(weights[1]);
        expect(new Set([weights[3], weights[4], weights[5]]).size).toBe(1);
        expect(new Set([weights[6], weights[7], weights[8], weights[9]]).size).toBe(1);
        // One positive group, drawn once: its two examples, every time.
        expect((weights[0] ?? 0) + (weights[1] ?? 0)).toBe(2);
        return { any: 0 };
      },
      { resamples: 40, groups },
    );
  });

  it('gives the same intervals with one group per example as without groups', () => {
    const share = (weights: Uint32Array) => ({ share: weightSum(weights, (i) => i === 0) / 3 });
    const singletons = LABELS.map((_, i) => i);
    expect(bootstrapIntervals(LABELS, share, { resamples: 200, seed: 3, groups: singletons })).toEqual(
      bootstrapIntervals(LABELS, share, { resamples: 200, seed: 3 }),
    );
  });

  it('reproduces exactly with the same seed, and differs with another', () => {
    const share = (weights: Uint32Array) => ({ share: weightSum(weights, (i) => i === 0) / 3 });
    const first = bootstrapIntervals(LABELS, share, { resamples: 200, seed: 7 });
    expect(bootstrapIntervals(LABELS, share, { resamples: 200, seed: 7 })).toEqual(first);
    const draws = (seed: number) => {
      const seen: number[] = [];
      bootstrapIntervals(LABELS, (weights) => ({ x: (seen.push(weights[0] ?? 0), 0) }), { resamples: 30, seed });
      return seen;
    };
    expect(draws(1)).not.toEqual(draws(2));
  });

  it('takes the percentiles of the defined values only, and says how many there were', () => {
    let call = 0;
    // Defined in 4 of 5 resamples, with values 1, 2, 3, 4: the 90% interval is the 5th and 95th percentiles.
    const intervals = bootstrapIntervals(
      LABELS,
      () => {
        call += 1;
        return { odd: call === 3 ? null : call > 3 ? call - 1 : call, never: null };
      },
      { resamples: 5, confidence: 0.9 },
    );
    expect(intervals.odd?.resamples).toBe(4);
    expect(intervals.odd?.low).toBeCloseTo(1.15, 12);
    expect(intervals.odd?.high).toBeCloseTo(3.85, 12);
    expect(intervals.never).toBeNull();
  });

  it('refuses settings that make no sense', () => {
    const none = () => ({ x: 0 });
    expect(() => bootstrapIntervals(LABELS, none, { resamples: 0 })).toThrow('resamples must be a positive integer, got 0');
    expect(() => bootstrapIntervals(LABELS, none, { seed: 1.5 })).toThrow('seed must be an integer');
    expect(() => bootstrapIntervals(LABELS, none, { confidence: 1 })).toThrow('confidence must be between 0 and 1');
  });

  it('gives an ROC-AUC interval that contains the estimate on data with both classes well represented', () => {
    const dataset = fc
      .tuple(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 15, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 15, maxLength: 40 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
      )
      // Positives shifted up by a random margin: anything from chance to a clear separation.
      .map(([positives, negatives, shift]) => [
        ...positives.map((score) => ({ score: score + shift, positive: true })),
        ...negatives.map((score) => ({ score, positive: false })),
      ]);
    fc.assert(
      fc.property(dataset, fc.integer(), (examples, seed) => {
        const index = indexScores(examples.map((e) => e.score));
        const estimate = rocAuc(rankScores(examples, undefined, index)) ?? Number.NaN;
        const { auc } = bootstrapIntervals(
          examples.map((e) => e.positive),
          (weights) => ({ auc: rocAuc(rankScores(examples, weights, index)) }),
          { resamples: 200, seed },
        );
        expect(auc?.resamples).toBe(200);
        expect(auc?.low).toBeLessThanOrEqual(estimate);
        expect(auc?.high).toBeGreaterThanOrEqual(estimate);
      }),
      { numRuns: 40 },
    );
  });
});
