import { describe, expect, it } from 'vitest';
import { isWholeWordHit, phraseIndexKey, phrasePattern } from '../../src/rules/phrase-pattern';

/** Whether the phrase is found in the text as the engine finds it: regex hit, then the word-boundary check. */
const matches = (phrase: string, text: string): boolean => {
  const regex = new RegExp(phrasePattern(phrase), 'gu');
  for (const match of text.matchAll(regex)) {
    if (isWholeWordHit(text, match.index, match.index + match[0].length)) return true;
  }
  return false;
};

describe('phrasePattern and isWholeWordHit', () => {
  it('match Latin-script phrases as whole words only', () => {
    expect(matches('visa', 'free visa and ticket')).toBe(true);
    expect(matches('visa', 'visas')).toBe(false);
    expect(matches('line', 'online')).toBe(false);
    expect(matches('lương cao', 'việc nhẹ lương cao!')).toBe(true);
    expect(matches('cao', 'caođ')).toBe(false);
  });

  it('let a space in the phrase match a hyphen or nothing', () => {
    expect(matches('free flight', 'free-flight')).toBe(true);
    expect(matches('free flight', 'freeflight')).toBe(true);
  });

  it('match scripts without spaces anywhere', () => {
    expect(matches('包吃包住', '工作轻松包吃包住月入过万')).toBe(true);
    expect(matches('고수익', '(해외고수익)')).toBe(true);
  });

  it('let a Korean word of a phrase take any one particle, except the last word', () => {
    expect(matches('경험 없어도', '경험이 없어도 괜찮아요')).toBe(true);
    expect(matches('항공권 숙소 제공', '항공권과 숙소를 제공합니다')).toBe(true);
    expect(matches('캄보디아 근무', '캄보디아에서 근무할 분')).toBe(true);
    expect(matches('경험 없어도', '경험담 없어도')).toBe(false);
  });

  it('key a phrase whose words may take particles by its first word', () => {
    expect(phraseIndexKey('경험 없어도')).toBe('경험');
    expect(phraseIndexKey('free flight')).toBe('free flight');
    expect(phraseIndexKey('고수익')).toBe('고수익');
  });

  it('escape regex syntax in phrases', () => {
    expect(matches('c++ (junior)', 'c++ (junior) developer')).toBe(true);
    expect(matches('a.b', 'axb')).toBe(false);
  });

  it('fold the phrase as the text is folded', () => {
    expect(matches('ＶＩＳＡ', 'visa')).toBe(true);
  });
});

describe('isWholeWordHit', () => {
  const hit = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return isWholeWordHit(text, start, start + phrase.length);
  };

  it('refuses a Latin phrase inside a longer Latin word', () => {
    expect(hit('free visas', 'visa')).toBe(false);
    expect(hit('apply online', 'line')).toBe(false);
    expect(hit('usd500 a day', 'usd')).toBe(false);
  });

  it('keeps a Latin word run into kana, Han or Hangul, as Japanese and Korean ads write it', () => {
    expect(hit('詳しくはdmで', 'dm')).toBe(true);
    expect(hit('lineで連絡', 'line')).toBe(true);
    expect(hit('자세한 건 dm으로', 'dm')).toBe(true);
    expect(hit('联系tg客服', 'tg')).toBe(true);
  });
});
