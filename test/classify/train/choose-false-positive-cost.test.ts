import { describe, expect, it } from 'vitest';
import { chooseFalsePositiveCost } from '../../../src/classify/train/choose-false-positive-cost';
import type { CombinerExample } from '../../../src/classify/train/train-combiner';

const options = { baseRate: 0.05, falsePositiveCost: 4, priorStrength: 1, repeatDecay: 0.5, precision: { medium: 0.5, high: 0.8 }, criticalScore: 0.95 };
const flag = (id: string) => ({ id, category: id.split('.')[0] ?? id, declaredWeight: 0.4, minimumWeight: 0 });

// Fraud reads partly as fraud to the classifier; a broad rule fires on most fraud and on a third of honest ads.
const examples: CombinerExample[] = [];
const folds: number[] = [];
for (let i = 0; i < 100; i++) {
  const positive = i % 4 === 0;
  const evidence = positive ? 0.5 + (i % 7) / 4 : -1 + (i % 9) / 4;
  const fired = (positive ? i % 8 !== 4 : i % 3 === 0) ? [flag('pay.broad')] : [];
  examples.push({ positive, plain: false, classifierEvidence: evidence, fired });
  folds.push(i % 5);
  // A derived plain reading of every other posting: fitted on, never judged.
  if (i % 4 < 2) {
    examples.push({ positive, plain: true, derived: true, classifierEvidence: -evidence, fired: [] });
    folds.push(i % 5);
  }
}

describe('chooseFalsePositiveCost', () => {
  it('returns one of the candidates, with the out-of-fold average precision of each', () => {
    const choice = chooseFalsePositiveCost(examples, folds, 5, [1, 2, 4], options);
    expect([1, 2, 4]).toContain(choice.cost);
    expect(Object.keys(choice.averagePrecision)).toEqual(['1', '2', '4']);
    for (const value of Object.values(choice.averagePrecision)) {
      expect(value).toBeGreaterThan(0.05);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(choice.averagePrecision[String(choice.cost)]).toBe(Math.max(...Object.values(choice.averagePrecision)));
  });

  it('is deterministic, and keeps the first candidate on a tie', () => {
    expect(chooseFalsePositiveCost(examples, folds, 5, [1, 2, 4], options)).toEqual(chooseFalsePositiveCost(examples, folds, 5, [1, 2, 4], options));
    expect(chooseFalsePositiveCost(examples, folds, 5, [3, 3], options).cost).toBe(3);
  });

  it('refuses an empty list of candidates', () => {
    expect(() => chooseFalsePositiveCost(examples, folds, 5, [], options)).toThrow(/no false-positive cost candidates/);
  });
});
