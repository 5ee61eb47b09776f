import ruleSet from './rule-set.generated.json';
import type { Rule } from '../rule-schema';

/**
 * The rules shipped in rules/*.yaml, validated and compiled to JSON at build time by scripts/compile-rules.ts, so
 * nothing parses YAML at run time.
 */
export const BUILTIN_RULE_SET: { version: string; rules: readonly Rule[] } = ruleSet as { version: string; rules: Rule[] };
