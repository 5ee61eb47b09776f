import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredLiteralClauses } from '../../scripts/rules/required-literals';
import { foldKoreanLettersInRegex } from '../../src/normalise/folded-regex';
import type { Rule } from '../../src/rules/rule-schema';
import literals from '../../src/generated/pattern-literals.generated.json';

// The gates the runtime trusts must be those of the regexes it runs: a stale file would skip a regex that matches.
describe('pattern-literals.generated.json', () => {
  it('holds, for every built-in rule regex, the clauses the build step finds today', () => {
    const ruleSet = JSON.parse(readFileSync(new URL('../../src/generated/rule-set.generated.json', import.meta.url), 'utf8')) as { rules: Rule[] };
    const expected: Record<string, unknown> = {};
    for (const rule of ruleSet.rules) {
      const patterns = rule.match?.patterns ?? [];
      if (patterns.length > 0) expected[rule.id] = patterns.map((pattern) => requiredLiteralClauses(foldKoreanLettersInRegex(pattern.regex), pattern.flags ?? ''));
    }
    expect(literals).toEqual(expected);
  });
});
