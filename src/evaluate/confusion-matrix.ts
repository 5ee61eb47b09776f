/** Counts of a binary decision against the truth (weighted counts in a bootstrap resample). */
export interface ConfusionMatrix {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

/** What a confusion matrix says; null where the ratio has no denominator. */
export interface ClassificationRates {
  /** TP / (TP + FP): of the postings flagged, the share that were fraudulent. Null when nothing was flagged. */
  precision: number | null;
  /** TP / (TP + FN): of the fraudulent postings, the share flagged. Null when there are no positives. */
  recall: number | null;
  /**
   * 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; 0 when positives exist but none is found
   * (even when nothing was flagged), null only when there are neither positives nor flags.
   */
  f1: number | null;
  /** FP / (FP + TN): of the honest postings, the share flagged. Null when there are no negatives. */
  falsePositiveRate: number | null;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

export function classificationRates({ truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn }: ConfusionMatrix): ClassificationRates {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    falsePositiveRate: ratio(fp, fp + tn),
  };
}
