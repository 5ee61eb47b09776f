import ruleTexts from '../../generated/rule-texts.generated.json';
import type { ScannerRule } from '../rule-schema';
import { BUILTIN_SCANNER_RULES } from './builtin-scanner-rules';
import { withTexts, type RuleTexts } from './rule-texts';

const TEXTS = ruleTexts as RuleTexts;
let rules: readonly ScannerRule[] | undefined;

/**
 * The rules shipped in rules/*.yaml, validated and compiled to JSON at build time by scripts/compile-rules.ts, so
 * nothing parses YAML at run time. Without their examples: those are `BUILTIN_RULE_EXAMPLES`. Put together on first
 * read from the runtime copy (`BUILTIN_SCANNER_RULES`) and the texts it leaves out: each rule as compile-rules wrote
 * it to rule-set.generated.json.
 */
export const BUILTIN_RULE_SET: { readonly version: string; readonly rules: readonly ScannerRule[] } = {
  version: BUILTIN_SCANNER_RULES.version,
  get rules() {
    return (rules ??= BUILTIN_SCANNER_RULES.rules.map((rule) => withTexts(rule, TEXTS)));
  },
};
