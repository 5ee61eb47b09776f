import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../src/classify/train/fit-logistic';

const row = (...pairs: [number, number][]) => ({
  indices: Int32Array.from(pairs.map(([index]) => index)),
  values: Float64Array.from(pairs.map(([, value]) => value)),
});

describe('fitLogistic', () => {
  // Feature 0 marks fraud three times in four; feature 1 is noise present in every row.
  const rows = [row([0, 1], [1, 1]), row([0, 1], [1, 1]), row([0, 1], [1, 1]), row([1, 1]), row([1, 1]), row([1, 1]), row([0, 1], [1, 1]), row([1, 1])];
  const labels = [1, 1, 1, 0, 0, 0, 0, 0] as const;

  it('learns a positive weight for the feature that marks positives, and reproduces the rates it saw', () => {
    const fit = fitLogistic({ rows, labels, sampleWeights: new Float64Array(8).fill(1), dimension: 2, l2: 1e-6 });
    expect(fit.weights[0]).toBeGreaterThan(1);
    // Unregularised logistic regression matches the training rates: P(y|f0) = 3/4, P(y|no f0) = 0/4 (pushed low).
    const withFeature = 1 / (1 + Math.exp(-(fit.bias + (fit.weights[0] as number) + (fit.weights[1] as number))));
    expect(withFeature).toBeCloseTo(0.75, 2);
  });

  it('gives the same weights bit for bit on every run', () => {
    const options = { rows, labels, sampleWeights: new Float64Array(8).fill(1), dimension: 2, l2: 0.5 };
    expect([...fitLogistic(options).weights]).toEqual([...fitLogistic(options).weights]);
  });

  it('pulls a weight toward its prior mean, not zero, when the data says nothing about it', () => {
    const fit = fitLogistic({ rows, labels, sampleWeights: new Float64Array(8).fill(1), dimension: 3, l2: 1, priorMeans: [0, 0, 2.5] });
    expect(fit.weights[2]).toBeCloseTo(2.5, 6);
  });

  it('shifts probabilities down when negatives weigh more', () => {
    const plain = fitLogistic({ rows, labels, sampleWeights: new Float64Array(8).fill(1), dimension: 2, l2: 0.1 });
    const costed = fitLogistic({ rows, labels, sampleWeights: Float64Array.from(labels, (y) => (y ? 1 : 4)), dimension: 2, l2: 0.1 });
    const score = (fit: typeof plain) => fit.bias + (fit.weights[0] as number) + (fit.weights[1] as number);
    expect(score(costed)).toBeLessThan(score(plain));
  });
});
