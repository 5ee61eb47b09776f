/** Weighted average precision (area under the precision-recall steps), used to pick the classifier's L2 strength. */
export function averagePrecision(scores: readonly number[], labels: ArrayLike<0 | 1>, weights: ArrayLike<number>): number {
  const order = scores.map((_, row) => row).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  let totalPositive = 0;
  for (let row = 0; row < scores.length; row++) if (labels[row] === 1) totalPositive += weights[row] as number;
  let positive = 0;
  let total = 0;
  let area = 0;
  for (const row of order) {
    total += weights[row] as number;
    if (labels[row] !== 1) continue;
    positive += weights[row] as number;
    area += ((weights[row] as number) / totalPositive) * (positive / total);
  }
  return area;
}
