import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SET } from '../../src/rules/builtin/builtin-rule-set';
import { MAX_REGEX_LENGTH, regexSafetyProblem } from '../../src/rules/regex-safety';

describe('regexSafetyProblem', () => {
  it.each([
    ['(a+)+$', /nested repetition \(a\+\)\+/],
    ['(?:\\w+ ?){2,}!', /nested repetition/],
    ['(?:[a-z]*,){0,5}x', /nested repetition/],
    ['(a|b)c\\1', /back-reference \\1/],
    ['(?<![a-z])visa', /starts with the lookbehind/],
    ['free visa|(?<!no )flight', /starts with the lookbehind/],
    ['(unclosed', /Unterminated group/],
    ['a'.repeat(MAX_REGEX_LENGTH + 1), /at most 2000/],
  ])('refuses /%s/', (source, problem) => {
    expect(regexSafetyProblem(source, 'gu')).toMatch(problem);
  });

  it.each([
    'visa(?<![a-z]visa)',
    '\\d[\\d,.]{0,20} ?usd',
    '(?:ab){0,3}c+',
    '\\b(?!(\\w+) \\1)\\w+\\b',
    '(?:(?!\\bnot\\b)[^.]){0,40}provided',
    '\\p{Script=Han}{2,}',
  ])('accepts /%s/', (source) => {
    expect(regexSafetyProblem(source, 'gu')).toBeNull();
  });

  it('accepts every built-in rule pattern, so the built-in rules pass the check a rule pack must pass', () => {
    const refused = BUILTIN_RULE_SET.rules.flatMap((rule) =>
      (rule.match?.patterns ?? []).flatMap((pattern) => {
        const problem = regexSafetyProblem(pattern.regex, `gu${pattern.flags ?? ''}`);
        return problem === null ? [] : [`${rule.id}: ${problem}`];
      }),
    );
    expect(refused).toEqual([]);
  });
});
