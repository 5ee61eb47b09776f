export interface Metrics {
  /** Area under the precision-recall steps (average precision). */
  averagePrecision: number;
  /** Probability that a random fraudulent ad outscores a random honest one (ties count half). */
  rocAuc: number;
  /** The best fraud-class F1 over all score thresholds. */
  bestF1: number;
}

export function rankingMetrics(scores: readonly number[], labels: readonly boolean[]): Metrics {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  let tp = 0;
  let fp = 0;
  let averagePrecision = 0;
  let bestF1 = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (labels[i]) tp++;
    else fp++;
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[i]) continue;
    bestF1 = Math.max(bestF1, (2 * tp) / (tp + fp + positives));
  }
  tp = fp = 0;
  for (const i of order) {
    if (labels[i]) {
      tp++;
      averagePrecision += tp / (tp + fp) / positives;
    } else fp++;
  }
  let wins = 0;
  const negativeScores = order.filter((i) => !labels[i]).map((i) => scores[i] as number);
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]) continue;
    for (const negative of negativeScores) wins += (scores[i] as number) > negative ? 1 : (scores[i] as number) === negative ? 0.5 : 0;
  }
  return { averagePrecision, rocAuc: wins / (positives * negatives), bestF1 };
}
