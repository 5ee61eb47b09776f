import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordPhraseIndex } from '../../src/rules/word-phrase-index';

describe('createWordPhraseIndex', () => {
  it('lists, per owner, the offsets of the words where one of its phrases starts, word for word', () => {
    const index = createWordPhraseIndex([
      { owner: 0, literal: 'free flight' },
      { owner: 1, literal: 'visa' },
      { owner: 1, literal: 'visa provid' },
      { owner: 2, literal: 'urgent hire' },
    ]);
    const words = 'free flight and visa provid nonurgent hire freeflight visa'.split(' ');
    const found = index.candidates(words);
    expect(found.get(0)).toEqual([0]);
    expect(found.get(1)).toEqual([16, 54]);
    expect(found.has(2)).toBe(false);
  });

  it('is empty without phrases and refuses a phrase that is not single-spaced words', () => {
    expect(createWordPhraseIndex([]).isEmpty).toBe(true);
    expect(createWordPhraseIndex([]).candidates(['visa']).size).toBe(0);
    expect(() => createWordPhraseIndex([{ owner: 0, literal: 'free  flight' }])).toThrow(/single spaces/);
  });

  // Every start where a phrase of the owner is the text, word for word, and nothing else.
  it('finds exactly the starts of whole-word occurrences in the joined words', () => {
    const word = fc.constantFrom('a', 'b', 'ab', 'c');
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), fc.array(word, { maxLength: 12 }), (phrases, words) => {
        const found = createWordPhraseIndex(phrases.map((literal) => ({ owner: 0, literal }))).candidates(words);
        const text = words.join(' ');
        const expected: number[] = [];
        for (let start = 0; start < text.length; start++) {
          if (start > 0 && text.charAt(start - 1) !== ' ') continue;
          const whole = phrases.some((literal) => text.startsWith(literal, start) && (start + literal.length === text.length || text.charAt(start + literal.length) === ' '));
          if (whole) expected.push(start);
        }
        expect(found.get(0) ?? []).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
