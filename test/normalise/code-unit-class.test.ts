import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitClass } from '../../src/normalise/code-unit-class';

describe('codeUnitClass', () => {
  it('answers as the pattern does for every BMP code unit, asked in any order and more than once', () => {
    const pattern = /[\p{L}\p{M}\p{N}]/u;
    const isWord = codeUnitClass(pattern);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 50 }), (codes) => {
        for (const code of [...codes, ...codes]) expect(isWord(code)).toBe(pattern.test(String.fromCharCode(code)));
      }),
    );
  });

  it('keeps one table per class', () => {
    const isDigit = codeUnitClass(/\d/u);
    const isLetter = codeUnitClass(/\p{L}/u);
    expect([isDigit(0x37), isLetter(0x37), isDigit(0x61), isLetter(0x61), isLetter(0xd800)]).toEqual([true, false, false, true, false]);
  });
});
