import { rankScores } from '../../evaluate/score-ranking';

/**
 * The lowest score at which everything scored at or above it still has at least `precision` (positives' share of
 * the weight): where precision last holds scanning down from the top. Tied scores fall on the same side. Returns 1
 * when precision never holds.
 */
export function choosePrecisionThreshold(
  scores: readonly number[],
  labels: ArrayLike<0 | 1>,
  weights: ArrayLike<number>,
  precision: number,
): number {
  const ranking = rankScores(
    scores.map((score, row) => ({ score, positive: labels[row] === 1 })),
    weights,
  );
  let positive = 0;
  let flagged = 0;
  let threshold = 1;
  ranking.thresholds.forEach((score, group) => {
    positive += ranking.positives[group] as number;
    flagged += (ranking.positives[group] as number) + (ranking.negatives[group] as number);
    if (flagged > 0 && positive / flagged >= precision) threshold = score;
  });
  return threshold;
}
