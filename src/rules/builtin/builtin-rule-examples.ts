import ruleExamples from '../../generated/rule-examples.generated.json';
import type { Rule } from '../rule-schema';

/**
 * The built-in rules' fire and quiet examples by rule id, written beside the rule set by scripts/compile-rules.ts
 * (`version` is the rule set's). Only tests, `testRules` and `lurescan rules` read them, so a scanner never loads them.
 */
export const BUILTIN_RULE_EXAMPLES: { version: string; examples: Readonly<Record<string, Rule['examples']>> } = ruleExamples satisfies {
  version: string;
  examples: Record<string, Rule['examples']>;
};
