import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalise/folded-text';
import { foldKoreanLettersInRegex } from '../../src/normalise/folded-regex';

describe('foldKoreanLettersInRegex', () => {
  it('lets a regex written with Korean initials match them in folded text, as slang writes them', () => {
    const folded = foldText('연락은 ㅌㄹ ㄱㄱ').folded;
    expect(new RegExp('ㅌㄹ\\s?ㄱㄱ', 'u').test(folded)).toBe(false);
    expect(new RegExp(foldKoreanLettersInRegex('ㅌㄹ\\s?ㄱㄱ'), 'u').test(folded)).toBe(true);
  });

  it('leaves regex syntax, full-width punctuation and Hangul syllables as written', () => {
    const source = '！{2,}|？{2,}|텔레(?:그램)?\\s?[ㄱㄴ]';
    const folded = foldKoreanLettersInRegex(source);
    expect(folded.startsWith('！{2,}|？{2,}|텔레(?:그램)?\\s?[')).toBe(true);
    expect(() => new RegExp(folded, 'u')).not.toThrow();
    expect(folded).not.toContain('ㄱ');
  });
});
