import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEFT_AGE_CUE,
  MAX_BEFORE_NUMBER,
  MIN_BEFORE_NUMBER,
  WEAK_LEFT_AGE_CUE,
  cueMayEndBefore,
} from '../../../src/extract/ages/age-cues';

describe('cueMayEndBefore', () => {
  it('holds wherever a cue or bound regex anchored at the number matches the text before it', () => {
    const piece = fc.constantFrom(
      ...['age', 'aged', 'usia', 'tuổi', 'อายุ', '年龄', 'between', 'from', 'min.', 'max', 'under', 'at least', 'ไม่เกิน'],
      ...['applicants', 'must be', ' ', ':', '：', '=', '-', '(', '1', '2', '⁄', '½', 'x', '.', ','],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        const matches = [LEFT_AGE_CUE, WEAK_LEFT_AGE_CUE, MIN_BEFORE_NUMBER, MAX_BEFORE_NUMBER].some((regex) => regex.test(text));
        if (matches) expect(cueMayEndBefore(text, text.length)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('rules out a number that follows a digit or a fraction slash', () => {
    expect(cueMayEndBefore('1⁄21⁄2', 3)).toBe(false);
    expect(cueMayEndBefore('age: 21', 5)).toBe(true);
  });
});
