import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../src/evaluate/average-precision';
import { bestF1Threshold } from '../../src/evaluate/best-f1-threshold';
import { rocAuc } from '../../src/evaluate/roc-auc';
import { rankScores } from '../../src/evaluate/score-ranking';

interface Example {
  score: number;
  positive: boolean;
}

// Scores on a coarse grid, so ties across and within classes are common.
const example = fc.record({ score: fc.integer({ min: 0, max: 20 }).map((step) => step / 20), positive: fc.boolean() });
const bothClasses = fc
  .array(example, { minLength: 2, maxLength: 60 })
  .filter((examples) => examples.some((e) => e.positive) && examples.some((e) => !e.positive));

/** The definition itself: every pair, ties half. */
function pairwiseAuc(examples: readonly Example[]): number {
  const positives = examples.filter((e) => e.positive);
  const negatives = examples.filter((e) => !e.positive);
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

/** AP as the mean, over the positives, of the precision of the cut at that positive's score. */
function averagePrecisionByPositives(examples: readonly Example[]): number {
  const positives = examples.filter((e) => e.positive);
  const precisionAt = (threshold: number): number => {
    const flagged = examples.filter((e) => e.score >= threshold);
    return flagged.filter((e) => e.positive).length / flagged.length;
  };
  return positives.reduce((sum, p) => sum + precisionAt(p.score), 0) / positives.length;
}

const withScores = (examples: readonly Example[], map: (score: number) => number): Example[] =>
  examples.map((e) => ({ ...e, score: map(e.score) }));

describe('ranking metrics: properties', () => {
  it('ROC-AUC agrees with counting every pair', () => {
    fc.assert(
      fc.property(bothClasses, (examples) => {
        expect(rocAuc(rankScores(examples))).toBeCloseTo(pairwiseAuc(examples), 10);
      }),
    );
  });

  it('average precision of a ranking with every positive above every negative is exactly 1', () => {
    // fast-check's counterexample: summing fractions of the total gave 1.0000000000000002.
    const scores = [0.05, 0.2, 0.1, 0.15, 0.25, 0.25, 0.25, 0.25, 0.25].map((score) => ({ score, positive: true }));
    expect(averagePrecision(rankScores([...scores, { score: 0, positive: false }]))).toBe(1);
  });

  it('average precision agrees with the mean precision at each positive, and lies in [0, 1]', () => {
    fc.assert(
      fc.property(bothClasses, (examples) => {
        const ap = averagePrecision(rankScores(examples)) ?? Number.NaN;
        expect(ap).toBeCloseTo(averagePrecisionByPositives(examples), 10);
        expect(ap).toBeGreaterThanOrEqual(0);
        expect(ap).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('a perfect ranking scores 1 and a reversed one 0 (AP 1 and at most the base rate at its best)', () => {
    const sizes = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(sizes, ([positives, negatives]) => {
        const perfect = [
          ...Array.from({ length: positives }, (_, i) => ({ score: 1 + i, positive: true })),
          ...Array.from({ length: negatives }, (_, i) => ({ score: -i, positive: false })),
        ];
        const reversed = withScores(perfect, (score) => -score);
        expect(rocAuc(rankScores(perfect))).toBe(1);
        expect(averagePrecision(rankScores(perfect))).toBeCloseTo(1, 12);
        expect(bestF1Threshold(rankScores(perfect))?.f1).toBe(1);
        expect(rocAuc(rankScores(reversed))).toBe(0);
        expect(averagePrecision(rankScores(reversed))).toBeLessThanOrEqual(positives / (positives + negatives) + 1e-12);
      }),
    );
  });

  it('depends only on the order of the scores: a strictly increasing transform changes nothing', () => {
    const transforms = fc.constantFrom<(score: number) => number>(
      (score) => Math.exp(4 * score),
      (score) => 3 * score - 7,
      (score) => score ** 3,
      (score) => Math.log1p(score) / 10,
    );
    fc.assert(
      fc.property(bothClasses, transforms, (examples, transform) => {
        const before = rankScores(examples);
        const after = rankScores(withScores(examples, transform));
        expect(rocAuc(after)).toBeCloseTo(rocAuc(before) ?? Number.NaN, 12);
        expect(averagePrecision(after)).toBeCloseTo(averagePrecision(before) ?? Number.NaN, 12);
        expect(bestF1Threshold(after)?.f1).toBeCloseTo(bestF1Threshold(before)?.f1 ?? Number.NaN, 12);
      }),
    );
  });

  it('swapping the classes mirrors ROC-AUC around 1/2', () => {
    fc.assert(
      fc.property(bothClasses, (examples) => {
        const swapped = examples.map((e) => ({ ...e, positive: !e.positive }));
        expect((rocAuc(rankScores(swapped)) ?? Number.NaN) + (rocAuc(rankScores(examples)) ?? Number.NaN)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('integer weights count the same as repeating the examples', () => {
    const weighted = fc.array(fc.tuple(example, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(weighted, (pairs) => {
        const examples = pairs.map(([e]) => e);
        const repeated = pairs.flatMap(([e, weight]) => Array.from({ length: weight }, () => e));
        const byWeight = rankScores(
          examples,
          pairs.map(([, weight]) => weight),
        );
        const byRepeat = rankScores(repeated);
        expect(rocAuc(byWeight)).toEqual(rocAuc(byRepeat));
        expect(averagePrecision(byWeight) ?? 0).toBeCloseTo(averagePrecision(byRepeat) ?? 0, 12);
        expect(bestF1Threshold(byWeight)?.f1 ?? 0).toBeCloseTo(bestF1Threshold(byRepeat)?.f1 ?? 0, 12);
      }),
    );
  });
});
