import type { Evidence } from '../posting/evidence';
import type { CompiledPattern } from '../rules/compiled-rule';
import type { RuleCondition } from '../rules/rule-schema';
import type { FiredRule } from './fired-rule';
import { dedupeEvidence } from './match-base-rules';

/** Evaluates combination patterns in dependency order over the rules that fired, like SpamAssassin meta rules. */
export function evaluatePatterns(patterns: readonly CompiledPattern[], firedRules: readonly FiredRule[]): FiredRule[] {
  const evidenceById = new Map<string, Evidence[]>(firedRules.map((fired) => [fired.rule.id, fired.evidence]));
  const firedPatterns: FiredRule[] = [];
  for (const pattern of patterns) {
    if (!holds(pattern.when, evidenceById)) continue;
    const evidence = dedupeEvidence(pattern.evidenceFrom.flatMap((id) => evidenceById.get(id) ?? []));
    evidenceById.set(pattern.rule.id, evidence);
    firedPatterns.push({ rule: pattern.rule, kind: 'pattern', evidence });
  }
  return firedPatterns;
}

function holds(condition: RuleCondition, fired: ReadonlyMap<string, unknown>): boolean {
  if (typeof condition === 'string') return fired.has(condition);
  if ('all' in condition) return condition.all.every((part) => holds(part, fired));
  if ('any' in condition) return condition.any.some((part) => holds(part, fired));
  if ('not' in condition) return !holds(condition.not, fired);
  let count = 0;
  for (const part of condition.of) {
    if (holds(part, fired) && ++count >= condition.atLeast) return true;
  }
  return false;
}
