import { RISK_LEVELS, type RiskLevel } from '../types/risk-level';
import type { ConfusionMatrix } from './confusion-matrix';

/** The levels a decision can be cut at: "risk >= low" flags everything, so it is not one of them. */
export const DECISION_LEVELS = RISK_LEVELS.slice(1) as readonly Exclude<RiskLevel, 'low'>[];
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

/**
 * The confusion matrix of "positive when risk >= level" at each decision level. `weights[i]` is how many times
 * example i counts (bootstrap), by default once.
 */
export function confusionAtRiskLevels(
  examples: readonly { risk: RiskLevel; positive: boolean }[],
  weights?: ArrayLike<number>,
): Record<DecisionLevel, ConfusionMatrix> {
  // Weighted counts per risk level and class, then cumulated from the top level down.
  const positivesAt = RISK_LEVELS.map(() => 0);
  const negativesAt = RISK_LEVELS.map(() => 0);
  examples.forEach((example, i) => {
    const weight = weights === undefined ? 1 : (weights[i] ?? 0);
    const level = RISK_LEVELS.indexOf(example.risk);
    if (level === -1) throw new RangeError(`risk of example ${i} is not a risk level: ${String(example.risk)}`);
    const counts = example.positive ? positivesAt : negativesAt;
    counts[level] = (counts[level] ?? 0) + weight;
  });
  const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);
  const totalPositives = sum(positivesAt);
  const totalNegatives = sum(negativesAt);
  const matrices = {} as Record<DecisionLevel, ConfusionMatrix>;
  for (const level of DECISION_LEVELS) {
    const from = RISK_LEVELS.indexOf(level);
    const truePositives = sum(positivesAt.slice(from));
    const falsePositives = sum(negativesAt.slice(from));
    matrices[level] = {
      truePositives,
      falsePositives,
      falseNegatives: totalPositives - truePositives,
      trueNegatives: totalNegatives - falsePositives,
    };
  }
  return matrices;
}
