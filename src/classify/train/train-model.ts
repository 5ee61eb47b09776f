import type { LurescanModel } from '../classifier-model';
import { modelHash } from '../model-hash';
import { postingFeatures } from '../posting-features';
import { parsePosting } from '../../posting/parse-posting';
import type { PostingInput } from '../../posting/posting-schema';
import type { FieldText } from '../../posting/field-text';
import { CLASSIFIER_FIELDS } from '../posting-features';
import { BOARD_TEXT_FIELDS } from '../metadata-terms';
import { createScanner, scannerLexicon } from '../../scanner';
import { DEFAULT_SCORING_POLICY } from '../../combine/scoring-policy';
import { averagePrecision } from '../../evaluate/average-precision';
import { rankScores } from '../../evaluate/score-ranking';
import { baseRateWeights } from './base-rate-weights';
import { campaignShares } from './campaign-weights';
import { chooseFalsePositiveCost } from './choose-false-positive-cost';
import { assignGroupFolds, groupsPerClass } from './group-folds';
import { templateGroups } from './template-groups';
import { round, trainClassifier, type ClassifierExample, type ClassifierTrainingOptions } from './train-classifier';
import { classifierEvidence } from '../classifier-evidence';
import { quantileSorted } from '../../evaluate/percentile';
import { trainCombiner, type CombinerExample, type CombinerTrainingOptions, type FiredForTraining } from './train-combiner';

export interface TrainingExample {
  /** A posting object or a raw ad, as `score` takes it. */
  input: unknown;
  positive: boolean;
  /** Where the example came from, named in the error if it is not a valid posting. */
  line?: number;
}

export interface TrainModelOptions {
  baseRate: number;
  folds: number;
  seed: number;
  /** L2 strengths tried by cross-validation; the one with the best out-of-fold average precision is kept. */
  l2Candidates: readonly number[];
  minDocumentFrequency: number;
  minWeight: number;
  /** At most this many classifier terms (see `ClassifierTrainingOptions.maxTerms`). */
  maxTerms?: number;
  /** Each ad weighs `campaign size^-groupPower` in the classifier's fit (see `ClassifierTrainingOptions.groupPower`). */
  groupPower?: number;
  /**
   * Whether the classifier learns a structured posting's blank salary, requirements and benefits (`@field=empty`).
   * Off by default: measured only together with `groupPower` 1 and pooled thresholds (see README).
   */
  blankFieldTerms?: boolean;
  combiner: Omit<CombinerTrainingOptions, 'baseRate' | 'repeatDecay'>;
  /**
   * False-positive costs tried for the combiner by cross-validation inside the training data (see
   * `chooseFalsePositiveCost`); the best replaces `combiner.falsePositiveCost`. Default: none, use it as given.
   */
  falsePositiveCostCandidates?: readonly number[];
  /** Each ad weighs `campaign size^-combinerGroupPower` in the combiner's fit (default 0: every ad once). */
  combinerGroupPower?: number;
  /** Named sizes of the data, recorded in the model file. */
  describe?: Record<string, unknown>;
}

/**
 * The share of its declared weight that the data may never take from a rule that shows a lure element. The corpora
 * the combiner learns from are mostly generic fraud in English (EMSCAD, US boards), where free lodging or a trip
 * abroad are ordinary, and a fit on them once silenced `travel.board-lodging` outright; the lure combinations and
 * the short-message rules, which those corpora cannot judge, still need each element to count.
 */
export const LURE_WEIGHT_FLOOR_SHARE = 0.5;

export const DEFAULT_TRAINING: TrainModelOptions = {
  baseRate: 0.05,
  folds: 5,
  seed: 20261130,
  l2Candidates: [3, 10, 30],
  minDocumentFrequency: 2,
  minWeight: 0.003,
  // 8,000 terms read as well as the 26,000 an unbounded fit keeps (out-of-fold average precision 0.566 both, on the
  // campaign-grouped folds); 4,000 lose 0.015.
  maxTerms: 8000,
  // Off: with 1, blank-field terms and pooled thresholds, eval:cv PR-AUC rose from 0.584 to 0.613, but the high
  // threshold rose from 0.21 to 0.33, and on the stop-11 rules seven short Southeast Asian lures of
  // test/scanner-southeast-asia fell from high to medium (a hub and far-above-local pay, no floor to lift them).
  groupPower: 0,
  blankFieldTerms: false,
  combiner: { falsePositiveCost: 4, priorStrength: 1, precision: { medium: 0.5, high: 0.8 }, criticalScore: 0.95 },
};

