import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternationSource, firstUnits, lastUnits, mayEndBefore, mayStartAt } from '../../../src/extract/pay/lexicon-pattern';

const WORDS = ['usd', 'rp', '$', '月', '每月', 'per month', 'p.a.', 'เดือนละ', '₫'];

describe('mayEndBefore', () => {
  it('is true wherever a (words)gap$ regex matches the text before a position (it only ever skips work)', () => {
    const gapped = new RegExp(`(?:${alternationSource(WORDS)})[ :：]{0,2}$`);
    const last = lastUnits(WORDS);
    const piece = fc.constantFrom(...WORDS, ' ', ':', '：', '1', '½', 'a', 'x', '.', 'ด');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (let position = 0; position <= text.length; position++) {
          if (gapped.test(text.slice(0, position))) expect(mayEndBefore(text, position, last, ' :：', 2)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is false before digits and fractions, where most numbers of a hostile field stand', () => {
    const last = lastUnits(WORDS);
    expect(mayEndBefore('1⁄21⁄2', 3, last, ' :：', 2)).toBe(false);
    expect(mayEndBefore('salary: usd 500', 12, last, '. ', 2)).toBe(true);
  });
});

describe('mayStartAt', () => {
  it('is true wherever a sticky gap(words) regex matches at a position', () => {
    const sticky = new RegExp(`((?:[.,]-)? ?)(?:${alternationSource(WORDS)})`, 'y');
    const first = firstUnits(WORDS);
    const piece = fc.constantFrom(...WORDS, ' ', '.', ',', '-', '1', '½', 'a', 'x', 'ด');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (let position = 0; position <= text.length; position++) {
          sticky.lastIndex = position;
          if (sticky.test(text)) expect(mayStartAt(text, position, first, '.,- ', 3)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
