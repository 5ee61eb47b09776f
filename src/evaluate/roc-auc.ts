import type { ScoreRanking } from './score-ranking';

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the share of (positive, negative) pairs in which the
 * positive scores higher, a tied pair counting one half. 1 is a perfect ranking, 0.5 chance, 0 a reversed one.
 * Null when either class is empty, since there are then no pairs.
 */
export function rocAuc(ranking: ScoreRanking): number | null {
  const { totalPositives, totalNegatives } = ranking;
  if (totalPositives === 0 || totalNegatives === 0) return null;
  let positivesAbove = 0;
  let winningPairs = 0;
  for (let group = 0; group < ranking.thresholds.length; group++) {
    const positives = ranking.positives[group] ?? 0;
    const negatives = ranking.negatives[group] ?? 0;
    winningPairs += negatives * (positivesAbove + positives / 2);
    positivesAbove += positives;
  }
  return winningPairs / (totalPositives * totalNegatives);
}
