// A namespace import: bundlers keep only the zod functions used, where `{ z }` keeps all of zod (JSON Schema included).
import * as z from 'zod';
import { AllowlistSchema, type Allowlist } from './allowlist-schema';
import { toIssuePath } from '../posting/issue-path';
import { linearRegexProblem } from './linear-regex';
import type { Rule } from './rule-schema';
import { RuleSetError, type RuleIssue } from './rule-set-error';
import { validateRules } from './validate-rules';
import { valueBoundsProblem, type ValueBounds } from './value-bounds';

/** Most rules one pack may hold: ten times the built-in set. */
export const MAX_RULES_PER_PACK = 1_000;

/**
 * A whole pack's reach, after YAML aliases are expanded: ten times the built-in set's values, and as much text as
 * the largest pack file the CLI reads (16 MB). A few aliases naming big nodes can stay under a YAML parser's alias
 * limit and still expand to gigabytes; this refuses them in at most `maxNodes` steps.
 */
export const PACK_BOUNDS: ValueBounds = { maxDepth: 40, maxNodes: 1_000_000, maxStringChars: 16_000_000 };

/** Characters of examples one pack may carry: loading a pack scores every one of them (see `testRules`). */
export const MAX_PACK_EXAMPLE_CHARS = 2_000_000;

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
 * Validates an untrusted rule pack: its size after alias expansion and its depth, the shape, every rule with the
 * built-in rules' schema, and every regex (it must run on the linear-time engine). Throws one `RuleSetError` listing every problem with the source, rule id and field path. Rules that
 * name rules of another pack (or built-in ones) are checked when the scanner is built.
 */
export function parseRulePack(value: unknown, { source }: ParseRulePackOptions = {}): RulePack {
  const where = source === undefined ? {} : { source };
  const tooBig = valueBoundsProblem(value, PACK_BOUNDS);
  if (tooBig !== null) throw new RuleSetError([{ ...where, ruleId: null, path: [], message: `the pack is too large: ${tooBig}` }]);
  const shape = RulePackSchema.safeParse(value);
  if (!shape.success) {
    throw new RuleSetError(shape.error.issues.map((issue) => ({ ...where, ruleId: null, path: toIssuePath(issue.path), message: issue.message })));
  }
  const { rules, issues } = validateRules(shape.data.rules, source);
  for (const rule of rules) issues.push(...unsafeRegexes(rule, source));
  const exampleChars = rules.reduce((sum, rule) => sum + JSON.stringify(rule.examples).length, 0);
  if (exampleChars > MAX_PACK_EXAMPLE_CHARS) {
    issues.push({ ...where, ruleId: null, path: ['rules'], message: `examples hold ${exampleChars} characters; at most ${MAX_PACK_EXAMPLE_CHARS} are allowed` });
  }
  if (issues.length > 0) throw new RuleSetError(issues);
  return {
    ...(shape.data.version === undefined ? {} : { version: shape.data.version }),
    rules,
    ...(shape.data.allowlist === undefined ? {} : { allowlist: shape.data.allowlist }),
  };
}

function unsafeRegexes(rule: Rule, source: string | undefined): RuleIssue[] {
  return (rule.match?.patterns ?? []).flatMap((pattern, index) => {
    const problem = linearRegexProblem(pattern.regex, pattern.flags ?? '');
    if (problem === null) return [];
    const issue: RuleIssue = { ruleId: rule.id, path: ['match', 'patterns', index, 'regex'], message: `regex /${pattern.regex}/ refused: ${problem}` };
    return [source === undefined ? issue : { source, ...issue }];
  });
}