/**
 * Trains a whole model from labelled postings: the classifier, then the combiner on the classifier's
 * out-of-fold log-odds (a classifier scored on its own training ads would look far surer than it is, and the
 * combiner would trust it too much). Deterministic: the same examples and options give the same file.
 */
export function trainModel(examples: readonly TrainingExample[], options: TrainModelOptions = DEFAULT_TRAINING): LurescanModel {
  const rulesOnly = createScanner({ model: null });
  const declaredWeight = new Map(
    rulesOnly.rules.map((rule) => {
      const weight = rule.weight ?? DEFAULT_SCORING_POLICY.severityWeights[rule.severity];
      return [rule.id, { category: rule.category, weight, minimum: rule.element === undefined ? 0 : weight * LURE_WEIGHT_FLOOR_SHARE }];
    }),
  );

  const firedIn = (input: unknown): FiredForTraining[] => {
    const verdict = rulesOnly.score(input as PostingInput);
    return [...verdict.fired.rules, ...verdict.fired.patterns]
      .filter((id) => !id.startsWith('__'))
      .map((id) => {
        const rule = declaredWeight.get(id);
        return { id, category: rule?.category ?? id, declaredWeight: rule?.weight ?? 0, minimumWeight: rule?.minimum ?? 0 };
      });
  };
  // Folded exactly as the scanner folds, disguises read back with the same lexicon, so features cannot drift.
  const lexicon = scannerLexicon(rulesOnly.rules);
  const classifierExamples: ClassifierExample[] = [];
  const fired: FiredForTraining[][] = [];
  const templates: (readonly FieldText[])[] = [];
  const plainFired: (FiredForTraining[] | undefined)[] = [];
  examples.forEach(({ input, positive, line }, position) => {
    const parsed = parsePosting(input, { fold: { lexicon } });
    if (!parsed.success) throw new Error(`${line === undefined ? `example ${position + 1}` : `line ${line}`}: ${parsed.error.message}`);
    const features = postingFeatures(parsed.parsed.fields, parsed.parsed.posting);
    if (options.blankFieldTerms !== true) for (const term of [...features.features]) if (isBlankFieldTerm(term)) features.features.delete(term);
    classifierExamples.push({ ...features, positive });
    templates.push(parsed.parsed.fields);
    fired.push(firedIn(parsed.parsed.posting));
    const plain = parsed.parsed.raw ? undefined : plainText(parsed.parsed.fields);
    plainFired.push(plain === undefined || plain.length === 0 ? undefined : firedIn(plain));
  });

  // Near-copies stay in one fold: otherwise a template's other copies would vouch for the classifier out of fold,
  // and the combiner would trust it more than it deserves on ads it has never seen.
  // With fewer groups of a class than folds (a tiny or wholly templated set), some fold would lack that class:
  // then the folds are drawn over single postings, and the model file says so.
  const positivesList = classifierExamples.map(({ positive }) => positive);
  const nearCopies = templateGroups(templates);
  const perClass = groupsPerClass(nearCopies, positivesList);
  const grouped = Math.min(perClass.positive, perClass.negative) >= options.folds;
  const groups = grouped ? nearCopies : Int32Array.from(nearCopies, (_, position) => position);
  const folds = assignGroupFolds(groups, positivesList, options.folds, options.seed);
  classifierExamples.forEach((example, position) => (example.group = groups[position] as number));
  const labels = classifierExamples.map(({ positive }) => (positive ? 1 : 0) as 0 | 1);
  const weights = baseRateWeights(classifierExamples.map(({ positive }) => positive), options.baseRate);
  const classifierOptions = (l2: number): ClassifierTrainingOptions => ({
    baseRate: options.baseRate,
    l2,
    minDocumentFrequency: options.minDocumentFrequency,
    minWeight: options.minWeight,
    maxTerms: options.maxTerms,
    groupPower: options.groupPower,
  });

  let best: { l2: number; averagePrecision: number; outOfFold: OutOfFold } | undefined;
  for (const l2 of options.l2Candidates) {
    const found = outOfFold(classifierExamples, folds, options.folds, classifierOptions(l2));
    const precision = averagePrecision(rankScores(found.evidence.map((score, row) => ({ score, positive: labels[row] === 1 })), weights)) ?? 0;
    if (best === undefined || precision > best.averagePrecision) best = { l2, averagePrecision: precision, outOfFold: found };
  }
  if (best === undefined) throw new Error('no L2 candidates given');

  // The classifier is calibrated to the base rate, so its evidence is measured from the base rate's log-odds: the
  // weight of evidence of the text. Coverage of a readable ad is taken out of fold: in-sample every word is known.
  const reference = round(Math.log(options.baseRate / (1 - options.baseRate)));
  const fullCoverage = Math.max(0.05, round(quantile(best.outOfFold.coverage, 0.1)));
  const fullWords = Math.max(1, Math.round(quantile(best.outOfFold.knownWords, 0.1)));
  const fitted = trainClassifier(classifierExamples, classifierOptions(best.l2));
  const classifier: LurescanModel['classifier'] = { bias: fitted.bias, reference, fullCoverage, fullWords, terms: fitted.terms };
  const { evidence: shifts, plainEvidence: plainShifts, bias: foldBiases, coverage, knownWords } = best.outOfFold;
  const evidenceOf = (row: number, plain = false): number =>
    classifierEvidence(
      (foldBiases[row] as number) + ((plain ? plainShifts : shifts)[row] as number),
      { coverage: coverage[row] as number, knownWords: knownWords[row] as number },
      { bias: foldBiases[row] as number, reference, fullCoverage, fullWords },
    );
  // What a typical honest ad's text adds, out of fold, before the combiner's weight: recorded to explain the scale.
  const honestMedianEvidence = quantile(
    labels.flatMap((label, row) => (label === 0 ? [evidenceOf(row)] : [])),
    0.5,
  );

  // The combiner also sees each structured posting as plain text, the way scraped ads and chat messages arrive:
  // without its metadata rules (no logo, no profile...) and without the classifier's metadata terms, the words must
  // carry more, and the thresholds must hold for both kinds of input.
  // The combiner counts every ad once: weighted by campaign share like the classifier, the learned rule weights
  // ranked a little worse out of fold (weights alone 0.593 against 0.606) and a dev lure fell from high to medium.
  const combinerShares = campaignShares(groups, options.combinerGroupPower ?? 0);
  const combinerFolds: number[] = [];
  const combinerExamples: CombinerExample[] = classifierExamples.flatMap(({ positive }, position) => {
    const evidence = evidenceOf(position);
    const plain = plainFired[position];
    const weight = combinerShares[position] as number;
    const views: CombinerExample[] = [{ fired: fired[position] as FiredForTraining[], classifierEvidence: evidence, positive, plain: plain === undefined, weight }];
    if (plain !== undefined) views.push({ fired: plain, classifierEvidence: evidenceOf(position, true), positive, plain: true, derived: true, weight });
    for (const _ of views) combinerFolds.push(folds[position] as number);
    return views;
  });
  const combinerOptions = { ...options.combiner, baseRate: options.baseRate, repeatDecay: DEFAULT_SCORING_POLICY.repeatDecay };
  const costChoice =
    options.falsePositiveCostCandidates === undefined || options.falsePositiveCostCandidates.length === 0
      ? undefined
      : chooseFalsePositiveCost(combinerExamples, combinerFolds, options.folds, options.falsePositiveCostCandidates, combinerOptions);
  const combiner = trainCombiner(combinerExamples, { ...combinerOptions, falsePositiveCost: costChoice?.cost ?? options.combiner.falsePositiveCost });

  const positives = labels.filter((label) => label === 1).length;
  const unhashed: Omit<LurescanModel, 'hash'> = {
    format: 'lurescan-model/2',
    classifier,
    combiner,
    training: {
      ...options.describe,
      examples: examples.length,
      positives,
      nearCopyGroups: new Set(nearCopies).size,
      groupedFolds: grouped,
      baseRate: options.baseRate,
      l2: best.l2,
      ...(options.groupPower ? { groupPower: options.groupPower } : {}),
      ...(options.combinerGroupPower ? { combinerGroupPower: options.combinerGroupPower } : {}),
      ...(costChoice === undefined ? {} : { falsePositiveCost: costChoice.cost, falsePositiveCostAveragePrecision: costChoice.averagePrecision }),
      ...(options.blankFieldTerms === true ? { blankFieldTerms: true } : {}),
      ...(options.combiner.thresholdViews === 'pooled' ? { thresholdViews: 'pooled' } : {}),
      ...(options.combiner.fitViews === 'given' ? { fitViews: 'given' } : {}),
      outOfFoldAveragePrecision: Math.round(best.averagePrecision * 1e4) / 1e4,
      honestMedianEvidence: round(honestMedianEvidence),
      ruleSet: rulesOnly.versions.ruleSet,
      terms: Object.keys(classifier.terms).length,
    },
  };
  return { ...unhashed, hash: modelHash(unhashed) };
}

