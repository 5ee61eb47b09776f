import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiteralClauses, requiredLiterals } from '../../scripts/rules/required-literals';
import { holdsLiteralAt, WORD_END, WORD_START } from '../../src/rules/required-literal';

describe('requiredLiterals', () => {
  it('takes the literals of a leading alternation that every match needs', () => {
    expect(requiredLiterals('\\b(?:work|working|shifts?)\\b[^.]{0,25}\\b(?:7|seven) days', 'u')).toEqual(['7 days', 'seven days']);
    expect(requiredLiterals('\\b(?:via|thru|through|sa|using|by) (?:the )?back ?door\\b', 'u')).toEqual(['door']);
  });

  it('joins runs of characters and plain alternations, and picks the most selective clause first', () => {
    expect(requiredLiterals('x{0,2}ab[0-9]+(?:defg|ghij)', 'u')).toEqual(['defg', 'ghij']);
    expect(requiredLiterals('x{0,2}abcde[0-9]+(?:defg|ghij)', 'u')).toEqual(['abcde']);
    expect(requiredLiterals('[a-z]+\\.(?:xyz|top|rest)\\b', 'u')).toEqual(['.rest', '.top', '.xyz']);
  });

  it('keeps two Han characters, and one of a script from Thai on, but not two ASCII letters or one Latin letter', () => {
    expect(requiredLiterals('(?<!日清)日[结結]', 'u')).toEqual(['日']);
    expect(requiredLiterals('(?:\\d|一|两)(?:天|日)(?:出发|飞)?', 'u')).toEqual(['天', '日']);
    expect(requiredLiterals('\\d+(?:x|é)', 'u')).toBeNull();
    expect(requiredLiterals('(?:日结|日薪)工资?', 'u')).toEqual(['日结工', '日薪工']);
    expect(requiredLiterals('\\b(?:pm|dm)\\b', 'u')).toBeNull();
    expect(requiredLiterals('\\b(?:pm|dm) me', 'u')).toEqual(['dm me', 'pm me']);
  });

  it('gives up where no literal is certain: optional parts, classes, case-insensitive or invalid regexes', () => {
    expect(requiredLiterals('(?:abc)?[a-z]+', 'u')).toBeNull();
    expect(requiredLiterals('(?:abc|[0-9])', 'u')).toBeNull();
    expect(requiredLiterals('abcdef', 'iu')).toBeNull();
    expect(requiredLiterals('abc(', 'u')).toBeNull();
  });
});

describe('requiredLiteralClauses', () => {
  it('keeps one clause per element every match needs, with the word boundaries around each literal', () => {
    expect(requiredLiteralClauses('\\b(?:work|working|shifts?)\\b[^.]{0,25}\\b(?:7|seven) days', 'u')).toEqual([
      [['7 days', WORD_START], ['seven days', WORD_START]],
      [['shift', WORD_START], ['work', WORD_START | WORD_END], ['working', WORD_START | WORD_END]],
    ]);
  });

  it('does not open a gate for a literal inside a longer word', () => {
    const [clause] = requiredLiteralClauses('\\b(?:top|rest)\\b', 'u') ?? [];
    expect(clause).toEqual([['rest', WORD_START | WORD_END], ['top', WORD_START | WORD_END]]);
    expect(holdsLiteralAt('stop', 1, 'top', WORD_START | WORD_END)).toBe(false);
    expect(holdsLiteralAt('interest', 4, 'rest', WORD_START | WORD_END)).toBe(false);
    expect(holdsLiteralAt('a top job', 2, 'top', WORD_START | WORD_END)).toBe(true);
  });

  // What the runtime relies on: every match holds a literal of every clause, with its boundaries, in the text.
  it('names clauses that every match satisfies', () => {
    const piece = fc.constantFrom('ab', 'abc', 'b', 'c ', ' abc', '(?:abc|bca)', 'x?', '[ab]', '(?:cab)+', '.', '\\s', '\\b', '(?:\\bab|ca)', '(?:ab|cb)\\b');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', ' ', '_', 'é'), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 20 }), (pieces, texts) => {
        const source = pieces.join('');
        const clauses = requiredLiteralClauses(source, 'u');
        if (clauses === null) return;
        const regex = new RegExp(source, 'gu');
        for (const haystack of texts) {
          for (const match of haystack.matchAll(regex)) {
            const end = match.index + match[0].length;
            for (const clause of clauses) {
              const held = clause.some(([literal, boundaries]) => {
                for (let at = match.index; at + literal.length <= end; at++) {
                  if (holdsLiteralAt(haystack, at, literal, boundaries)) return true;
                }
                return false;
              });
              expect(held, `${source} on "${haystack}"`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
