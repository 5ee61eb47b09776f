import { describe, expect, it } from 'vitest';
import { applyMultipliers } from '../../../src/extract/pay/multipliers';

/** Applies the units after the leading number of `text` (whose digits end at `end`). */
const multiply = (text: string, value: number, end: number) => applyMultipliers(text, value, end);

describe('applyMultipliers', () => {
  it.each([
    ['1.5k', 1.5, 3, 1500, null],
    ['12 juta', 12, 2, 12_000_000, 'IDR'],
    ['20 triệu', 20, 2, 20_000_000, 'VND'],
    ['300만원', 300, 3, 3_000_000, 'KRW'],
    ['3万', 3, 1, 30_000, null],
    ['3 หมื่น', 3, 1, 30_000, 'THB'],
    ['2 lakh', 2, 1, 200_000, 'INR'],
    ['$1.2m', 1.2, 4, 1_200_000, null],
  ] as const)('reads %j', (text, value, end, expected, implied) => {
    const result = multiply(text, value, end);
    expect(result.value).toBeCloseTo(expected, 6);
    expect(result.impliedCurrency).toBe(implied);
  });

  it('adds the smaller parts of Chinese and Korean compound amounts', () => {
    expect(multiply('1억 5000만원', 1, 1).value).toBe(150_000_000);
    expect(multiply('1万5千', 1, 1).value).toBe(15_000);
    expect(multiply('1万5', 1, 1).value).toBe(15_000);
    expect(multiply('2万5000元', 2, 1).value).toBe(25_000);
  });

  it('keeps a lone number and unit words that are really other words', () => {
    expect(multiply('5 km', 5, 1)).toMatchObject({ value: 5, factor: 1, end: 1 });
    expect(multiply('5 m', 5, 1)).toMatchObject({ value: 5, factor: 1 });
    expect(multiply('15 trên', 15, 2)).toMatchObject({ value: 15, factor: 1 });
  });

  it('reports the factor of the first unit for range sharing', () => {
    expect(multiply('2万', 2, 1).factor).toBe(10_000);
  });
});
