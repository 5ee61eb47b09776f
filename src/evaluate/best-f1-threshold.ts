import type { ScoreRanking } from './score-ranking';

/** The score cut with the highest F1. */
export interface BestF1Threshold {
  /** Predict positive when score >= threshold. */
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * The threshold on the score, among the distinct scores, whose decision "positive when score >= threshold" has the
 * highest F1; of equal F1s the highest threshold wins (fewer postings flagged for the same F1). Chosen on the data it
 * is measured on, so it is an optimistic bound, not a held-out result. Null when there are no positives.
 */
export function bestF1Threshold(ranking: ScoreRanking): BestF1Threshold | null {
  if (ranking.totalPositives === 0) return null;
  let best: BestF1Threshold | null = null;
  let truePositives = 0;
  let flagged = 0;
  for (let group = 0; group < ranking.thresholds.length; group++) {
    truePositives += ranking.positives[group] ?? 0;
    flagged += (ranking.positives[group] ?? 0) + (ranking.negatives[group] ?? 0);
    // A score group can weigh nothing in a bootstrap resample: no cut there.
    if (flagged === 0) continue;
    const f1 = (2 * truePositives) / (flagged + ranking.totalPositives);
    if (best === null || f1 > best.f1) {
      best = {
        threshold: ranking.thresholds[group] ?? Number.NaN,
        precision: truePositives / flagged,
        recall: truePositives / ranking.totalPositives,
        f1,
      };
    }
  }
  return best;
}
