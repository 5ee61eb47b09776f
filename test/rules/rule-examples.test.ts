import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_EXAMPLES } from '../../src/rules/builtin/builtin-rule-examples';
import type { Rule } from '../../src/rules/rule-schema';
import { createScanner } from '../../src/scanner';

// Like ESLint's RuleTester: every rule's own examples are its tests, run against the whole built-in rule set
// (patterns need the rules they combine).
const scanner = createScanner();

const examplesOf = (id: string): Rule['examples'] => BUILTIN_RULE_EXAMPLES.examples[id] ?? { fire: [], quiet: [] };

describe('the built-in rules and their examples', () => {
  it('leave the examples out of the scanner, and keep every rule\'s in lurescan/rule-examples, of the same rule set', () => {
    expect(scanner.rules.filter((rule) => 'examples' in rule).map((rule) => rule.id)).toEqual([]);
    expect(Object.keys(BUILTIN_RULE_EXAMPLES.examples).sort()).toEqual(scanner.rules.map((rule) => rule.id).sort());
    expect(BUILTIN_RULE_EXAMPLES.version).toBe(scanner.versions.ruleSet);
  });
});

describe.each(scanner.rules.map((rule) => [rule.id, examplesOf(rule.id)] as const))('%s', (id, examples) => {
  const firedIds = (example: Rule['examples']['fire'][number]): string[] => {
    const verdict = scanner.score(example);
    return [...verdict.fired.rules, ...verdict.fired.patterns];
  };

  it.each(examples.fire.map((example) => [JSON.stringify(example).slice(0, 80), example] as const))(
    'fires on %s',
    (_label, example) => {
      expect(firedIds(example)).toContain(id);
    },
  );

  it.each(examples.quiet.map((example) => [JSON.stringify(example).slice(0, 80), example] as const))(
    'stays quiet on %s',
    (_label, example) => {
      expect(firedIds(example)).not.toContain(id);
    },
  );
});
