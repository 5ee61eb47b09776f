import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAY_PERIODS } from '../../../src/extract/facts';
import { USD_PER_UNIT, type CurrencyCode } from '../../../src/extract/pay/currency-rates';
import { YEARLY_FROM_USD, estimateMonthlyUsd } from '../../../src/extract/pay/monthly-usd';

describe('estimateMonthlyUsd', () => {
  it('converts each stated period to a month', () => {
    expect(estimateMonthlyUsd(25, 25, 'USD', 'hour')).toEqual({ min: 4000, max: 4000 });
    expect(estimateMonthlyUsd(100, 100, 'USD', 'day')).toEqual({ min: 2200, max: 2200 });
    expect(estimateMonthlyUsd(600, 600, 'USD', 'week')).toEqual({ min: 2598, max: 2598 });
    expect(estimateMonthlyUsd(60_000, 72_000, 'USD', 'year')).toEqual({ min: 5000, max: 6000 });
  });

  it('converts currencies at the table rates', () => {
    const estimate = estimateMonthlyUsd(20_000_000, 20_000_000, 'VND', 'month');
    expect(estimate?.max).toBeGreaterThan(650);
    expect(estimate?.max).toBeLessThan(900);
  });

  it('takes an amount with no period as monthly, unless it is a yearly-sized salary', () => {
    expect(estimateMonthlyUsd(5000, 5000, 'CNY', 'unknown')?.max).toBeCloseTo(695, 0);
    expect(estimateMonthlyUsd(55_000, 55_000, 'USD', 'unknown')?.max).toBeCloseTo(4583.33, 2);
    expect(estimateMonthlyUsd(YEARLY_FROM_USD - 1, YEARLY_FROM_USD - 1, 'USD', 'unknown')?.max).toBe(YEARLY_FROM_USD - 1);
  });

  it('gives no estimate without a currency', () => {
    expect(estimateMonthlyUsd(5000, 5000, null, 'month')).toBeNull();
  });

  it('gives no estimate for pay per task, since no ad says how many tasks make a month', () => {
    expect(estimateMonthlyUsd(0.5, 2, 'CNY', 'task')).toBeNull();
    expect(estimateMonthlyUsd(50, 50, 'USD', 'task')).toBeNull();
  });

  it('keeps min ≤ max and finite values for any amounts, currencies and periods', () => {
    const currencies = Object.keys(USD_PER_UNIT) as CurrencyCode[];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...PAY_PERIODS.filter((period) => period !== 'task')),
        (a, b, currency, period) => {
          const estimate = estimateMonthlyUsd(Math.min(a, b), Math.max(a, b), currency, period);
          expect(estimate).not.toBeNull();
          expect(Number.isFinite(estimate?.min) && Number.isFinite(estimate?.max)).toBe(true);
          expect(estimate?.min).toBeLessThanOrEqual(estimate?.max ?? -1);
        },
      ),
    );
  });
});
