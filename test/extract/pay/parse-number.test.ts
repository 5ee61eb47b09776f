import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCjkNumeral, parseDigitRun, readCjkNumeralAt, readDigitsAt } from '../../../src/extract/pay/parse-number';

describe('parseDigitRun', () => {
  it.each([
    ['1500', 1500],
    ['1,500', 1500],
    ['1,500,000', 1_500_000],
    ['5.000.000', 5_000_000],
    ['2.000', 2000],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['17.40', 17.4],
    ['0.5', 0.5],
    ['1,500.50', 1500.5],
    ['1.500,50', 1500.5],
    ['2000.000', 2_000_000],
  ])('reads %j as %d', (raw, value) => {
    expect(parseDigitRun(raw)?.value).toBe(value);
  });

  it.each(['192.168.1.1', '1,50,000', '0912', '007', '1.2.3', '1,000.000,5', '1234567890123456'])(
    'rejects %j, which no ad writes as pay',
    (raw) => {
      expect(parseDigitRun(raw)).toBeNull();
    },
  );

  it('marks thousands separators as grouped, decimals as not', () => {
    expect(parseDigitRun('1,500')?.grouped).toBe(true);
    expect(parseDigitRun('1.5')?.grouped).toBe(false);
    expect(parseDigitRun('2020')?.grouped).toBe(false);
  });

  it('reads any integer written with English thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (value) => {
        expect(parseDigitRun(value.toLocaleString('en-US'))?.value).toBe(value);
        expect(parseDigitRun(value.toLocaleString('de-DE'))?.value).toBe(value);
      }),
    );
  });
});

describe('readDigitsAt', () => {
  it('reads thousands separated by spaces, but not a list of numbers', () => {
    expect(readDigitsAt('€20 000 grant', 1)).toEqual({ value: 20_000, end: 7, grouped: true });
    expect(readDigitsAt('+84 912 345 678', 4)?.value).toBe(912);
  });

  it('returns null where there is no number', () => {
    expect(readDigitsAt('salary', 0)).toBeNull();
  });
});

describe('parseCjkNumeral', () => {
  it.each([
    ['万', 10_000],
    ['两万', 20_000],
    ['十万', 100_000],
    ['二十万', 200_000],
    ['三千', 3000],
    ['三千五', 3500],
    ['一万五', 15_000],
    ['一万五千', 15_000],
    ['一千零五', 1005],
    ['兩萬', 20_000],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCjkNumeral(raw)).toBe(value);
  });

  it('reads numerals of a thousand or more, or hundreds written with 百, as amounts', () => {
    expect(readCjkNumeralAt('月薪两万元', 2)).toEqual({ value: 20_000, end: 4, grouped: true });
    expect(readCjkNumeralAt('日赚五百', 2)).toEqual({ value: 500, end: 4, grouped: true });
    expect(readCjkNumeralAt('一个人', 0)).toBeNull();
    expect(readCjkNumeralAt('五十个', 0)).toBeNull();
  });
});
