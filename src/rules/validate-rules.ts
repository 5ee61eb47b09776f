import { toIssuePath } from '../posting/issue-path';
import { RuleSchema, type Rule } from './rule-schema';
import type { RuleIssue } from './rule-set-error';
import { valueBoundsProblem, type ValueBounds } from './value-bounds';

/**
 * One rule's reach: the deepest built-in rule nests 8 levels, the largest holds about 1,500 values. Conditions
 * are the only recursive part, so the depth bound is what keeps a condition bomb a `RuleSetError`.
 */
const RULE_BOUNDS: ValueBounds = { maxDepth: 32, maxNodes: 100_000, maxStringChars: 4_000_000 };

/**
 * Validates rules with the schema the built-in ones pass. Returns the valid rules and one issue per problem, each
 * naming the rule (its id, or its place in the list when it has no usable id) and the field path.
 */
export function validateRules(rules: readonly unknown[], source?: string): { rules: Rule[]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const valid: Rule[] = [];
  rules.forEach((candidate, index) => {
    // Before the schema: its recursive condition schema would overflow the stack on conditions nested 5,000 deep.
    const tooBig = valueBoundsProblem(candidate, RULE_BOUNDS);
    const result = tooBig === null ? RuleSchema.safeParse(candidate) : null;
    if (result === null || !result.success) {
      const id =
        typeof candidate === 'object' && candidate !== null && Object.hasOwn(candidate, 'id') && typeof (candidate as { id: unknown }).id === 'string'
          ? (candidate as { id: string }).id
          : `rules[${index}]`;
      const found = result === null ? [{ path: [] as PropertyKey[], message: tooBig ?? '' }] : result.error.issues;
      for (const issue of found) {
        issues.push({ ...(source === undefined ? {} : { source }), ruleId: id, path: toIssuePath(issue.path), message: issue.message });
      }
      return;
    }
    valid.push(result.data);
  });
  return { rules: valid, issues };
}
