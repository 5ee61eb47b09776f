import { describe, expect, it } from 'vitest';
import { scriptHints } from '../../../src/extract/pay/currency-names';
import { findNumberWordPay } from '../../../src/extract/pay/find-number-word-pay';

function find(text: string): { value: number; currency: string | null; period: string; quoted: string }[] {
  const folded = text.toLowerCase();
  return findNumberWordPay(folded, () => scriptHints(folded)).map((pay) => ({
    value: pay.value,
    currency: pay.currency,
    period: pay.period,
    quoted: folded.slice(pay.start, pay.end),
  }));
}

describe('findNumberWordPay', () => {
  it('reads an amount in words with a currency word and a period', () => {
    expect(find('Earn two thousand dollars a week from home')).toEqual([
      { value: 2000, currency: 'USD', period: 'week', quoted: 'two thousand dollars a week' },
    ]);
  });

  it('reads an amount in words with no currency after a word about earning it', () => {
    expect(find('You could make five hundred a day')).toEqual([
      { value: 500, currency: null, period: 'day', quoted: 'five hundred a day' },
    ]);
  });

  it('leaves out counts of people, stores and the like', () => {
    expect(find('We hire five hundred people a year')).toEqual([]);
    expect(find('one of two thousand stores')).toEqual([]);
    expect(find('There are five hundred of us a day')).toEqual([]);
  });

  it('skips the scan when no scale word or money word is present', () => {
    expect(find('one two three four')).toEqual([]);
  });
});
