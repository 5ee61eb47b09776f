import ruleTextsJson from '../../generated/rule-texts.generated.json';
import type { ScannerRule } from '../rule-schema';
import { BUILTIN_SCANNER_RULES } from './builtin-scanner-rules';
import { withTexts, type RuleTexts } from './rule-texts';

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
    if (rules === undefined) {
      // The texts are a JSON string in the bundle: what importing lurescan parses is one string, not half a megabyte
      // of objects that only readers of the rules need.
      const texts = JSON.parse(ruleTextsJson) as RuleTexts;
      rules = BUILTIN_SCANNER_RULES.rules.map((rule) => withTexts(rule, texts));
    }
    return rules;
  },
};
