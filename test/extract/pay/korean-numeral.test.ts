import { describe, expect, it } from 'vitest';
import { readKoreanNumeralAt } from '../../../src/extract/pay/korean-numeral';

describe('readKoreanNumeralAt', () => {
  it.each([
    ['천만 원', 1e7],
    ['오백만원', 5e6],
    ['오십만 원', 5e5],
    ['삼천만원', 3e7],
    ['일억 원', 1e8],
    ['삼억원', 3e8],
    ['오만 원', 5e4],
    ['만 원', 1e4],
    ['삼십오만원', 35e4],
    ['천오백만 원', 15e6],
    ['이천오백만원', 25e6],
    ['일억오천만 원', 15e7],
    ['구천구백구십구만 원', 9999e4],
  ] as const)('reads %j as %d won', (text, value) => {
    expect(readKoreanNumeralAt(text, 0)?.value).toBe(value);
  });

  it('reads only amounts with 원 after them', () => {
    expect(readKoreanNumeralAt('천만에요', 0)).toBeNull();
    expect(readKoreanNumeralAt('백만장자', 0)).toBeNull();
    expect(readKoreanNumeralAt('만원 버스', 0)?.value).toBe(1e4);
  });

  it('reads a long run of numeral syllables in bounded steps and only as far as one amount goes', () => {
    expect(readKoreanNumeralAt(`${'일'.repeat(20_000)}만 원`, 0)).toBeNull();
    expect(readKoreanNumeralAt(`${'일'.repeat(20_000)}만 원`, 20_000 - 3)?.value).toBe(1e4);
  });
});
