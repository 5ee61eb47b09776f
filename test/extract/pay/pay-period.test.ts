import { describe, expect, it } from 'vitest';
import { MONTHLY_MULTIPLE, matchPeriodAfter, matchPeriodBefore, periodOfWord } from '../../../src/extract/pay/pay-period';

describe('matchPeriodAfter', () => {
  it.each([
    ['$1,500/month', 6, 'month'],
    ['$1,500 / mo', 6, 'month'],
    ['1000 per month', 4, 'month'],
    ['$5k a month', 3, 'month'],
    ['$25/hr', 3, 'hour'],
    ['$25 an hour', 3, 'hour'],
    ['£14,000 per annum', 7, 'year'],
    ['$80k p.a.', 4, 'year'],
    ['$600 weekly', 4, 'week'],
    ['20 triệu/tháng', 8, 'month'],
    ['1 triệu đồng/ngày', 12, 'day'],
    ['500 mỗi tháng', 3, 'month'],
    ['rp 5 juta per bulan', 10, 'month'],
    ['rp 5 juta sebulan', 10, 'month'],
    ['40,000 kada buwan', 6, 'month'],
    ['75,000 บาท/เดือน', 10, 'month'],
    ['30,000 บาทต่อเดือน', 10, 'month'],
    ['5000元/月', 5, 'month'],
    ['5000元每月', 5, 'month'],
    ['20元一小时', 3, 'hour'],
    ['200元日结', 4, 'day'],
    ['300만원/월', 5, 'month'],
  ] as const)('reads the period after the amount in %j', (folded, position, period) => {
    expect(matchPeriodAfter(folded, position)?.period).toBe(period);
  });

  it('does not read words that only start like a period', () => {
    expect(matchPeriodAfter('$5000 a more', 5)).toBeNull();
    expect(matchPeriodAfter('$5000 a daycare', 5)).toBeNull();
    expect(matchPeriodAfter('5000元一月', 5)).toBeNull();
  });

  it('flags "pm" as possibly a clock time', () => {
    expect(matchPeriodAfter('5 pm', 1)).toMatchObject({ period: 'month', timeLike: true });
  });
});

describe('matchPeriodBefore', () => {
  it.each([
    ['月1万ドル', 1, 'month', 0],
    ['월 300만원', 2, 'month', 0],
    ['monthly: $5000', 9, 'month', 0],
    ['一天100美元', 2, 'day', 0],
    ['เดือนละ 30,000', 7, 'month', 0],
  ] as const)('reads the period before the amount in %j', (folded, position, period, start) => {
    expect(matchPeriodBefore(folded, position)).toMatchObject({ period, start, end: position });
  });

  it('needs the period word to be a whole word', () => {
    expect(matchPeriodBefore('bimonthly $5000', 10)).toBeNull();
  });
});

describe('period words', () => {
  it('names the period of single words between a keyword and its amount', () => {
    expect(periodOfWord('tháng')).toBe('month');
    expect(periodOfWord('一天')).toBe('day');
    expect(periodOfWord('hourly')).toBe('hour');
    expect(periodOfWord('from')).toBeUndefined();
  });

  it('converts to months with the documented multiples', () => {
    expect(MONTHLY_MULTIPLE).toEqual({ hour: 160, day: 22, week: 4.33, month: 1, year: 1 / 12 });
  });
});
