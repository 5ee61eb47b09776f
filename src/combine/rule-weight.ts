import type { ScannerRule } from '../rules/rule-schema';
import type { ScoringPolicy } from './scoring-policy';

/** A rule's weight as written, as learned from data, and the one scoring uses. */
export interface RuleWeight {
  /** The rule's own `weight`, or its severity's default. */
  declared: number;
  /** The weight `lurescan train` fitted on data, when the model has one for this rule. */
  learned: number | undefined;
  /** What scoring uses: the learned weight when there is one, else the declared. At zero or below, not a red flag. */
  effective: number;
}

export function ruleWeight(rule: ScannerRule, policy: ScoringPolicy): RuleWeight {
  const declared = rule.weight ?? policy.severityWeights[rule.severity];
  const learned = policy.ruleWeights && Object.hasOwn(policy.ruleWeights, rule.id) ? policy.ruleWeights[rule.id] : undefined;
  return { declared, learned, effective: learned ?? declared };
}
