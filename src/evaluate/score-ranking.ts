/**
 * The examples grouped by score, highest score first, with the (possibly bootstrap-weighted) count of positives
 * and negatives at each distinct score. Every ranking metric (ROC-AUC, average precision, best F1) is one pass
 * over this table, and tied scores stay together: a threshold can never split a tie.
 */
export interface ScoreRanking {
  /** The distinct scores, highest first; predicting "positive when score >= thresholds[i]" is the i-th cut. */
  readonly thresholds: readonly number[];
  /** Weight of the positive examples at each threshold's score. */
  readonly positives: ArrayLike<number>;
  /** Weight of the negative examples at each threshold's score. */
  readonly negatives: ArrayLike<number>;
  readonly totalPositives: number;
  readonly totalNegatives: number;
}

/** Which threshold group each example belongs to: built once, so a bootstrap resample needs no new sort. */
export interface ScoreIndex {
  readonly thresholds: readonly number[];
  readonly groupOf: Int32Array;
}

export function indexScores(scores: readonly number[]): ScoreIndex {
  scores.forEach((score, index) => {
    if (!Number.isFinite(score)) throw new RangeError(`score of example ${index} is not a finite number: ${score}`);
  });
  const thresholds = [...new Set(scores)].sort((a, b) => b - a);
  const groupByScore = new Map(thresholds.map((score, group) => [score, group]));
  const groupOf = Int32Array.from(scores, (score) => groupByScore.get(score) ?? -1);
  return { thresholds, groupOf };
}

/**
 * Ranks labelled scores. `weights[i]` is how many times example i counts (a bootstrap resample draws some examples
 * several times and others not at all); by default each counts once.
 */
export function rankScores(
  examples: readonly { score: number; positive: boolean }[],
  weights?: ArrayLike<number>,
  index: ScoreIndex = indexScores(examples.map((example) => example.score)),
): ScoreRanking {
  const positives = new Float64Array(index.thresholds.length);
  const negatives = new Float64Array(index.thresholds.length);
  let totalPositives = 0;
  let totalNegatives = 0;
  examples.forEach((example, i) => {
    const weight = weights === undefined ? 1 : (weights[i] ?? 0);
    if (weight === 0) return;
    const group = index.groupOf[i] ?? -1;
    if (example.positive) {
      positives[group] = (positives[group] ?? 0) + weight;
      totalPositives += weight;
    } else {
      negatives[group] = (negatives[group] ?? 0) + weight;
      totalNegatives += weight;
    }
  });
  return { thresholds: index.thresholds, positives, negatives, totalPositives, totalNegatives };
}
