import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFirstCharAlternation } from '../../src/rules/first-char-alternation';
import { phrasePattern } from '../../src/rules/phrase-pattern';

describe('createFirstCharAlternation', () => {
  it('tries only the alternatives that start with the character at the offset, in their order', () => {
    const alternation = createFirstCharAlternation([
      { source: 'free[ -]?flights', literal: 'free flights' },
      { source: 'free[ -]?flight', literal: 'free flight' },
      { source: 'visa', literal: 'visa' },
    ]);
    const sticky = alternation.at('f'.charCodeAt(0));
    expect(sticky?.flags).toContain('y');
    expect(alternation.at('x'.charCodeAt(0))).toBeUndefined();
    if (sticky === undefined) return;
    sticky.lastIndex = 4;
    expect(sticky.exec('get free-flights')?.[0]).toBe('free-flights');
  });

  // The matcher relies on it: at any offset, the split alternation matches what the whole one matches there.
  it('matches at every offset exactly what the whole alternation matches', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '中', '😀'), minLength: 1, maxLength: 3 });
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '中', '😀', ' ', '-'), maxLength: 20 });
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { minLength: 1, maxLength: 8 }), text, (phrases, haystack) => {
        const alternatives = phrases.map((literal) => ({ source: phrasePattern(literal), literal })).sort((a, b) => b.source.length - a.source.length);
        const whole = new RegExp(alternatives.map(({ source }) => source).join('|'), 'uy');
        const split = createFirstCharAlternation(alternatives);
        for (let start = 0; start < haystack.length; start++) {
          // The phrase index never offers the second half of a surrogate pair: no phrase starts with one.
          const code = haystack.charCodeAt(start);
          if (code >= 0xdc00 && code <= 0xdfff) continue;
          whole.lastIndex = start;
          const expected = whole.exec(haystack)?.[0] ?? null;
          const sticky = split.at(haystack.charCodeAt(start));
          let found: string | null = null;
          if (sticky !== undefined) {
            sticky.lastIndex = start;
            found = sticky.exec(haystack)?.[0] ?? null;
          }
          expect(found).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
