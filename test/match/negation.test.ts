import { describe, expect, it } from 'vitest';
import { isNegated } from '../../src/match/negation';

const negatedAt = (text: string, phrase: string): boolean => isNegated(text, text.indexOf(phrase));

describe('isNegated', () => {
  it.each([
    ['we charge no placement fee', 'placement fee'],
    ['we will never keep your passport', 'keep your passport'],
    ['without any processing fee', 'processing fee'],
    ['không mất phí đào tạo', 'phí đào tạo'],
    ['公司不收取任何押金', '押金'],
    ['tanpa biaya pendaftaran', 'biaya pendaftaran'],
    ['walang placement fee', 'placement fee'],
  ])('sees the negation in %j', (text, phrase) => {
    expect(negatedAt(text, phrase)).toBe(true);
  });

  it.each([
    ['a placement fee of $300 is required', 'placement fee'],
    ['there is no doubt. the company keeps your passport', 'keeps your passport'],
    ['押金500元', '押金'],
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
