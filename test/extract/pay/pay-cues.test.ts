import { describe, expect, it } from 'vitest';
import { KeywordCursor, findKeywordHits } from '../../../src/extract/pay/pay-cues';

function cueAt(folded: string, amountStart: number) {
  return new KeywordCursor(folded, findKeywordHits(folded)).cueBefore(amountStart);
}

describe('findKeywordHits', () => {
  it('finds pay keywords in many languages, Latin ones as whole words', () => {
    const folded = 'salary, lương, gaji, 月薪, 월급, 給料, เงินเดือน, sahod; paypal, upahnya';
    expect(findKeywordHits(folded).map((hit) => hit.keyword.text)).toEqual([
      'salary',
      'lương',
      'gaji',
      '月薪',
      '월급',
      '給料',
      'เงินเดือน',
      'sahod',
    ]);
  });

  it('prefers the longest keyword', () => {
    expect(findKeywordHits('月收入5000').map((hit) => hit.keyword)).toEqual([
      { text: '月收入', period: 'month', currency: 'yuan-sign' },
    ]);
  });
});

describe('KeywordCursor', () => {
  it.each(['salary: 5000', 'salary is from 5000', 'lương từ 800', 'gaji mulai 5', '月入可达1万', '底薪一天100', 'เงินเดือน ตั้งแต่ 15,000'])(
    'finds the keyword before the amount in %j',
    (folded) => {
      expect(cueAt(folded, folded.search(/\d/))).not.toBeNull();
    },
  );

  it('reads the period named between the keyword and the amount', () => {
    expect(cueAt('lương tháng 15 triệu', 12)?.gapPeriod).toBe('month');
    expect(cueAt('底薪一天100美元', 4)?.gapPeriod).toBe('day');
  });

  it('ignores keywords with other words or numbers between', () => {
    expect(cueAt('salary review in 2024', 17)).toBeNull();
    expect(cueAt('salary negotiable, 2 years', 19)).toBeNull();
    expect(cueAt('salary 3 months then 5000', 21)).toBeNull();
    expect(cueAt(`salary${' '.repeat(60)}5000`, 66)).toBeNull();
  });
});
