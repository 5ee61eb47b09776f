import { describe, expect, it } from 'vitest';
import { readAmountAt, readAmountFrom } from '../../../src/extract/pay/parse-amount';

describe('readAmountAt', () => {
  it('reads currency, number and units together', () => {
    expect(readAmountAt('us$ 1.5k', 4)).toMatchObject({ start: 0, end: 8, value: 1500, written: 1.5, factor: 1000, currency: 'USD' });
    expect(readAmountAt('15 triệu đồng', 0)).toMatchObject({ end: 13, value: 15e6, currency: 'VND', impliedCurrency: 'VND' });
    expect(readAmountAt('월급 300만원', 3)).toMatchObject({ start: 3, end: 8, value: 3e6, currency: 'KRW' });
    expect(readAmountAt('$1500 usd', 1)).toMatchObject({ start: 0, end: 9, currency: 'USD' });
  });

  it('reads Chinese numerals, and a lone 万 only after 过 or 上', () => {
    expect(readAmountAt('月薪两万元', 2)).toMatchObject({ value: 20_000, chineseNumeral: true, currency: 'yuan-sign' });
    expect(readAmountAt('月入过万', 3)).toMatchObject({ value: 10_000 });
    expect(readAmountAt('万达广场', 0)).toBeNull();
  });

  it('rejects numbers that belong to something else', () => {
    expect(readAmountAt('covid19', 5)).toBeNull();
    expect(readAmountAt('+84 912', 1)).toBeNull();
    expect(readAmountAt('12/05', 3)).toBeNull();
    expect(readAmountAt('9:30', 2)).toBeNull();
  });

  it('drops a currency name that does not fit the amount', () => {
    expect(readAmountAt('php 7', 4)).toMatchObject({ currency: null, value: 7 });
    expect(readAmountAt('2 đồng nghiệp', 0)).toMatchObject({ currency: null, end: 1 });
  });

  it('flags currency names that are words', () => {
    expect(readAmountAt('cad 2020', 4)?.currencyIsWord).toBe(true);
    expect(readAmountAt('$2020', 1)?.currencyIsWord).toBe(false);
  });
});

describe('readAmountFrom', () => {
  it('reads the upper end of a range with its own currency', () => {
    expect(readAmountFrom('$800 to $1,000', 8)).toMatchObject({ start: 8, end: 14, value: 1000, currency: 'USD' });
    expect(readAmountFrom('1-2万', 2)).toMatchObject({ value: 20_000, written: 2, factor: 10_000 });
  });
});
