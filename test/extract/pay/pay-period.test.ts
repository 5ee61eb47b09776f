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

describe('pay per task, day words and the currency a period word implies', () => {
  it.each([
    ['$5 per like', 2, 'task'],
    ['0.5 usdt per order', 8, 'task'],
    ['3元/单', 2, 'task'],
    ['3元每单', 2, 'task'],
    ['5000원/건', 5, 'task'],
    ['2 tr/đơn', 4, 'task'],
  ] as const)('reads the task period after the amount in %j', (folded, position, period) => {
    expect(matchPeriodAfter(folded, position)?.period).toBe(period);
  });

  it.each([
    ['一单0.5', 2, 'task'],
    ['一件10万円', 2, 'task'],
    ['건당 5000원', 3, 'task'],
    ['1日で10万円', 3, 'day'],
    ['한 달에 300만원', 5, 'month'],
  ] as const)('reads the period before the amount in %j', (folded, position, period) => {
    expect(matchPeriodBefore(folded, position)?.period).toBe(period);
  });

  it('does not read a date as "in one day"', () => {
    expect(matchPeriodBefore('4月1日 10万円', 5)).toBeNull();
    expect(matchPeriodBefore('21日10万円', 3)).toBeNull();
  });

  it('keeps task nouns out of the words between a keyword and its amount', () => {
    expect(periodOfWord('review')).toBeUndefined();
    expect(periodOfWord('order')).toBeUndefined();
  });

  it('tells the currency a Thai or Vietnamese period word implies', () => {
    expect(matchPeriodAfter('400-1600 ต่อวัน', 8)?.impliedCurrency).toBe('THB');
    expect(matchPeriodAfter('300k/ngày', 4)?.impliedCurrency).toBe('VND');
    expect(matchPeriodAfter('$300/day', 4)?.impliedCurrency).toBeNull();
  });

  it('has no monthly multiple for tasks', () => {
    expect(Object.keys(MONTHLY_MULTIPLE)).not.toContain('task');
  });
});
