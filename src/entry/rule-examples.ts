// `lurescan/rule-examples`: the built-in rules' fire and quiet examples, for tests and tools that show them. A
// scanner does not hold them (`scanner.rules` has no `examples`), so scoring never loads this entry.
import { BUILTIN_RULE_EXAMPLES } from '../rules/builtin/builtin-rule-examples';
import type { Rule, ScannerRule } from '../rules/rule-schema';

export { BUILTIN_RULE_EXAMPLES };

/**
 * The rules with their examples back: the built-in rules' from `BUILTIN_RULE_EXAMPLES`; a rule without any (a
 * pack's, whose examples ran when it loaded) gets empty lists.
 */
export function withBuiltinExamples(rules: readonly ScannerRule[]): Rule[] {
  return rules.map((rule) => ({ ...rule, examples: BUILTIN_RULE_EXAMPLES.examples[rule.id] ?? { fire: [], quiet: [] } }));
}
