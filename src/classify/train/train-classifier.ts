import type { LurescanModel } from '../classifier-model';
import { baseRateWeights } from './base-rate-weights';
import { campaignShares, spreadWithinClass } from './campaign-weights';
import { fitLogistic } from './fit-logistic';
import type { SparseRow } from './sparse-rows';

export interface ClassifierExample {
  features: ReadonlySet<string>;
  /** The tokens in text order (see `postingFeatures`), for coverage. */
  words: readonly string[];
  positive: boolean;
  /** The example's campaign (see `templateGroups`), for `groupPower`. */
  group?: number;
}

export interface ClassifierTrainingOptions {
  /** Share of positives the model's probabilities are calibrated to. */
  baseRate: number;
  /** L2 strength; chosen by cross-validation in `trainModel`. */
  l2: number;
  /** Terms seen in fewer training postings are dropped: they cannot generalise and could identify a posting. */
  minDocumentFrequency: number;
  /** Terms whose final weight is smaller than this are dropped, which keeps the model file small. */
  minWeight: number;
  /**
   * At most this many terms are kept: the strongest of a first fit, refitted alone (a bounded vocabulary keeps the
   * browser bundle small; refitting lets the kept terms take up what the dropped ones carried). Default: no bound.
   */
  maxTerms?: number;
  /**
   * Each example counts `n^-groupPower` of an ad, where n is the number of training examples in its campaign
   * (`group`); each class keeps its total weight. EMSCAD's fraud is templated: one fake employer posts dozens of
   * near-copies, and fitted per ad the model learned that employer's words, which say nothing about the next one.
   * At 1 every campaign counts about once (out-of-fold average precision on the campaign-grouped folds, classifier
   * alone: 0.560 at 0, 0.585 at 0.5, 0.592 at 1). Default 0: every ad counts once.
   */
  groupPower?: number;
}

/**
 * NB-weighted logistic regression (Wang & Manning's "NBSVM", with a logistic loss): each present term's feature
 * value is its smoothed log-count ratio between fraud and honest postings, and a strongly regularised logistic
 * regression learns how far to trust it. On a few thousand ads this beats both naive Bayes and plain logistic
 * regression. natural's BayesClassifier is not used: it multiplies probabilities and underflows to 0 on ads of
 * about 400 tokens, keeps dense vectors over the whole vocabulary, and stores training text in its model; its
 * logistic regression took 105 s for 1,000 ads. This model is sparse, scored in log space, and holds only weights.
 */
export function trainClassifier(
  examples: readonly ClassifierExample[],
  options: ClassifierTrainingOptions,
): Pick<LurescanModel['classifier'], 'bias' | 'terms'> {
  const documentFrequency = new Map<string, number>();
  for (const { features } of examples) for (const term of features) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vocabulary = [...documentFrequency]
    .filter(([, count]) => count >= options.minDocumentFrequency)
    .map(([term]) => term)
    .sort();
  const first = fitTerms(examples, vocabulary, options);
  const kept = Object.keys(first.terms);
  if (options.maxTerms === undefined || kept.length <= options.maxTerms) return first;
  // The strongest terms, ties by term so that the choice is deterministic.
  const strongest = kept
    .sort((a, b) => Math.abs(first.terms[b] as number) - Math.abs(first.terms[a] as number) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, options.maxTerms)
    .sort();
  return fitTerms(examples, strongest, options);
}

function fitTerms(
  examples: readonly ClassifierExample[],
  vocabulary: readonly string[],
  options: ClassifierTrainingOptions,
): Pick<LurescanModel['classifier'], 'bias' | 'terms'> {
  const index = new Map(vocabulary.map((term, position) => [term, position]));

  const multiplier = campaignShares(examples.map(({ group }) => group), options.groupPower ?? 0);
  // Log-count ratios with add-one smoothing, each example counted by its campaign share.
  const positiveCounts = new Float64Array(vocabulary.length).fill(1);
  const negativeCounts = new Float64Array(vocabulary.length).fill(1);
  examples.forEach(({ features, positive }, row) => {
    const counts = positive ? positiveCounts : negativeCounts;
    const weight = multiplier[row] as number;
    for (const term of features) {
      const position = index.get(term);
      if (position !== undefined) counts[position] = (counts[position] as number) + weight;
    }
  });
  const positiveTotal = sum(positiveCounts);
  const negativeTotal = sum(negativeCounts);
  const ratios = Float64Array.from(positiveCounts, (count, position) =>
    Math.log(count / positiveTotal / ((negativeCounts[position] as number) / negativeTotal)),
  );

  const rows: SparseRow[] = examples.map(({ features }) => {
    const positions = [...features]
      .map((term) => index.get(term))
      .filter((position): position is number => position !== undefined)
      .sort((a, b) => a - b);
    return { indices: Int32Array.from(positions), values: Float64Array.from(positions, (position) => ratios[position] as number) };
  });
  const positives = examples.map(({ positive }) => positive);
  const labels = positives.map((positive) => (positive ? 1 : 0) as 0 | 1);
  const fit = fitLogistic({
    rows,
    labels,
    sampleWeights: spreadWithinClass(baseRateWeights(positives, options.baseRate), positives, multiplier),
    dimension: vocabulary.length,
    l2: options.l2,
  });

  // Fold the ratio into the weight, so that scoring is one lookup and one addition per present term.
  const terms: Record<string, number> = {};
  vocabulary.forEach((term, position) => {
    const weight = round((fit.weights[position] as number) * (ratios[position] as number));
    if (Math.abs(weight) >= options.minWeight) terms[term] = weight;
  });
  return { bias: round(fit.bias), terms };
}

/** Four decimals: far below what moves a verdict, and it keeps the file small and the output reproducible. */
export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4 || 0; // never -0
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
