import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignShares, spreadWithinClass } from '../../../src/classify/train/campaign-weights';
import { baseRateWeights } from '../../../src/classify/train/base-rate-weights';

describe('campaignShares', () => {
  it('gives each ad 1 / its campaign size at power 1, so a campaign counts once', () => {
    expect([...campaignShares([0, 0, 0, 1, 2, 2], 1)]).toEqual([1 / 3, 1 / 3, 1 / 3, 1, 0.5, 0.5]);
  });

  it('leaves every ad at 1 at power 0, and an ad with no campaign at 1 always', () => {
    expect([...campaignShares([0, 0, 1], 0)]).toEqual([1, 1, 1]);
    expect([...campaignShares([undefined, 3, 3, 3, 3], 0.5)]).toEqual([1, 0.5, 0.5, 0.5, 0.5]);
  });
});

describe('spreadWithinClass', () => {
  it('keeps each class at its total weight, so the base rate the weights encode holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 8 })), { minLength: 2, maxLength: 120 }).filter((rows) => rows.some(([p]) => p) && rows.some(([p]) => !p)),
        fc.constantFrom(0, 0.5, 1),
        (rows, power) => {
          const positives = rows.map(([positive]) => positive);
          const base = baseRateWeights(positives, 0.05);
          const spread = spreadWithinClass(base, positives, campaignShares(rows.map(([, group]) => group), power));
          for (const positive of [true, false]) {
            const total = (weights: ArrayLike<number>) => positives.reduce((sum, p, i) => (p === positive ? sum + (weights[i] as number) : sum), 0);
            expect(total(spread)).toBeCloseTo(total(base), 9);
          }
          for (const weight of spread) expect(weight).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('weighs a lone ad as much as a whole campaign of its class at power 1', () => {
    const positives = [true, true, true, true, false];
    const spread = spreadWithinClass([1, 1, 1, 1, 1], positives, campaignShares([0, 0, 0, 1, 2], 1));
    expect((spread[0] as number) + (spread[1] as number) + (spread[2] as number)).toBeCloseTo(spread[3] as number, 12);
    expect(spread[4]).toBe(1);
  });
});