interface OutOfFold {
  /** Log-odds minus the fold model's bias. */
  evidence: number[];
  /** The same without metadata terms: the reading of the posting flattened to plain text, which has none. */
  plainEvidence: number[];
  /** The fold model's bias. */
  bias: number[];
  /** Share of the text in the fold model's vocabulary (see `ClassifierResult.coverage`). */
  coverage: number[];
  /** Words in the fold model's vocabulary. */
  knownWords: number[];
}

/** Each example's classifier evidence and coverage from a model trained on the other folds. */
function outOfFold(examples: readonly ClassifierExample[], folds: Int32Array, foldCount: number, options: ClassifierTrainingOptions): OutOfFold {
  const evidence = new Array<number>(examples.length).fill(0);
  const plainEvidence = new Array<number>(examples.length).fill(0);
  const bias = new Array<number>(examples.length).fill(0);
  const coverage = new Array<number>(examples.length).fill(0);
  const knownWords = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < foldCount; fold++) {
    const model = trainClassifier(
      examples.filter((_, position) => folds[position] !== fold),
      options,
    );
    const vocabulary = new Set(Object.keys(model.terms).flatMap((term) => (term.startsWith('@') ? [] : term.split(' '))));
    examples.forEach(({ features, words }, position) => {
      if (folds[position] !== fold) return;
      let sum = 0;
      let metadata = 0;
      for (const term of features) {
        if (!Object.hasOwn(model.terms, term)) continue;
        sum += model.terms[term] as number;
        if (term.startsWith('@')) metadata += model.terms[term] as number;
      }
      evidence[position] = sum;
      plainEvidence[position] = sum - metadata;
      bias[position] = model.bias;
      coverage[position] = wordCoverage(words, vocabulary);
      knownWords[position] = words.filter((word) => vocabulary.has(word)).length;
    });
  }
  return { evidence, plainEvidence, bias, coverage, knownWords };
}

/** As `scoreClassifier` measures it: letters and digits of known words over those of all words. */
function wordCoverage(words: readonly string[], vocabulary: ReadonlySet<string>): number {
  let known = 0;
  let read = 0;
  for (const word of words) {
    read += word.length;
    if (vocabulary.has(word)) known += word.length;
  }
  return read === 0 ? 0 : known / read;
}

/** A structured posting's ad text as one plain string, as a scraper would deliver it. */
function plainText(fields: readonly FieldText[]): string {
  return fields
    .filter((field) => CLASSIFIER_FIELDS.has(field.field))
    .map((field) => field.text.original)
    .join('\n');
}

function isBlankFieldTerm(term: string): boolean {
  return term.startsWith('@') && term.endsWith('=empty') && BOARD_TEXT_FIELDS.some((field) => term === `@${field}=empty`);
}

function quantile(values: readonly number[], q: number): number {
  return quantileSorted(Float64Array.from(values).sort(), q) ?? 0;
}
