import type { ScannerRule } from '../rule-schema';

/**
 * What the runtime copy of each built-in rule leaves out (see `BUILTIN_SCANNER_RULES`): its whole explanation, and
 * its phrases with the place of `phrases` among the keys of its `match` (`at`, 0 when left out).
 */
export interface RuleTexts {
  version: string;
  texts: Record<string, { explanation: string; phrases?: NonNullable<ScannerRule['match']>['phrases']; at?: number }>;
}

/** A runtime rule with the texts it left out put back, its keys in their order. */
export function withTexts(rule: ScannerRule, texts: RuleTexts): ScannerRule {
  const text = texts.texts[rule.id];
  if (text === undefined) throw new Error(`the rule texts hold nothing for rule ${rule.id}`);
  const { match } = rule;
  if (match === undefined || text.phrases === undefined) return { ...rule, explanation: text.explanation };
  const entries = Object.entries(match);
  entries.splice(text.at ?? 0, 0, ['phrases', text.phrases]);
  return { ...rule, explanation: text.explanation, match: Object.fromEntries(entries) };
}
