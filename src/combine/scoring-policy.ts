import type { RiskLevel } from '../types/risk-level';
import type { Severity } from '../rules/rule-schema';

/**
 * How fired rules become one score and a risk level. The score is a logistic sum, like SpamAssassin's:
 * `score = sigmoid(bias + Σ contribution)`, so every flag's share of the verdict can be shown.
 */
export interface ScoringPolicy {
  /** Log-odds of a posting that fires nothing. */
  bias: number;
  /** Log-odds a rule adds by default, by severity (a rule's own `weight` overrides it). */
  severityWeights: Readonly<Record<Severity, number>>;
  /** Weights learned from data by rule id; they override both the severity default and the rule's own `weight`. */
  ruleWeights?: Readonly<Record<string, number>>;
  /**
   * Each further flag of the same category counts this much less than the one before it: five ways of saying
   * "high pay" are one signal, not five.
   */
  repeatDecay: number;
  /** Lowest score for each risk level above `low`. */
  thresholds: Readonly<Record<Exclude<RiskLevel, 'low'>, number>>;
  /** A base rule of this severity raises the risk to at least this level on its own. */
  severityFloors: Readonly<Partial<Record<Severity, RiskLevel>>>;
  /** What a job board does at each risk level; stamped on every verdict as `action`. */
  actions: Readonly<Record<RiskLevel, Action>>;
}

export const ACTIONS = ['allow', 'review', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The policy without a model, set so that (as the indicator catalogue asks) one low flag stays low, one medium
 * flag is worth a review (medium), one high flag or three independent medium ones make an ad high, and only a
 * combination pattern or several strong flags make it critical. The severity floors keep the first three promises
 * when a trained model replaces the bias, weights and thresholds: the trafficking rules hardly ever fire in the
 * training data, so the data cannot set their levels. Measured on ../shared/data by `npm run eval`.
 */
export const DEFAULT_SCORING_POLICY: ScoringPolicy = {
  bias: -3,
  severityWeights: { low: 0.4, medium: 1.1, high: 3, critical: 4.5 },
  repeatDecay: 0.5,
  thresholds: { medium: 0.12, high: 0.5, critical: 0.95 },
  severityFloors: { medium: 'medium', high: 'high', critical: 'high' },
  actions: { low: 'allow', medium: 'review', high: 'review', critical: 'block' },
};
