import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearRegex, linearRegexProblem } from '../../src/rules/linear-regex';

const hits = (source: string, text: string, flags = ''): [number, string][] => {
  const regex = linearRegex(source, flags);
  const found: [number, string][] = [];
  let match;
  while ((match = regex.exec(text)) !== null) {
    found.push([match.index, match[0]]);
    if (match[0].length === 0) regex.lastIndex = match.index + 1;
  }
  return found;
};

describe('linearRegex', () => {
  it('finds what a global JavaScript regex finds, at UTF-16 offsets', () => {
    expect(hits('\\p{L}+ 😀x', 'ab 😀xé 😀x')).toEqual([
      [0, 'ab 😀x'],
      [6, 'é 😀x'],
    ]);
    expect(hits('task[ -]?(?:order|grab)', 'a task grab, task-order')).toEqual([
      [2, 'task grab'],
      [13, 'task-order'],
    ]);
  });

  it('reads JavaScript escapes as JavaScript does: \\u{…}, \\uXXXX, \\p{Script=…}, and an escaped backslash', () => {
    expect(hits('\\u{1F600}\\u0041', 'x😀A')).toEqual([[1, '😀A']]);
    expect(hits('\\p{Script=Thai}+', 'ok งาน ok')).toEqual([[3, 'งาน']]);
    expect(hits('\\\\u0041', 'a\\u0041')).toEqual([[1, '\\u0041']]);
  });

  it('takes the i and s flags', () => {
    expect(hits('visa.free', 'VISA\nFREE', 'is')).toEqual([[0, 'VISA\nFREE']]);
    expect(hits('visa.free', 'VISA\nFREE')).toEqual([]);
  });

  it('refuses what has no linear-time algorithm, and what is not a valid JavaScript regex', () => {
    expect(linearRegexProblem('a(?=b)', '')).toMatch(/lookahead .* no linear-time matching/);
    expect(linearRegexProblem('(?<!x)a', '')).toMatch(/lookbehind/);
    expect(linearRegexProblem('(a)\\1', '')).toMatch(/back-reference/);
    expect(linearRegexProblem('(', '')).toMatch(/Unterminated group/);
    expect(linearRegexProblem('a{2,1}', '')).not.toBeNull();
    expect(linearRegexProblem('(a|a)*b', '')).toBeNull();
  });

  it('agrees with V8 on literal alternations over any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ab', 'b', 'ba', 'c'), { minLength: 1, maxLength: 3 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ') }), (words, text) => {
        const source = [...new Set(words)].join('|');
        const v8 = [...text.matchAll(new RegExp(source, 'gu'))].map((m): [number, string] => [m.index, m[0]]);
        expect(hits(source, text)).toEqual(v8);
      }),
    );
  });
});
