import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralAutomaton } from '../../src/rules/literal-automaton';

const occurrences = (automaton: ReturnType<typeof createLiteralAutomaton>, text: string): string[] => {
  const found: string[] = [];
  automaton.scan(text, (owner, start) => found.push(`${owner}@${start}`));
  return found.sort();
};

describe('createLiteralAutomaton', () => {
  it('finds every occurrence of every literal, inside words and overlapping ones too', () => {
    const automaton = createLiteralAutomaton([
      { owner: 0, literal: 'top' },
      { owner: 1, literal: 'rest' },
      { owner: 2, literal: 'interest' },
      { owner: 3, literal: 'per day' },
    ]);
    expect(occurrences(automaton, 'stop: interest 50 per day, per-day')).toEqual(['0@1', '1@10', '2@6', '3@18'].sort());
  });

  it('finds a literal that ends inside another (a failure link) and one written in another script after ASCII', () => {
    const automaton = createLiteralAutomaton([
      { owner: 0, literal: 'abcd' },
      { owner: 1, literal: 'bc' },
      { owner: 2, literal: 'dmで連絡' },
    ]);
    expect(occurrences(automaton, 'abcx abcd dmで連絡')).toEqual(['0@5', '1@1', '1@6', '2@10'].sort());
  });

  it('is empty without literals and refuses an empty literal', () => {
    expect(createLiteralAutomaton([]).isEmpty).toBe(true);
    expect(occurrences(createLiteralAutomaton([]), 'anything')).toEqual([]);
    expect(() => createLiteralAutomaton([{ owner: 0, literal: '' }])).toThrow(/empty/);
  });

  it('finds exactly what a search from every offset finds', () => {
    const literal = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'ệ', '日'), minLength: 1, maxLength: 5 });
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-', 'ệ', '日', 'z'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 8 }), text, (literals, haystack) => {
        const automaton = createLiteralAutomaton(literals.map((written, owner) => ({ owner, literal: written })));
        const expected: string[] = [];
        literals.forEach((written, owner) => {
          for (let start = 0; start <= haystack.length - written.length; start++) {
            if (haystack.startsWith(written, start)) expected.push(`${owner}@${start}`);
          }
        });
        expect(occurrences(automaton, haystack)).toEqual(expected.sort());
      }),
      { numRuns: 1000 },
    );
  });
});
