import { describe, expect, it } from 'vitest';
import { HANGUL_JOINING_LETTERS, HANGUL_SYLLABLE, HANGUL_SYLLABLES } from '../../src/normalise/hangul';

describe('HANGUL_SYLLABLE', () => {
  it('holds every precomposed syllable and nothing else Korean text is written with', () => {
    expect(['가', '힣', '텔', '캄'].every((syllable) => HANGUL_SYLLABLE.test(syllable))).toBe(true);
    // Compatibility letters (ㅌㄹ, initials as chat writes them) and conjoining letters are not syllables.
    expect(['ㅌ', 'ㄹ', '\u1110', '\u1166', 'a', '1', '日'].some((other) => HANGUL_SYLLABLE.test(other))).toBe(false);
    expect(new RegExp(`^[${HANGUL_SYLLABLES}]+$`).test('고수익알바')).toBe(true);
  });

  it('tells the letters that join a syllable in decomposed Korean from those that start one', () => {
    const joining = new RegExp(`^[${HANGUL_JOINING_LETTERS}]+$`);
    // 텔 decomposed: initial ᄐ, vowel ᅦ, final ᆯ; only the last two join the letter before them.
    const [initial = '', ...rest] = [...'텔'.normalize('NFD')];
    expect(joining.test(rest.join(''))).toBe(true);
    expect(joining.test(initial)).toBe(false);
  });
});
