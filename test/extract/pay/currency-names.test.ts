import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchCurrencyAfter,
  matchCurrencyBefore,
  matchCurrencyPrefixAt,
  resolveCurrency,
  scriptHints,
} from '../../../src/extract/pay/currency-names';

describe('matchCurrencyBefore', () => {
  it.each([
    ['$800', 1, 'USD', 0],
    ['us$3,300', 3, 'USD', 0],
    ['rp. 5.000.000', 4, 'IDR', 0],
    ['gaji rm 5000', 8, 'MYR', 5],
    ['ksh 300,000', 4, 'KES', 0],
    ['₱40,000', 1, 'PHP', 0],
    ['hk$ 20,000', 4, 'HKD', 0],
    ['月薪美金1500', 4, 'USD', 2],
  ] as const)('reads the currency before the number in %j', (folded, numberStart, currency, start) => {
    expect(matchCurrencyBefore(folded, numberStart)).toMatchObject({ currency, start, end: numberStart });
  });

  it('does not take the end of a word for a currency code', () => {
    expect(matchCurrencyBefore('farm 5000', 5)).toBeNull();
    expect(matchCurrencyBefore('thus$5', 5)).toMatchObject({ currency: 'USD', start: 4 });
  });
});

describe('matchCurrencyAfter', () => {
  it.each([
    ['30,000 baht', 6, 'THB'],
    ['5000元', 4, 'yuan-sign'],
    ['300만원', 4, 'KRW'],
    ['300만 원을', 4, 'KRW'],
    ['30万円', 3, 'JPY'],
    ['15 triệu đồng', 8, 'VND'],
    ['1000$', 4, 'USD'],
    ['1500u', 4, 'USD'],
    ['70.000,- €', 6, 'EUR'],
  ] as const)('reads the currency after the amount in %j', (folded, position, currency) => {
    expect(matchCurrencyAfter(folded, position)?.currency).toBe(currency);
  });

  it('does not read the start of a word as a currency', () => {
    expect(matchCurrencyAfter('3 원하는', 1)).toBeNull();
    expect(matchCurrencyAfter('10 điểm', 2)).toBeNull();
    expect(matchCurrencyAfter('5 usdx', 1)).toBeNull();
    expect(matchCurrencyAfter('1500 u', 4)).toBeNull();
  });

  it('carries the smallest amount for which ambiguous names count', () => {
    expect(matchCurrencyAfter('2 đồng', 1)?.minAmount).toBe(1000);
  });
});

describe('matchCurrencyPrefixAt', () => {
  it('reads a currency name that starts the upper end of a range', () => {
    expect(matchCurrencyPrefixAt('$800 to $1,000', 8)).toEqual({ start: 8, end: 9, currency: 'USD', minAmount: 0 });
    expect(matchCurrencyPrefixAt('$800 to us', 8)).toBeNull();
  });
});

describe('resolveCurrency', () => {
  it('reads ¥ as yen in Japanese text and as yuan elsewhere', () => {
    expect(resolveCurrency('yen-sign', scriptHints('月給¥300,000です'))).toBe('JPY');
    expect(resolveCurrency('yen-sign', scriptHints('月薪¥8000'))).toBe('CNY');
  });

  it('reads 元 as New Taiwan dollars in traditional Chinese', () => {
    expect(resolveCurrency('yuan-sign', scriptHints('月薪3萬元'))).toBe('TWD');
    expect(resolveCurrency('yuan-sign', scriptHints('月薪3万元'))).toBe('CNY');
    expect(resolveCurrency('EUR', scriptHints(''))).toBe('EUR');
  });

  it('reads traditional forms that Japanese shares (時, 請, 臨) as Taiwan only in text without kana', () => {
    expect(resolveCurrency('yuan-sign', scriptHints('時薪400，晚班加給，意者請洽店長'))).toBe('TWD');
    expect(resolveCurrency('yuan-sign', scriptHints('日薪1500元 工地臨時工'))).toBe('TWD');
    expect(resolveCurrency('yuan-sign', scriptHints('时薪25元，兼职店员'))).toBe('CNY');
    expect(scriptHints('時給1200円、未経験でも大丈夫です').traditionalChinese).toBe(false);
  });
});

describe('scriptHints', () => {
  // The one-pass table must read exactly what one regex per class read.
  it('reads the same hints as a regex per character class', () => {
    const kana = /[\u3040-\u30ff]/;
    const traditional = /[萬與們這來會經驗發對錢說價實點歲關聯繫應徵當]/;
    const shared = /[時給請長臨資間門員職務勞週費證區灣機車電話號處從導]/;
    const vietnamese = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;
    const unit = fc.constantFrom(...'月薪资时時萬這です円ゃアーđươngă lương 30000 元¥ ㌀ゟヿ゠'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        const japanese = kana.test(text);
        expect(scriptHints(text)).toEqual({
          japanese,
          traditionalChinese: traditional.test(text) || (!japanese && shared.test(text)),
          vietnamese: vietnamese.test(text),
        });
      }),
      { numRuns: 500 },
    );
  });
});
