/**
 * The lowest score at which everything scored at or above it still has at least `precision` (positives' share
 * of the weight). Scanned from the top, so the threshold is where precision last holds, not a lucky early peak.
 * Returns a score just above the highest negative if precision is never reached below it.
 */
export function choosePrecisionThreshold(
  scores: readonly number[],
  labels: ArrayLike<0 | 1>,
  weights: ArrayLike<number>,
  precision: number,
): number {
  const order = scores.map((_, row) => row).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  let positive = 0;
  let total = 0;
  let threshold = 1;
  for (let k = 0; k < order.length; k++) {
    const row = order[k] as number;
    total += weights[row] as number;
    if (labels[row] === 1) positive += weights[row] as number;
    const score = scores[row] as number;
    // Only cut between distinct scores: ties fall on the same side.
    const next = order[k + 1];
    if (next !== undefined && scores[next] === score) continue;
    if (positive / total >= precision) threshold = score;
  }
  return threshold;
}

/** The score threshold with the best weighted F1 (fraud class) when everything at or above it is flagged. */
export function chooseBestF1Threshold(scores: readonly number[], labels: ArrayLike<0 | 1>, weights: ArrayLike<number>): number {
  const order = scores.map((_, row) => row).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  let allPositive = 0;
  for (let row = 0; row < scores.length; row++) if (labels[row] === 1) allPositive += weights[row] as number;
  let truePositive = 0;
  let flagged = 0;
  let best = { f1: -1, threshold: 1 };
  for (let k = 0; k < order.length; k++) {
    const row = order[k] as number;
    flagged += weights[row] as number;
    if (labels[row] === 1) truePositive += weights[row] as number;
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[row]) continue;
    const f1 = (2 * truePositive) / (flagged + allPositive);
    if (f1 > best.f1) best = { f1, threshold: scores[row] as number };
  }
  return best.threshold;
}
