import { z } from 'zod';
import { AllowlistSchema, type Allowlist } from '../allowlist/allowlist-schema';
import { toIssuePath } from '../posting/issue-path';
import { regexSafetyProblem } from './regex-safety';
import type { Rule } from './rule-schema';
import { RuleSetError, type RuleIssue } from './rule-set-error';
import { validateRules } from './validate-rules';

/** Most rules one pack may hold: ten times the built-in set. */
export const MAX_RULES_PER_PACK = 1_000;

/**
 * A pack of rules and an allowlist, as a job board or a research group writes it (JSON or YAML, parsed by the
 * caller). Data only: every object is strict, so unknown keys (`__proto__`, `constructor`, `prototype` among them)
 * are refused, and nothing in a pack is ever called or evaluated.
 */
const RulePackSchema = z.strictObject({
  /** Free text naming the pack's version, for the caller's records. */
  version: z.string().max(100).optional(),
  rules: z.array(z.unknown()).max(MAX_RULES_PER_PACK).default([]),
  allowlist: AllowlistSchema.optional(),
});

export interface RulePack {
  version?: string;
  rules: Rule[];
  allowlist?: Allowlist;
}

export interface ParseRulePackOptions {
  /** Names the pack (a file name) in every error. */
  source?: string;
}

/**
 * Validates an untrusted rule pack: the shape, every rule with the built-in rules' schema, and every regex with the
 * ReDoS check. Throws one `RuleSetError` listing every problem with the source, rule id and field path. Rules that
 * name rules of another pack (or built-in ones) are checked when the scanner is built.
 */
export function parseRulePack(value: unknown, { source }: ParseRulePackOptions = {}): RulePack {
  const where = source === undefined ? {} : { source };
  const shape = RulePackSchema.safeParse(value);
  if (!shape.success) {
    throw new RuleSetError(shape.error.issues.map((issue) => ({ ...where, ruleId: null, path: toIssuePath(issue.path), message: issue.message })));
  }
  const { rules, issues } = validateRules(shape.data.rules, source);
  for (const rule of rules) issues.push(...unsafeRegexes(rule, source));
  if (issues.length > 0) throw new RuleSetError(issues);
  return {
    ...(shape.data.version === undefined ? {} : { version: shape.data.version }),
    rules,
    ...(shape.data.allowlist === undefined ? {} : { allowlist: shape.data.allowlist }),
  };
}

function unsafeRegexes(rule: Rule, source: string | undefined): RuleIssue[] {
  return (rule.match?.patterns ?? []).flatMap((pattern, index) => {
    const problem = regexSafetyProblem(pattern.regex, `gu${pattern.flags ?? ''}`);
    if (problem === null) return [];
    const issue: RuleIssue = { ruleId: rule.id, path: ['match', 'patterns', index, 'regex'], message: `regex /${pattern.regex}/ refused: ${problem}` };
    return [source === undefined ? issue : { source, ...issue }];
  });
}
