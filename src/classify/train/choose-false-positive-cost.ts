import { averagePrecision } from '../../evaluate/average-precision';
import { rankScores } from '../../evaluate/score-ranking';
import { baseRateWeights } from './base-rate-weights';
import { decayedHits, trainCombiner, type CombinerExample, type CombinerTrainingOptions } from './train-combiner';

export interface FalsePositiveCostChoice {
  cost: number;
  /** Out-of-fold average precision of the combiner's score on the postings as given, per candidate cost. */
  averagePrecision: Record<string, number>;
}

/**
 * Chooses the combiner's false-positive cost by cross-validation inside the training data: for each candidate, the
 * combiner is fitted on all folds but one and ranks the held-out postings as given (derived plain readings are fitted
 * on, never judged). The folds are the training's own campaign folds, so a template never vouches for itself. The
 * cost trades the rules' weights against each other and the classifier's: chosen on the whole cross-validation's test
 * folds it would flatter the measure (1, 2 and 4 gave PR-AUC 0.612, 0.639 and 0.627 there, more spread than signal).
 */
export function chooseFalsePositiveCost(
  examples: readonly CombinerExample[],
  folds: ArrayLike<number>,
  foldCount: number,
  candidates: readonly number[],
  options: CombinerTrainingOptions,
): FalsePositiveCostChoice {
  const judged = examples.flatMap((example, row) => (example.derived === true ? [] : [row]));
  const weights = baseRateWeights(judged.map((row) => (examples[row] as CombinerExample).positive), options.baseRate);
  const scores: Record<string, number> = {};
  let best: { cost: number; precision: number } | undefined;
  for (const cost of candidates) {
    const margins = new Float64Array(examples.length);
    for (let fold = 0; fold < foldCount; fold++) {
      const combiner = trainCombiner(
        examples.filter((_, row) => folds[row] !== fold),
        { ...options, falsePositiveCost: cost },
      );
      examples.forEach((example, row) => {
        if (folds[row] === fold) margins[row] = combinerMargin(combiner, example, options.repeatDecay);
      });
    }
    const precision = averagePrecision(rankScores(judged.map((row) => ({ score: margins[row] as number, positive: (examples[row] as CombinerExample).positive })), weights)) ?? 0;
    scores[String(cost)] = Math.round(precision * 1e4) / 1e4;
    if (best === undefined || precision > best.precision) best = { cost, precision };
  }
  if (best === undefined) throw new Error('no false-positive cost candidates given');
  return { cost: best.cost, averagePrecision: scores };
}

/** The combiner's log-odds for an example before its bias, floors and caps, as scoring sums them. */
function combinerMargin(combiner: { classifierWeight: number; ruleWeights: Readonly<Record<string, number>> }, example: CombinerExample, decay: number): number {
  let margin = combiner.classifierWeight * example.classifierEvidence;
  for (const [id, hit] of decayedHits(example.fired, decay)) {
    const weight = combiner.ruleWeights[id] ?? 0;
    margin += weight > 0 ? weight * hit : 0;
  }
  return margin;
}
