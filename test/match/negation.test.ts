import { describe, expect, it } from 'vitest';
import { isNegated } from '../../src/match/negation';

const negatedAt = (text: string, phrase: string): boolean => isNegated(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);

describe('isNegated', () => {
  it.each([
    ['we charge no placement fee', 'placement fee'],
    ['we will never keep your passport', 'keep your passport'],
    ['without any processing fee', 'processing fee'],
    ['không mất phí đào tạo', 'phí đào tạo'],
    ['公司不收取任何押金', '押金'],
    ['tanpa biaya pendaftaran', 'biaya pendaftaran'],
    ['walang placement fee', 'placement fee'],
    ['보증금 없음, 당일 지급', '보증금'],
    ['교육비 안 받습니다', '교육비'],
    ['登録料不要、日払いOK', '登録料'],
    ['費用はかかりません', '費用'],
    ['कोई जॉइनिंग फीस नहीं', 'जॉइनिंग फीस'],
    ['joining fee nahi lagegi', 'joining fee'],
  ])('sees the negation in %j', (text, phrase) => {
    expect(negatedAt(text, phrase)).toBe(true);
  });

  it.each([
    ['a placement fee of $300 is required', 'placement fee'],
    ['there is no doubt. the company keeps your passport', 'keeps your passport'],
    ['押金500元', '押金'],
    ['जॉइनिंग फीस 500 रुपये जमा करें, नहीं तो सीट चली जाएगी', 'जॉइनिंग फीस'],
    ['보증금 50만원 선입금', '보증금'],
    ['登録料5000円が必要です', '登録料'],
    ['보증금 입금 후 근무. 숙소 없음', '보증금'],
    ['bayar biaya pendaftaran dulu', 'biaya pendaftaran'],
    ['knowledge of processing fee rules', 'processing fee'],
  ])('sees no negation in %j', (text, phrase) => {
    expect(negatedAt(text, phrase)).toBe(false);
  });
});

describe('isNegated scope', () => {
  it('ends at a comma, so a list of offers after a negated one is not negated', () => {
    expect(negatedAt('no experience needed, free flight ticket', 'free flight')).toBe(false);
    expect(negatedAt('无需经验，包机票', '包机票')).toBe(false);
  });
});

describe('isNegated in Chinese', () => {
  it('reads 免收 as a negation but 免费 (free of charge) as an offer', () => {
    expect(negatedAt('免收押金', '押金')).toBe(true);
    expect(negatedAt('提供免费机票', '机票')).toBe(false);
  });
});
