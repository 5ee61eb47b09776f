import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledExample, type RiskLevel } from '../../src/index';

const example = (score: number, risk: RiskLevel, positive: boolean, fired: string[] = []): LabelledExample => ({ score, risk, positive, fired });

// The interleaved ranking of the metric tests (ROC-AUC 5/6, AP 5/6), with risks and rule hits.
const EXAMPLES = [
  example(0.9, 'critical', true, ['pattern.compound-lure', 'dest.sea-hotspot']),
  example(0.8, 'high', false, ['dest.sea-hotspot']),
  example(0.7, 'medium', true, ['pay.daily-or-commission']),
  example(0.6, 'low', false),
  example(0.5, 'low', false),
];

describe('evaluate', () => {
  it('reports counts, ranking metrics, each risk level and the rule table', () => {
    const evaluation = evaluate(EXAMPLES, { bootstrap: false });
    expect(evaluation).toMatchObject({ examples: 5, positives: 2, negatives: 3, baseRate: 0.4, bootstrap: null });
    expect(evaluation.rocAuc).toEqual({ value: expect.closeTo(5 / 6, 12), interval: null });
    expect(evaluation.prAuc.value).toBeCloseTo(5 / 6, 12);
    expect(evaluation.bestF1).toEqual({ threshold: 0.7, precision: 2 / 3, recall: 1, f1: 0.8 });
    expect(evaluation.levels.map((level) => level.level)).toEqual(['medium', 'high', 'critical']);
    expect(evaluation.levels[1]).toEqual({
      level: 'high',
      confusion: { truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 2 },
      precision: { value: 0.5, interval: null },
      recall: { value: 0.5, interval: null },
      f1: { value: 0.5, interval: null },
      falsePositiveRate: { value: 1 / 3, interval: null },
    });
    expect(evaluation.rules.map((rule) => [rule.id, rule.positiveHits, rule.negativeHits])).toEqual([
      ['pattern.compound-lure', 1, 0],
      ['pay.daily-or-commission', 1, 0],
      ['dest.sea-hotspot', 1, 1],
    ]);
  });

  it('bootstraps every metric reproducibly when asked, each interval around its estimate', () => {
    const many = Array.from({ length: 8 }, () => EXAMPLES).flat();
    const first = evaluate(many, { bootstrap: { resamples: 300, seed: 11 } });
    expect(first.bootstrap).toEqual({ resamples: 300, seed: 11, confidence: 0.95, stratified: true });
    expect(evaluate(many, { bootstrap: { resamples: 300, seed: 11 } })).toEqual(first);
    const estimates = [first.prAuc, first.rocAuc, ...first.levels.flatMap((level) => [level.precision, level.recall, level.f1, level.falsePositiveRate])];
    for (const estimate of estimates) {
      expect(estimate.interval).not.toBeNull();
      expect(estimate.interval?.low).toBeLessThanOrEqual(estimate.value ?? Number.NaN);
      expect(estimate.interval?.high).toBeGreaterThanOrEqual(estimate.value ?? Number.NaN);
    }
  });

  it('leaves what one class cannot tell undefined', () => {
    const evaluation = evaluate([example(0.2, 'low', false), example(0.7, 'high', false)], { bootstrap: { resamples: 20 } });
    expect(evaluation.rocAuc).toEqual({ value: null, interval: null });
    expect(evaluation.prAuc).toEqual({ value: null, interval: null });
    expect(evaluation.bestF1).toBeNull();
    expect(evaluation.levels[1]?.falsePositiveRate.value).toBe(0.5);
  });

  it('handles no examples at all', () => {
    const evaluation = evaluate([], { bootstrap: { resamples: 10 } });
    expect(evaluation).toMatchObject({ examples: 0, baseRate: null, rules: [], bestF1: null });
    expect(evaluation.levels[0]?.confusion).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 });
  });
});
