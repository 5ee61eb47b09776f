import { createScanner, type SafeScoreResult, type Scanner } from './scanner';
import type { Verdict } from './explain/verdict';
import type { PostingInput } from './posting/posting-schema';

export { createScanner, type Scanner, type ScannerOptions, type SafeScoreResult } from './scanner';
export { JobPostingSchema, TEXT_FIELDS, type JobPosting, type PostingInput, type TextField } from './posting/posting-schema';
export { PostingValidationError, type PostingIssue } from './posting/posting-validation-error';
export { RuleSetError, type RuleIssue } from './rules/rule-set-error';
export { parseRulePack, MAX_RULES_PER_PACK, type RulePack, type ParseRulePackOptions } from './rules/rule-pack';
export { RULE_LIMITS } from './rules/rule-schema';
export { MAX_REGEX_LENGTH } from './rules/regex-safety';
export { AllowlistSchema, type Allowlist, type AllowlistInput, type VerifiedEmployer } from './allowlist/allowlist-schema';
export { ALLOWLIST_SUPPRESSIBLE_CATEGORIES, type AllowlistHit } from './allowlist/apply-allowlist';
export {
  RuleSchema,
  RuleSetSchema,
  SEVERITIES,
  ILO_INDICATORS,
  type Rule,
  type RuleDefinition,
  type RuleCondition,
  type FactCondition,
  type Severity,
} from './rules/rule-schema';
export { RISK_LEVELS, type Verdict, type Flag, type RiskLevel } from './explain/verdict';
export type { Evidence } from './explain/evidence';
export type { Facts, PayFact, ContactFact, PlaceFact, AgeFact, ContactChannel, PayPeriod } from './extract/facts';
export { DEFAULT_SCORING_POLICY, type ScoringPolicy } from './combine/scoring-policy';
export { ENGINE_VERSION } from './version';

// The default scanner is built on first use, so importing lurescan compiles nothing.
let defaultScanner: Scanner | undefined;
const getDefaultScanner = (): Scanner => (defaultScanner ??= createScanner());

/** Scores one posting with the built-in rules. Throws `PostingValidationError` for an invalid posting object. */
export function score(input: PostingInput): Verdict {
  return getDefaultScanner().score(input);
}

/** Like `score`, but returns a result union instead of throwing; accepts any value. */
export function safeScore(input: unknown): SafeScoreResult {
  return getDefaultScanner().safeScore(input);
}
