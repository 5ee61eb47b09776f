import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../src/evaluate/average-precision';
import { bestF1Threshold } from '../../src/evaluate/best-f1-threshold';
import { rocAuc } from '../../src/evaluate/roc-auc';
import { indexScores, rankScores } from '../../src/evaluate/score-ranking';

const labelled = (pairs: readonly [number, 0 | 1][]) => pairs.map(([score, label]) => ({ score, positive: label === 1 }));

// Positives at ranks 1 and 3 of 5. Pairs: 0.9 beats all three negatives, 0.7 beats two of them: 5 of 6.
// AP: at 0.9 recall 1/2 with precision 1, at 0.7 recall 1 with precision 2/3: 1/2 + 1/3 = 5/6.
const INTERLEAVED = labelled([
  [0.9, 1],
  [0.8, 0],
  [0.7, 1],
  [0.6, 0],
  [0.5, 0],
]);

// Every score tied across the classes: each tied pair counts half, and a tie is one step of the PR curve.
const TIED = labelled([
  [0.8, 1],
  [0.8, 0],
  [0.4, 1],
  [0.4, 0],
]);

// scikit-learn's documented example: average_precision_score 0.8333..., roc_auc_score 0.75.
const SKLEARN_EXAMPLE = labelled([
  [0.1, 0],
  [0.4, 0],
  [0.35, 1],
  [0.8, 1],
]);

describe('rankScores', () => {
  it('groups tied scores, highest first, with the weight of each class', () => {
    const ranking = rankScores(TIED);
    expect(ranking.thresholds).toEqual([0.8, 0.4]);
    expect([...Array.from(ranking.positives)]).toEqual([1, 1]);
    expect([...Array.from(ranking.negatives)]).toEqual([1, 1]);
    expect([ranking.totalPositives, ranking.totalNegatives]).toEqual([2, 2]);
  });

  it('counts an example as many times as its weight, and leaves out weight 0', () => {
    const ranking = rankScores(INTERLEAVED, [3, 0, 1, 2, 0]);
    expect(Array.from(ranking.positives)).toEqual([3, 0, 1, 0, 0]);
    expect(Array.from(ranking.negatives)).toEqual([0, 0, 0, 2, 0]);
    expect([ranking.totalPositives, ranking.totalNegatives]).toEqual([4, 2]);
  });

  it('refuses a score that is not a finite number, naming the example', () => {
    expect(() => indexScores([0.2, Number.NaN])).toThrow('score of example 1 is not a finite number: NaN');
    expect(() => indexScores([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('rocAuc', () => {
  it('is the share of positive-negative pairs ranked right', () => {
    expect(rocAuc(rankScores(INTERLEAVED))).toBeCloseTo(5 / 6, 12);
    expect(rocAuc(rankScores(SKLEARN_EXAMPLE))).toBeCloseTo(0.75, 12);
  });

  it('counts tied pairs as half', () => {
    expect(rocAuc(rankScores(TIED))).toBe(0.5);
  });

  it('is undefined without both classes', () => {
    expect(rocAuc(rankScores(labelled([[0.3, 1]])))).toBeNull();
    expect(rocAuc(rankScores(labelled([[0.3, 0]])))).toBeNull();
    expect(rocAuc(rankScores([]))).toBeNull();
  });
});

describe('averagePrecision', () => {
  it('sums precision times the recall gained at each threshold, without interpolation', () => {
    expect(averagePrecision(rankScores(INTERLEAVED))).toBeCloseTo(5 / 6, 12);
    expect(averagePrecision(rankScores(SKLEARN_EXAMPLE))).toBeCloseTo(0.8333333333333333, 12);
  });

  it('takes a tie as one step', () => {
    // Both steps have precision 1/2: an interpolating or tie-breaking AP would give more.
    expect(averagePrecision(rankScores(TIED))).toBe(0.5);
  });

  it('is the base rate when every score is the same, and undefined without positives', () => {
    expect(averagePrecision(rankScores(labelled([[0.5, 1], [0.5, 0], [0.5, 0], [0.5, 0]])))).toBe(0.25);
    expect(averagePrecision(rankScores(labelled([[0.5, 0]])))).toBeNull();
  });
});

describe('bestF1Threshold', () => {
  it('finds the cut with the highest F1 and reports its precision and recall', () => {
    // Cuts: 0.9 → F1 2/3, 0.8 → 1/2, 0.7 → 4/5, 0.6 → 2/3, 0.5 → 4/7.
    expect(bestF1Threshold(rankScores(INTERLEAVED))).toEqual({ threshold: 0.7, precision: 2 / 3, recall: 1, f1: 0.8 });
  });

  it('prefers the higher threshold when two cuts have the same F1', () => {
    // Cut at 0.9: P 1, R 1/2, F1 2/3. Cut at 0.5: P 1/2, R 1, F1 2/3.
    const result = bestF1Threshold(rankScores(labelled([[0.9, 1], [0.5, 1], [0.5, 0], [0.5, 0]])));
    expect(result).toMatchObject({ threshold: 0.9, f1: 2 / 3 });
  });

  it('is undefined without positives', () => {
    expect(bestF1Threshold(rankScores(labelled([[0.9, 0]])))).toBeNull();
  });
});
