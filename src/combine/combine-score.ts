import { RISK_LEVELS, type RiskLevel } from '../explain/verdict';
import type { FiredRule } from '../match/fired-rule';
import { rankWithinCategory, type WeightedFlag } from './rank-within-category';
import type { ScoringPolicy } from './scoring-policy';

export interface CombinedScore {
  score: number;
  risk: RiskLevel;
  /** Log-odds each fired rule adds, by id. Building blocks (`__` ids) add nothing: they only feed patterns. */
  contributions: ReadonlyMap<string, number>;
}

/**
 * Sums the bias, each fired rule's weight (decayed within its category) and `extraLogOdds` (the classifier's
 * contribution) into log-odds, and reads the risk level off the score, raised by any rule's floor.
 */
export function combineScore(fired: readonly FiredRule[], policy: ScoringPolicy, extraLogOdds = 0): CombinedScore {
  const contributions = new Map<string, number>();
  const weighted: WeightedFlag[] = [];
  let floor: RiskLevel = 'low';

  for (const { rule, kind } of fired) {
    if (rule.id.startsWith('__')) {
      contributions.set(rule.id, 0);
      continue;
    }
    const learned = policy.ruleWeights && Object.hasOwn(policy.ruleWeights, rule.id) ? policy.ruleWeights[rule.id] : undefined;
    const weight = learned ?? rule.weight ?? policy.severityWeights[rule.severity];
    weighted.push({ id: rule.id, category: rule.category, weight });
    const ruleFloor = rule.minRisk ?? (kind === 'rule' ? policy.severityFloors[rule.severity] : undefined);
    if (ruleFloor !== undefined) floor = maxRisk(floor, ruleFloor);
  }

  let logit = policy.bias + extraLogOdds;
  const ranks = rankWithinCategory(weighted);
  for (const { id, weight } of weighted) {
    const contribution = weight > 0 ? weight * policy.repeatDecay ** (ranks.get(id) as number) : weight;
    contributions.set(id, contribution);
    logit += contribution;
  }

  const score = 1 / (1 + Math.exp(-logit));
  return { score, risk: maxRisk(riskFromScore(score, policy), floor), contributions };
}

function riskFromScore(score: number, policy: ScoringPolicy): RiskLevel {
  if (score >= policy.thresholds.critical) return 'critical';
  if (score >= policy.thresholds.high) return 'high';
  if (score >= policy.thresholds.medium) return 'medium';
  return 'low';
}

export function maxRisk(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(a) >= RISK_LEVELS.indexOf(b) ? a : b;
}
