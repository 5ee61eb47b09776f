import { describe, expect, it } from 'vitest';
import { scoreBeforeFloorsAndCaps, weightedF1 } from '../../../scripts/eval/cv-measures';
import type { Verdict } from '../../../src/index';

const verdict = (score: number, floor?: number, cap?: number): Verdict =>
  ({ score, ...(floor === undefined ? {} : { floor: { contribution: floor } }), ...(cap === undefined ? {} : { cap: { contribution: cap } }) }) as unknown as Verdict;

describe('scoreBeforeFloorsAndCaps', () => {
  it('takes a floor and a cap back out of the score, in log-odds', () => {
    expect(scoreBeforeFloorsAndCaps(verdict(0.5))).toBeCloseTo(0, 12);
    expect(scoreBeforeFloorsAndCaps(verdict(0.5, 1.5))).toBeCloseTo(-1.5, 12);
    expect(scoreBeforeFloorsAndCaps(verdict(0.5, undefined, -2))).toBeCloseTo(2, 12);
  });

  it('keeps the order of certain scores with ±50', () => {
    expect([scoreBeforeFloorsAndCaps(verdict(1)), scoreBeforeFloorsAndCaps(verdict(0))]).toEqual([50, -50]);
  });
});

describe('weightedF1', () => {
  it('counts each ad by its weight', () => {
    // tp = 2 (weight 2), fp = 1, fn = 1: F1 = 4 / 6.
    const measured = weightedF1([true, true, false, false], [true, false, true, false], [2, 1, 1, 5]);
    expect(measured.f1).toBeCloseTo(4 / 6, 12);
    expect(measured.precision).toBeCloseTo(2 / 3, 12);
    expect(measured.recall).toBeCloseTo(2 / 3, 12);
  });

  it('is null where nothing is flagged and nothing is fraud', () => {
    expect(weightedF1([false, false], [false, false], [1, 1])).toEqual({ f1: null, precision: null, recall: null });
  });
});
