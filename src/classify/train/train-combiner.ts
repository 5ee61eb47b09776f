import type { LurescanModel } from '../classifier-model';
import { rankWithinCategory } from '../../combine/rank-within-category';
import { baseRateWeights } from './base-rate-weights';
import { spreadWithinClass } from './campaign-weights';
import { fitLogistic, type LogisticFit } from './fit-logistic';
import { choosePrecisionThreshold } from './choose-threshold';
import type { SparseRow } from './sparse-rows';
import { round } from './train-classifier';

export interface FiredForTraining {
  id: string;
  category: string;
  /** The rule's weight as its file declares it (or its severity's default). */
  declaredWeight: number;
  /** The least weight the data may fit it to (0 for most rules; see `LURE_WEIGHT_FLOOR_SHARE`). */
  minimumWeight: number;
}

export interface CombinerExample {
  /** Rules and patterns that fired, building blocks (`__` ids) left out. */
  fired: readonly FiredForTraining[];
  /** The classifier's log-odds minus its bias, from a model that did not see this example. */
  classifierEvidence: number;
  positive: boolean;
  /**
   * True for a posting as plain text (a raw ad, or a structured one read without its fields), false for a
   * structured posting as given. Thresholds are set on both views together (see `trainCombiner`).
   */
  plain: boolean;
  /**
   * True for a plain-text reading made from a structured posting for training (not a posting as given): with
   * `fitViews: 'given'` it sets the thresholds but not the weights.
   */
  derived?: boolean;
  /**
   * How much the example counts in the fit relative to others of its class (default 1): its share of its campaign
   * (`campaignShares`). The bias and the thresholds still count every ad once.
   */
  weight?: number;
}

export interface CombinerTrainingOptions {
  baseRate: number;
  /** How many misses one false alarm is worth while fitting the weights. */
  falsePositiveCost: number;
  /** L2 pull of each rule weight toward its declared weight. */
  priorStrength: number;
  repeatDecay: number;
  /** Precision (at `baseRate`) the `medium` and `high` thresholds must keep. */
  precision: { medium: number; high: number };
  /**
   * Which views the thresholds are set on: `plain` (default) the plain-text views only, `pooled` both views of every
   * posting together (see `trainCombiner`).
   */
  thresholdViews?: 'plain' | 'pooled';
  /**
   * Which examples the weights and the bias are fitted on: `all` (default) or `given`, the postings as given, without
   * the plain-text readings made from structured ones (`derived`), which then only set the thresholds.
   */
  fitViews?: 'all' | 'given';
  /** Lowest score that may be called critical; a critical pattern still forces high or critical on its own. */
  criticalScore: number;
  /**
   * The most log-odds above the bias that the `medium` and `high` thresholds may sit. The lure rules hardly ever fire
   * in the training data and keep their declared weights, so what they reach depends on where the data put the
   * thresholds: a hub destination with pay far above the local norm (1.1 + 0.43 + 0.1 log-odds) or two medium lure
   * elements must stay high whatever the fit (test/scanner-southeast-asia, the dev lures).
   */
  maxThresholdLogOdds?: { medium: number; high: number };
}

/**
 * Fits the final score, SpamAssassin-style: one logistic model over rule hits and the classifier's evidence.
 * - Every rule weight is pulled toward its declared weight, so a trafficking rule that never fires in this data
 *   keeps the weight its authors gave it instead of decaying to zero.
 * - False alarms are priced above misses while fitting, which moves weight away from rules that fire on honest
 *   ads; the bias is then re-fitted without the price so that scores stay calibrated at `baseRate`.
 * - A rule's weight never goes below zero.
 * - Repeats within a category count less (`repeatDecay`), ranked by declared weight, as when scoring.
 */
