import type { ScoreRanking } from './score-ranking';

/**
 * PR-AUC as average precision, step-wise with no interpolation (as scikit-learn's `average_precision_score`):
 *
 *   AP = Σ_k (R_k − R_{k−1}) · P_k
 *
 * over the distinct score thresholds k from the highest down, where P_k and R_k are the precision and recall of
 * "positive when score >= threshold k". Tied scores form one step. It is the mean, over the positives, of the
 * precision at the threshold that first includes each. In [0, 1]; a random ranking scores about the base rate.
 * Null when there are no positives.
 */
export function averagePrecision(ranking: ScoreRanking): number | null {
  if (ranking.totalPositives === 0) return null;
  let truePositives = 0;
  let falsePositives = 0;
  // Sum positives × precision and divide once at the end: each term is at most its (integer) count of positives, so
  // the rounded sum cannot pass the total, and a perfect ranking gives exactly 1 (summing fractions of the total
  // gave 1.0000000000000002).
  let weighted = 0;
  for (let group = 0; group < ranking.thresholds.length; group++) {
    const positives = ranking.positives[group] ?? 0;
    truePositives += positives;
    falsePositives += ranking.negatives[group] ?? 0;
    if (positives > 0) weighted += positives * (truePositives / (truePositives + falsePositives));
  }
  return weighted / ranking.totalPositives;
}
