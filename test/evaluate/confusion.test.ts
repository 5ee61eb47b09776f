import { describe, expect, it } from 'vitest';
import { classificationRates } from '../../src/evaluate/confusion-matrix';
import { confusionAtRiskLevels } from '../../src/evaluate/risk-level-confusion';
import type { RiskLevel } from '../../src/index';

const example = (risk: RiskLevel, positive: boolean) => ({ risk, positive });
// Positives at critical, high and low; negatives at medium, high, low and low.
const EXAMPLES = [
  example('critical', true),
  example('high', true),
  example('low', true),
  example('medium', false),
  example('high', false),
  example('low', false),
  example('low', false),
];

describe('confusionAtRiskLevels', () => {
  it('counts "positive when risk >= level" at medium, high and critical', () => {
    expect(confusionAtRiskLevels(EXAMPLES)).toEqual({
      medium: { truePositives: 2, falsePositives: 2, falseNegatives: 1, trueNegatives: 2 },
      high: { truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 3 },
      critical: { truePositives: 1, falsePositives: 0, falseNegatives: 2, trueNegatives: 4 },
    });
  });

  it('counts each example as many times as its weight', () => {
    const matrices = confusionAtRiskLevels(EXAMPLES, [2, 0, 1, 0, 3, 1, 0]);
    expect(matrices.high).toEqual({ truePositives: 2, falsePositives: 3, falseNegatives: 1, trueNegatives: 1 });
  });

  it('refuses a risk that is not a level, naming the example', () => {
    expect(() => confusionAtRiskLevels([{ risk: 'severe' as RiskLevel, positive: true }])).toThrow('risk of example 0 is not a risk level: severe');
  });
});

describe('classificationRates', () => {
  it('computes precision, recall, F1 and the false-positive rate', () => {
    const rates = classificationRates({ truePositives: 2, falsePositives: 2, falseNegatives: 1, trueNegatives: 2 });
    expect(rates).toEqual({ precision: 0.5, recall: 2 / 3, f1: 4 / 7, falsePositiveRate: 0.5 });
  });

  it('leaves precision undefined when nothing is flagged, but F1 is then 0 if positives were missed', () => {
    expect(classificationRates({ truePositives: 0, falsePositives: 0, falseNegatives: 3, trueNegatives: 5 })).toEqual({
      precision: null,
      recall: 0,
      f1: 0,
      falsePositiveRate: 0,
    });
  });

  it('leaves recall and F1 undefined with neither positives nor flags', () => {
    expect(classificationRates({ truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 4 })).toEqual({
      precision: null,
      recall: null,
      f1: null,
      falsePositiveRate: 0,
    });
  });
});
