import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';

// Like ESLint's RuleTester: every rule's own examples are its tests, run against the whole built-in rule set
// (patterns need the rules they combine).
const scanner = createScanner();

describe.each(scanner.rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const firedIds = (example: (typeof rule.examples.fire)[number]): string[] => {
    const verdict = scanner.score(example);
    return [...verdict.fired.rules, ...verdict.fired.patterns];
  };

  it.each(rule.examples.fire.map((example) => [JSON.stringify(example).slice(0, 80), example] as const))(
    'fires on %s',
    (_label, example) => {
      expect(firedIds(example)).toContain(id);
    },
  );

  it.each(rule.examples.quiet.map((example) => [JSON.stringify(example).slice(0, 80), example] as const))(
    'stays quiet on %s',
    (_label, example) => {
      expect(firedIds(example)).not.toContain(id);
    },
  );
});
