// `lurescan/rules`: for whoever writes rule packs. Validating a pack, the rule schema, and a runner for its examples.
export { parseRulePack, MAX_RULES_PER_PACK, type RulePack, type ParseRulePackOptions } from '../rules/rule-pack';
export { testRules, type RuleExamples, type RuleTestFailure, type RuleTestReport, type TestRulesOptions } from '../rule-tester/test-rules';
export {
  RuleSchema,
  RULE_LIMITS,
  SEVERITIES,
  ILO_INDICATORS,
  type Rule,
  type RuleDefinition,
  type ScannerRule,
  type RuleCondition,
  type FactCondition,
  type Severity,
} from '../rules/rule-schema';
export { MAX_REGEX_LENGTH } from '../rules/regex-safety';
export { RuleSetError, type RuleIssue } from '../rules/rule-set-error';
export { LURE_ELEMENTS, SCAM_FAMILIES, type LureElement, type ScamFamily } from '../rules/lure-elements';
export { AllowlistSchema, type Allowlist, type AllowlistInput, type VerifiedEmployer } from '../rules/allowlist-schema';
export { LurescanError, isLurescanError, type LurescanErrorCode } from '../errors/lurescan-error';
