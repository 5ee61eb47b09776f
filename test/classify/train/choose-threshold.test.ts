import { describe, expect, it } from 'vitest';
import { choosePrecisionThreshold } from '../../../src/classify/train/choose-threshold';

const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];
const labels = [1, 1, 0, 1, 0, 0, 1] as const;
const ones = new Array(scores.length).fill(1);

describe('choosePrecisionThreshold', () => {
  it('returns the lowest score at which precision still holds', () => {
    // Precision at each cut: 1, 1, 2/3, 3/4, 3/5, 1/2, 4/7.
    expect(choosePrecisionThreshold(scores, labels, ones, 0.75)).toBe(0.6);
    expect(choosePrecisionThreshold(scores, labels, ones, 0.5)).toBe(0.3);
    expect(choosePrecisionThreshold(scores, labels, ones, 1)).toBe(0.8);
  });

  it('weighs examples: heavier negatives raise the threshold', () => {
    const weights = labels.map((label) => (label ? 1 : 3));
    // Weighted precision at each cut: 1, 1, 2/5, 3/6, 3/9, 3/12, 4/13.
    expect(choosePrecisionThreshold(scores, labels, weights, 0.5)).toBe(0.6);
    expect(choosePrecisionThreshold(scores, labels, ones, 0.5)).toBe(0.3);
  });

  it('never cuts between tied scores', () => {
    expect(choosePrecisionThreshold([0.9, 0.5, 0.5], [1, 1, 0], [1, 1, 1], 0.75)).toBe(0.9);
  });
});