export function trainCombiner(examples: readonly CombinerExample[], options: CombinerTrainingOptions): LurescanModel['combiner'] {
  const ids = [...new Set(examples.flatMap(({ fired }) => fired.map(({ id }) => id)))].sort();
  const index = new Map(ids.map((id, position) => [id, position]));
  const declared = new Float64Array(ids.length + 1);
  const minimum = new Float64Array(ids.length + 1);
  for (const { fired } of examples) {
    for (const { id, declaredWeight, minimumWeight } of fired) {
      declared[index.get(id) as number] = declaredWeight;
      minimum[index.get(id) as number] = minimumWeight;
    }
  }
  const classifierPosition = ids.length;
  declared[classifierPosition] = 1;

  const rows: SparseRow[] = examples.map(({ fired, classifierEvidence }) => {
    const values = new Map<number, number>();
    for (const [position, value] of decayedHits(fired, options.repeatDecay)) values.set(index.get(position) as number, value);
    values.set(classifierPosition, classifierEvidence);
    const positions = [...values.keys()].sort((a, b) => a - b);
    return { indices: Int32Array.from(positions), values: Float64Array.from(positions, (position) => values.get(position) as number) };
  });
  const labels = examples.map(({ positive }) => (positive ? 1 : 0) as 0 | 1);
  const calibrated = baseRateWeights(examples.map(({ positive }) => positive), options.baseRate);
  // The examples the weights and bias are fitted on: a derived plain reading of a structured posting, weighed as
  // much as the posting, taught the weights to read EMSCAD's text without its fields, and ranked every view worse
  // out of fold, plain-text ads included.
  const fitted = examples.flatMap((example, row) => (options.fitViews === 'given' && example.derived === true ? [] : [row]));
  const fitRows = fitted.map((row) => rows[row] as SparseRow);
  const fitLabels = fitted.map((row) => labels[row] as 0 | 1);
  const fitCalibrated = baseRateWeights(fitLabels.map((label) => label === 1), options.baseRate);
  const shares = fitted.map((row) => examples[row]?.weight ?? 1);
  const costed = Float64Array.from(spreadWithinClass(fitCalibrated, fitLabels.map((label) => label === 1), shares), (weight, row) =>
    fitLabels[row] === 1 ? weight : weight * options.falsePositiveCost,
  );

  // A red flag is never evidence of honesty: a rule whose fitted weight comes out below its minimum (zero for most:
  // it fires more on honest ads than its partners can explain) is pinned there and the rest refitted, until none is.
  const pinned = new Set<number>();
  let fit = fitCombiner();
  for (let round = 0; round < 5; round++) {
    const below = ids
      .map((_, position) => position)
      .filter((position) => !pinned.has(position) && (fit.weights[position] as number) < (minimum[position] as number));
    if (below.length === 0) break;
    for (const position of below) pinned.add(position);
    fit = fitCombiner();
  }
  function fitCombiner(): LogisticFit {
    const means = Float64Array.from(declared, (weight, position) => (pinned.has(position) ? (minimum[position] as number) : weight));
    const strengths = Float64Array.from(declared, (_, position) => (pinned.has(position) ? 1e9 : options.priorStrength));
    return fitLogistic({ rows: fitRows, labels: fitLabels, sampleWeights: costed, dimension: ids.length + 1, l2: strengths, priorMeans: means });
  }
  const margins = rows.map((row) => {
    let margin = 0;
    row.indices.forEach((position, k) => (margin += (fit.weights[position] as number) * (row.values[k] as number)));
    return margin;
  });
  const bias = calibrateBias(
    fitted.map((row) => margins[row] as number),
    fitLabels,
    fitCalibrated,
  );

  // Thresholds are set on the plain-text views (scraped ads and chat messages carry no metadata) or, `pooled`, on
  // both views of every posting together. On plain text alone, with the classifier fitted by campaign, metadata
  // (flags and classifier terms) lifted honest structured postings past them: out of fold, precision 0.54 at high,
  // against 0.75 pooled (eval:cv).
  const scores = margins.map((margin) => 1 / (1 + Math.exp(-(bias + margin))));
  const plain = examples.flatMap((example, row) => (example.plain ? [row] : []));
  const plainLabels = plain.map((row) => labels[row] as 0 | 1);
  const plainWeights = baseRateWeights(plainLabels.map((label) => label === 1), options.baseRate);
  const thresholdFor = (precision: number): number =>
    options.thresholdViews === 'pooled'
      ? choosePrecisionThreshold(scores, labels, calibrated, precision)
      : choosePrecisionThreshold(plain.map((row) => scores[row] as number), plainLabels, plainWeights, precision);
  const atMost = (threshold: number, logOdds: number | undefined): number => (logOdds === undefined ? threshold : Math.min(threshold, 1 / (1 + Math.exp(-(bias + logOdds)))));
  const high = atMost(thresholdFor(options.precision.high), options.maxThresholdLogOdds?.high);
  const medium = Math.min(high, atMost(thresholdFor(options.precision.medium), options.maxThresholdLogOdds?.medium));
  const ruleWeights: Record<string, number> = {};
  ids.forEach((id, position) => (ruleWeights[id] = round(fit.weights[position] as number)));
  return {
    bias: round(bias),
    classifierWeight: round(fit.weights[classifierPosition] as number),
    ruleWeights,
    thresholds: { medium: round(medium), high: round(high), critical: Math.max(options.criticalScore, round(high)) },
  };
}

/** Each fired rule's hit value: 1 for the strongest of its category, then `decay`, `decay²`... as when scoring. */
export function decayedHits(fired: readonly FiredForTraining[], decay: number): Map<string, number> {
  const ranks = rankWithinCategory(fired.map(({ id, category, declaredWeight }) => ({ id, category, weight: declaredWeight })));
  return new Map([...ranks].map(([id, rank]) => [id, decay ** rank]));
}

/** The bias at which the weighted mean predicted probability equals the weighted share of positives. */
function calibrateBias(margins: readonly number[], labels: ArrayLike<0 | 1>, weights: Float64Array): number {
  let target = 0;
  for (let row = 0; row < margins.length; row++) target += (weights[row] as number) * (labels[row] as number);
  let low = -30;
  let high = 30;
  for (let step = 0; step < 100; step++) {
    const middle = (low + high) / 2;
    let predicted = 0;
    margins.forEach((margin, row) => (predicted += (weights[row] as number) / (1 + Math.exp(-(middle + margin)))));
    if (predicted > target) high = middle;
    else low = middle;
  }
  return (low + high) / 2;
}
