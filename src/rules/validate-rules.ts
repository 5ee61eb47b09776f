import { toIssuePath } from '../posting/issue-path';
import { RuleSchema, type Rule } from './rule-schema';
import type { RuleIssue } from './rule-set-error';

/**
 * Validates rules with the schema the built-in ones pass. Returns the valid rules and one issue per problem, each
 * naming the rule (its id, or its place in the list when it has no usable id) and the field path.
 */
export function validateRules(rules: readonly unknown[], source?: string): { rules: Rule[]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const valid: Rule[] = [];
  rules.forEach((candidate, index) => {
    const result = RuleSchema.safeParse(candidate);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const id =
      typeof candidate === 'object' && candidate !== null && Object.hasOwn(candidate, 'id') && typeof (candidate as { id: unknown }).id === 'string'
        ? (candidate as { id: string }).id
        : `rules[${index}]`;
    for (const issue of result.error.issues) {
      issues.push({ ...(source === undefined ? {} : { source }), ruleId: id, path: toIssuePath(issue.path), message: issue.message });
    }
  });
  return { rules: valid, issues };
}
