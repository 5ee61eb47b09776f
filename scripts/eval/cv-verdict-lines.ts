import type { CrossValidation } from '../../src/classify/train/cross-validate';

/**
 * One JSON line per out-of-fold verdict, for `--save FILE` in eval:cv and the CV experiment: what each posting scored,
 * with which flags, floors and caps, and the thresholds of the fold's model, to study the ranking offline.
 */
export function cvVerdictLines(cv: CrossValidation, positives: readonly boolean[], sets: readonly (string | undefined)[]): string {
  const lines = cv.verdicts.map((verdict, i) =>
    JSON.stringify({
      positive: positives[i],
      set: sets[i],
      fold: cv.folds[i],
      group: cv.groups[i],
      score: verdict.score,
      risk: verdict.risk,
      bias: verdict.bias,
      flags: verdict.flags.map((flag) => [flag.id, flag.severity, flag.contribution]),
      classifier: verdict.classifier?.contribution ?? 0,
      floor: verdict.floor?.contribution ?? 0,
      cap: verdict.cap?.contribution ?? 0,
      thresholds: cv.models[cv.folds[i] as number]?.combiner.thresholds,
    }),
  );
  return `${lines.join('\n')}\n`;
}
