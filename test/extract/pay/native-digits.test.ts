import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withAsciiDigits } from '../../../src/extract/pay/native-digits';

describe('withAsciiDigits', () => {
  it('reads Khmer, Burmese, Lao, Thai and Devanagari digits as ASCII ones', () => {
    expect(withAsciiDigits('១០០ ដុល្លារ')).toBe('100 ដុល្លារ');
    expect(withAsciiDigits('ကျပ် ၁သိန်း')).toBe('ကျပ် 1သိန်း');
    expect(withAsciiDigits('໑໒໓ ກີບ')).toBe('123 ກີບ');
    expect(withAsciiDigits('๕๐๐ บาท')).toBe('500 บาท');
    expect(withAsciiDigits('₹५०००')).toBe('₹5000');
  });

  it('returns a text without such digits unchanged', () => {
    expect(withAsciiDigits('日給3万円')).toBe('日給3万円');
  });

  it('keeps every offset: the result is as long as the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', '១', '၉', '໐', '๗', '९', ' ', 'ក') }), (text) => {
        expect(withAsciiDigits(text).length).toBe(text.length);
      }),
    );
  });
});
