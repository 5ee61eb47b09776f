import type { PostingInput } from '../posting/posting-schema';
import { createScanner } from '../scanner';
import { exampleHolds } from '../rules/rule-example-issues';
import { parseRulePack } from '../rules/rule-pack';

/** The examples one rule (or pattern) must fire on, and those it must stay quiet on. */
export interface RuleExamples {
  fire?: readonly PostingInput[];
  quiet?: readonly PostingInput[];
}

export interface TestRulesOptions {
  /** Run the pack beside the built-in rules (so it may name them in patterns). Default true. */
  builtinRules?: boolean;
}

/** One example that did not do what it should, named by the rule id and the example itself. */
export interface RuleTestFailure {
  ruleId: string;
  expected: 'fire' | 'quiet';
  /** Position of the example in its `fire` or `quiet` list. */
  index: number;
  example: PostingInput;
  message: string;
}

export interface RuleTestReport {
  /** Examples that behaved as expected. */
  passed: number;
  failures: RuleTestFailure[];
}

/**
 * Runs fire and quiet examples against a rule pack (each pack rule's own `examples`, then those given here), like ESLint's `RuleTester`: an example fires a rule when the
 * rule's id is in the verdict's `fired` (rules or patterns), whatever its weight, so building blocks are testable too.
 * The pack is validated first (a bad pack throws `RuleSetError`). Scores without the model, so a verdict depends on
 * the rules alone. Never throws for a failing example: every failure is reported.
 */
export function testRules(
  /** A `RulePack`, or the parsed JSON or YAML of one: it is validated here. */
  pack: unknown,
  examples: Readonly<Record<string, RuleExamples>> = {},
  { builtinRules = true }: TestRulesOptions = {},
): RuleTestReport {
  const parsed = parseRulePack(pack);
  const scanner = createScanner({ rules: parsed.rules, builtinRules, model: null, ...(parsed.allowlist ? { allowlist: parsed.allowlist } : {}) });
  const known = new Set(scanner.rules.map((rule) => rule.id));
  const report: RuleTestReport = { passed: 0, failures: [] };
  const cases = new Map<string, { fire: PostingInput[]; quiet: PostingInput[] }>();
  const add = (ruleId: string, { fire = [], quiet = [] }: RuleExamples): void => {
    const entry = cases.get(ruleId) ?? { fire: [], quiet: [] };
    entry.fire.push(...fire);
    entry.quiet.push(...quiet);
    cases.set(ruleId, entry);
  };
  for (const rule of parsed.rules) add(rule.id, rule.examples);
  for (const [ruleId, given] of Object.entries(examples)) add(ruleId, given);
  for (const [ruleId, { fire, quiet }] of cases) {
    if (!known.has(ruleId)) {
      report.failures.push({
        ruleId,
        expected: 'fire',
        index: -1,
        example: '',
        message: `no rule or pattern "${ruleId}" in the pack${builtinRules ? ' or the built-in rules' : ''}`,
      });
      continue;
    }
    const check = (expected: 'fire' | 'quiet', list: readonly PostingInput[]): void => {
      list.forEach((example, index) => {
        const result = scanner.safeScore(example);
        if (!result.success) {
          report.failures.push({ ruleId, expected, index, example, message: result.error.message });
          return;
        }
        if (exampleHolds(ruleId, expected, result.verdict.fired)) report.passed += 1;
        else
          report.failures.push({
            ruleId,
            expected,
            index,
            example,
            message: `${ruleId} ${expected === 'quiet' ? 'fired on' : 'did not fire on'} ${expected} example ${index}`,
          });
      });
    };
    check('fire', fire);
    check('quiet', quiet);
  }
  return report;
}
