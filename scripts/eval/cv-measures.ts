import type { Verdict } from '../../src/index';

/** EMSCAD's own fraud rate (866 of 17,880 ads): the base rate the generic-fraud measures judge at. */
export const EMSCAD_BASE_RATE = 866 / 17880;

/** The labelled sets of the generic-fraud cross-validation (issue 10). */
export const CV_SETS = ['emscad-partial', 'difraud-jobs'];

/**
 * A verdict's score in log-odds before a floor lifted it or a cap held it down: what the learned weights alone rank,
 * to show what the floors and caps cost or bring to the ranking. ±50 where the score is 0 or 1.
 */
export function scoreBeforeFloorsAndCaps(verdict: Verdict): number {
  const logit = Math.log(verdict.score / (1 - verdict.score)) - (verdict.floor?.contribution ?? 0) - (verdict.cap?.contribution ?? 0);
  return Number.isFinite(logit) ? logit : verdict.score >= 0.5 ? 50 : -50;
}

/** Fraud-class F1, precision and recall of `flagged` against `positives`, each ad counted by its weight; null on 0/0. */
export function weightedF1(
  flagged: readonly boolean[],
  positives: readonly boolean[],
  weights: ArrayLike<number>,
): { f1: number | null; precision: number | null; recall: number | null } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  flagged.forEach((flag, i) => {
    const weight = weights[i] as number;
    if (flag && positives[i]) tp += weight;
    else if (flag) fp += weight;
    else if (positives[i]) fn += weight;
  });
  return { f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null, precision: tp + fp > 0 ? tp / (tp + fp) : null, recall: tp + fn > 0 ? tp / (tp + fn) : null };
}
