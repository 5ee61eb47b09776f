import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUnskilledWages } from '../../../scripts/domain-data/unskilled-wages-data';
import { extractPay } from '../../../src/extract/pay/extract-pay';
import { judgeAgainstLocalWage } from '../../../src/extract/pay/local-wage';
import { foldText } from '../../../src/normalise/folded-text';
import { guessLanguage } from '../../../src/normalise/guess-language';

const root = join(import.meta.dirname, '../../..');
const problems: string[] = [];
const { examples } = readUnskilledWages(root, problems);

/** The highest multiple of the local day wage any pay in the text reaches, in the text's own language. */
function highestMultiple(text: string, language = guessLanguage([text])): number {
  const pays = extractPay({ field: 'description', text: foldText(text) });
  return Math.max(0, ...pays.map((pay) => judgeAgainstLocalWage(pay, language)?.multiple ?? 0));
}

describe('rules/currencies/unskilled-wages.yaml', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each(examples.filter((example) => example.atLeast !== null).map((example) => [example.text, example.atLeast]))(
    '%j is at least %s local day wages',
    (text, atLeast) => {
      expect(highestMultiple(text)).toBeGreaterThanOrEqual(atLeast as number);
    },
  );

  it.each(examples.filter((example) => example.atLeast === null).map((example) => [example.text]))(
    '%j stays under three local day wages',
    (text) => {
      expect(highestMultiple(text)).toBeLessThan(3);
    },
  );
});

describe('judgeAgainstLocalWage', () => {
  it('converts each period to a day: 8 hours, 6 days a week, 26 a month, one task', () => {
    const day = (period: 'hour' | 'day' | 'week' | 'month' | 'task', max: number): number | undefined =>
      judgeAgainstLocalWage({ max, currency: 'KRW', period }, 'ko')?.multiple;
    expect(day('day', 170_000)).toBeCloseTo(2, 5);
    expect(day('hour', 170_000 / 8)).toBeCloseTo(2, 5);
    expect(day('week', 170_000 * 6)).toBeCloseTo(2, 5);
    expect(day('month', 170_000 * 26)).toBeCloseTo(2, 5);
    expect(day('task', 170_000)).toBeCloseTo(2, 5);
  });

  it('judges US dollars in a Khmer or Vietnamese ad against the reader\'s home wage', () => {
    const khmer = judgeAgainstLocalWage({ max: 100, currency: 'USD', period: 'day' }, 'km');
    expect(khmer?.marketKnown).toBe(true);
    expect(khmer?.multiple).toBeGreaterThan(5);
    // $100 a day in an English ad is one US unskilled day wage, and the market is only assumed.
    expect(judgeAgainstLocalWage({ max: 100, currency: 'USD', period: 'day' }, 'en')).toEqual({ multiple: 1, marketKnown: false });
  });

  it('leaves foreign hourly and weekly dollars alone: honest remote work pays them', () => {
    expect(judgeAgainstLocalWage({ max: 8, currency: 'USD', period: 'hour' }, 'tl')).toBeNull();
    expect(judgeAgainstLocalWage({ max: 200, currency: 'USD', period: 'week' }, 'vi')).toBeNull();
  });

  it('cannot judge pay with no currency, no period, or a currency with no figure', () => {
    expect(judgeAgainstLocalWage({ max: 500, currency: null, period: 'day' }, 'th')).toBeNull();
    expect(judgeAgainstLocalWage({ max: 500, currency: 'THB', period: 'unknown' }, 'th')).toBeNull();
    expect(judgeAgainstLocalWage({ max: 500, currency: 'EUR', period: 'day' }, 'en')).toBeNull();
  });

  it('grows with the amount: more pay is never judged less implausible', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e8, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (max, factor) => {
        const low = judgeAgainstLocalWage({ max, currency: 'VND', period: 'day' }, 'vi')?.multiple ?? 0;
        const high = judgeAgainstLocalWage({ max: max * factor, currency: 'VND', period: 'day' }, 'vi')?.multiple ?? 0;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});
