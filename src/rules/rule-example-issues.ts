import type { Rule } from './rule-schema';
import type { RuleIssue } from './rule-set-error';

/** The part of a scanner the examples are run with: which rules and patterns fired. */
export type ExampleScorer = (example: Rule['examples']['fire'][number]) => { fired: FiredIds };

/** The names of what fired on an example: rule ids and pattern ids. */
export interface FiredIds {
  rules: readonly string[];
  patterns: readonly string[];
}

/**
 * The one check both example runners make (this loader's and the public `testRules`): an example fires a rule when
 * its id is among the rules or patterns that fired, whatever its weight, so building blocks are testable too.
 * Returns whether the example did what `expected` asks.
 */
export function exampleHolds(ruleId: string, expected: 'fire' | 'quiet', fired: FiredIds): boolean {
  const didFire = fired.rules.includes(ruleId) || fired.patterns.includes(ruleId);
  return didFire === (expected === 'fire');
}

/** Longest quote of an example in a failure message. */
const QUOTE_LENGTH = 80;

/**
 * Runs each rule's own examples, as ESLint's RuleTester does (the public runner is `testRules` in lurescan/rules;
 * this is the form loading a pack needs, issues for a `RuleSetError`): every `fire` example must fire the rule and every
 * `quiet` one must not. `score` is a scanner holding these rules (and the ones their patterns name). Returns one
 * issue per failing example, so a pack author sees all of them at once; an empty list means every example held.
 */
export function ruleExampleIssues(rules: readonly Rule[], score: ExampleScorer, source?: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const rule of rules) {
    for (const kind of ['fire', 'quiet'] as const) {
      rule.examples[kind].forEach((example, index) => {
        if (exampleHolds(rule.id, kind, score(example).fired)) return;
        const quote = JSON.stringify(example).slice(0, QUOTE_LENGTH);
        issues.push({
          ...(source === undefined ? {} : { source }),
          ruleId: rule.id,
          path: ['examples', kind, index],
          message: kind === 'fire' ? `does not fire on its fire example ${quote}` : `fires on its quiet example ${quote}`,
        });
      });
    }
  }
  return issues;
}
