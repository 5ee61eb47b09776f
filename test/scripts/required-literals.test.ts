import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../scripts/rules/required-literals';

describe('requiredLiterals', () => {
  it('takes the literals of a leading alternation that every match needs', () => {
    expect(requiredLiterals('\\b(?:work|working|shifts?)\\b[^.]{0,25}\\b(?:7|seven) days', 'u')).toEqual([' days']);
    expect(requiredLiterals('\\b(?:via|thru|through|sa|using|by) (?:the )?back ?door\\b', 'u')).toEqual(['back']);
  });

  it('joins runs of characters and picks the most selective element of a sequence', () => {
    expect(requiredLiterals('x{0,2}ab[0-9]+(?:defg|ghij)', 'u')).toEqual(['defg', 'ghij']);
    expect(requiredLiterals('x{0,2}abcde[0-9]+(?:defg|ghij)', 'u')).toEqual(['abcde']);
  });

  it('keeps two Han characters but not two ASCII letters', () => {
    expect(requiredLiterals('(?<!日清)日[结結]', 'u')).toBeNull();
    expect(requiredLiterals('(?:日结|日薪)工资?', 'u')).toEqual(['日结', '日薪']);
    expect(requiredLiterals('\\b(?:pm|dm) me', 'u')).toBeNull();
  });

  it('gives up where no literal is certain: optional parts, classes, case-insensitive or invalid regexes', () => {
    expect(requiredLiterals('(?:abc)?[a-z]+', 'u')).toBeNull();
    expect(requiredLiterals('(?:abc|[0-9])', 'u')).toBeNull();
    expect(requiredLiterals('abcdef', 'iu')).toBeNull();
    expect(requiredLiterals('abc(', 'u')).toBeNull();
  });

  // What the runtime relies on: a regex never matches a text that holds none of its literals.
  it('names a literal that every match contains', () => {
    const piece = fc.constantFrom('ab', 'abc', 'b', 'c ', '(?:abc|bca)', 'x?', '[ab]', '(?:cab)+', '.', '\\s');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', ' '), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.array(text, { minLength: 1, maxLength: 20 }), (pieces, texts) => {
        const source = pieces.join('');
        const literals = requiredLiterals(source, 'u');
        if (literals === null) return;
        const regex = new RegExp(source, 'gu');
        for (const haystack of texts) {
          for (const match of haystack.matchAll(regex)) {
            expect(literals.some((literal) => match[0].includes(literal))).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
