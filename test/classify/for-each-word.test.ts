import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachWord } from '../../src/classify/for-each-word';

const words = (text: string): string[] => {
  const found: string[] = [];
  forEachWord(text, (word) => found.push(word));
  return found;
};

describe('forEachWord', () => {
  it('splits an ad into runs of letters and digits of any script', () => {
    expect(words('Earn $350/day! 月薪10000元, làm việc tại nhà. 𝐓est')).toEqual(['Earn', '350', 'day', '月薪10000元', 'làm', 'việc', 'tại', 'nhà', '𝐓est']);
  });

  it('finds exactly the words /[\\p{L}\\p{N}]+/gu finds, in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        for (const text of [a, b, a + b]) expect(words(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 500 },
    );
  });
});
