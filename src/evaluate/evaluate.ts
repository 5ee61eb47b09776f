import { averagePrecision } from './average-precision';
import { bestF1Threshold, type BestF1Threshold } from './best-f1-threshold';
import { bootstrapIntervals, DEFAULT_BOOTSTRAP, type BootstrapOptions, type ConfidenceInterval } from './bootstrap';
import { classificationRates, type ClassificationRates, type ConfusionMatrix } from './confusion-matrix';
import { hitFrequencies, type HitFrequency } from './hit-frequencies';
import type { LabelledExample } from './labelled-example';
import { confusionAtRiskLevels, DECISION_LEVELS, type DecisionLevel } from './risk-level-confusion';
import { rocAuc } from './roc-auc';
import { indexScores, rankScores } from './score-ranking';

/** A metric on the data, with its bootstrap interval (null when not bootstrapped or never defined). */
export interface Estimate {
  value: number | null;
  interval: ConfidenceInterval | null;
}

/** The decision "positive when risk >= level", judged. */
export interface LevelEvaluation {
  level: DecisionLevel;
  confusion: ConfusionMatrix;
  precision: Estimate;
  recall: Estimate;
  f1: Estimate;
  falsePositiveRate: Estimate;
}

export interface Evaluation {
  examples: number;
  positives: number;
  negatives: number;
  /** positives / examples; null when there are none. */
  baseRate: number | null;
  /** Average precision over the score (see `averagePrecision`). */
  prAuc: Estimate;
  /** Mann-Whitney ROC-AUC over the score (see `rocAuc`). */
  rocAuc: Estimate;
  /** The best F1 over a threshold on the score, chosen on these same data (optimistic). */
  bestF1: BestF1Threshold | null;
  levels: LevelEvaluation[];
  /** Per-rule hit frequencies, SpamAssassin style. */
  rules: HitFrequency[];
  /** How the intervals were drawn, or null when they were not. */
  bootstrap: { resamples: number; seed: number; confidence: number; stratified: true } | null;
}

export interface EvaluateOptions {
  /** Bootstrap settings, or false for point estimates only. Default: 1000 stratified resamples, seed 1, 95%. */
  bootstrap?: BootstrapOptions | false;
}

const RATE_NAMES = ['precision', 'recall', 'f1', 'falsePositiveRate'] as const satisfies readonly (keyof ClassificationRates)[];
type StatisticKey = 'prAuc' | 'rocAuc' | `${DecisionLevel}.${(typeof RATE_NAMES)[number]}`;

/** Judges scored, labelled postings: ranking quality, each risk level as a decision, and each rule's hits. */
export function evaluate(examples: readonly LabelledExample[], options: EvaluateOptions = {}): Evaluation {
  const index = indexScores(examples.map((example) => example.score));
  const statistics = (weights?: ArrayLike<number>): Record<StatisticKey, number | null> => {
    const ranking = rankScores(examples, weights, index);
    const values = { prAuc: averagePrecision(ranking), rocAuc: rocAuc(ranking) } as Record<StatisticKey, number | null>;
    const matrices = confusionAtRiskLevels(examples, weights);
    for (const level of DECISION_LEVELS) {
      const rates = classificationRates(matrices[level]);
      for (const name of RATE_NAMES) values[`${level}.${name}`] = rates[name];
    }
    return values;
  };

  const point = statistics();
  const bootstrap = options.bootstrap === false ? null : { ...DEFAULT_BOOTSTRAP, ...options.bootstrap };
  const intervals =
    bootstrap === null
      ? undefined
      : bootstrapIntervals(
          examples.map((example) => example.positive),
          statistics,
          bootstrap,
        );
  const estimate = (key: StatisticKey): Estimate => ({ value: point[key], interval: intervals?.[key] ?? null });

  const matrices = confusionAtRiskLevels(examples);
  const positives = examples.filter((example) => example.positive).length;
  return {
    examples: examples.length,
    positives,
    negatives: examples.length - positives,
    baseRate: examples.length > 0 ? positives / examples.length : null,
    prAuc: estimate('prAuc'),
    rocAuc: estimate('rocAuc'),
    bestF1: bestF1Threshold(rankScores(examples, undefined, index)),
    levels: DECISION_LEVELS.map((level) => ({
      level,
      confusion: matrices[level],
      precision: estimate(`${level}.precision`),
      recall: estimate(`${level}.recall`),
      f1: estimate(`${level}.f1`),
      falsePositiveRate: estimate(`${level}.falsePositiveRate`),
    })),
    rules: hitFrequencies(examples),
    bootstrap: bootstrap === null ? null : { ...bootstrap, stratified: true },
  };
}
