import { describe, expect, it } from 'vitest';
import { RATES_AS_OF, USD_PER_UNIT, toUsd } from '../../../src/extract/pay/currency-rates';

describe('currency rates', () => {
  it('covers the currencies of the regions scam compounds recruit from', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'CNY', 'HKD', 'TWD', 'JPY', 'KRW', 'VND', 'THB', 'IDR', 'MYR', 'PHP', 'KHR']) {
      expect(USD_PER_UNIT).toHaveProperty(code);
    }
    for (const code of ['MMK', 'LAK', 'SGD', 'INR', 'KES', 'NGN', 'AUD', 'CAD', 'AED']) {
      expect(USD_PER_UNIT).toHaveProperty(code);
    }
  });

  it('holds positive rates with a date', () => {
    expect(Object.values(USD_PER_UNIT).every((rate) => rate > 0 && Number.isFinite(rate))).toBe(true);
    expect(RATES_AS_OF).toMatch(/^\d{4}-\d{2}$/);
  });

  it('puts well-known currencies in a plausible range', () => {
    expect(toUsd(7.2, 'CNY')).toBeGreaterThan(0.9);
    expect(toUsd(7.2, 'CNY')).toBeLessThan(1.1);
    expect(toUsd(25_000, 'VND')).toBeGreaterThan(0.85);
    expect(toUsd(25_000, 'VND')).toBeLessThan(1.1);
    expect(toUsd(1400, 'KRW')).toBeGreaterThan(0.9);
    expect(toUsd(1400, 'KRW')).toBeLessThan(1.1);
  });
});
