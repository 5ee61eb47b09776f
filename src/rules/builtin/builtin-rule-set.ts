import ruleSet from '../../generated/rule-set.generated.json';
import type { ScannerRule } from '../rule-schema';

/**
 * The rules shipped in rules/*.yaml, validated and compiled to JSON at build time by scripts/compile-rules.ts, so
 * nothing parses YAML at run time. Without their examples: those are `BUILTIN_RULE_EXAMPLES`.
 */
export const BUILTIN_RULE_SET: { version: string; rules: readonly ScannerRule[] } = ruleSet as { version: string; rules: ScannerRule[] };
