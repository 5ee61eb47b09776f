import type { LurescanModel } from '../classifier-model';
import { modelHash } from '../model-hash';
import { postingFeatures } from '../posting-features';
import { parsePosting } from '../../posting/parse-posting';
import type { PostingInput } from '../../posting/posting-schema';
import type { FieldText } from '../../extract/field-text';
import { CLASSIFIER_FIELDS } from '../posting-features';
import { createScanner, scannerLexicon } from '../../scanner';
import { DEFAULT_SCORING_POLICY } from '../../combine/scoring-policy';
import { averagePrecision } from '../../evaluate/average-precision';
import { rankScores } from '../../evaluate/score-ranking';
import { baseRateWeights } from './base-rate-weights';
import { assignFolds } from './seeded-random';
import { trainClassifier, type ClassifierExample, type ClassifierTrainingOptions } from './train-classifier';
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
  combiner: Omit<CombinerTrainingOptions, 'baseRate' | 'repeatDecay'>;
  /** Named sizes of the data, recorded in the model file. */
  describe?: Record<string, unknown>;
}

export const DEFAULT_TRAINING: TrainModelOptions = {
  baseRate: 0.05,
  folds: 5,
  seed: 20261130,
  l2Candidates: [10, 30, 100],
  minDocumentFrequency: 2,
  minWeight: 0.003,
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
    rulesOnly.rules.map((rule) => [rule.id, { category: rule.category, weight: rule.weight ?? DEFAULT_SCORING_POLICY.severityWeights[rule.severity] }]),
  );

  const firedIn = (input: unknown): FiredForTraining[] => {
    const verdict = rulesOnly.score(input as PostingInput);
    return [...verdict.fired.rules, ...verdict.fired.patterns]
      .filter((id) => !id.startsWith('__'))
      .map((id) => {
        const rule = declaredWeight.get(id);
        return { id, category: rule?.category ?? id, declaredWeight: rule?.weight ?? 0 };
      });
  };
  // Folded exactly as the scanner folds, disguises read back with the same lexicon, so features cannot drift.
  const lexicon = scannerLexicon(rulesOnly.rules);
  const classifierExamples: ClassifierExample[] = [];
  const fired: FiredForTraining[][] = [];
  const plainFired: (FiredForTraining[] | undefined)[] = [];
  examples.forEach(({ input, positive, line }, position) => {
    const parsed = parsePosting(input, { fold: { lexicon } });
    if (!parsed.success) throw new Error(`${line === undefined ? `example ${position + 1}` : `line ${line}`}: ${parsed.error.message}`);
    classifierExamples.push({ features: postingFeatures(parsed.parsed.fields), positive });
    fired.push(firedIn(parsed.parsed.posting));
    const plain = parsed.parsed.raw ? undefined : plainText(parsed.parsed.fields);
    plainFired.push(plain === undefined || plain.length === 0 ? undefined : firedIn(plain));
  });

  const folds = assignFolds(examples.length, options.folds, options.seed);
  const labels = classifierExamples.map(({ positive }) => (positive ? 1 : 0) as 0 | 1);
  const weights = baseRateWeights(classifierExamples.map(({ positive }) => positive), options.baseRate);
  const classifierOptions = (l2: number): ClassifierTrainingOptions => ({
    baseRate: options.baseRate,
    l2,
    minDocumentFrequency: options.minDocumentFrequency,
    minWeight: options.minWeight,
  });

  let best: { l2: number; averagePrecision: number; evidence: number[] } | undefined;
  for (const l2 of options.l2Candidates) {
    const evidence = outOfFoldEvidence(classifierExamples, folds, options.folds, classifierOptions(l2));
    const precision = averagePrecision(rankScores(evidence.map((score, row) => ({ score, positive: labels[row] === 1 })), weights)) ?? 0;
    if (best === undefined || precision > best.averagePrecision) best = { l2, averagePrecision: precision, evidence };
  }
  if (best === undefined) throw new Error('no L2 candidates given');

  const classifier = trainClassifier(classifierExamples, classifierOptions(best.l2));
  // The combiner also sees each structured posting as plain text, the way scraped ads and chat messages arrive:
  // without its metadata rules (no logo, no profile...) the classifier must carry more, and the thresholds must
  // hold for both kinds of input.
  const combinerExamples: CombinerExample[] = classifierExamples.flatMap(({ positive }, position) => {
    const evidence = best.evidence[position] as number;
    const plain = plainFired[position];
    const views: CombinerExample[] = [{ fired: fired[position] as FiredForTraining[], classifierEvidence: evidence, positive, plain: plain === undefined }];
    if (plain !== undefined) views.push({ fired: plain, classifierEvidence: evidence, positive, plain: true });
    return views;
  });
  const combiner = trainCombiner(combinerExamples, {
    ...options.combiner,
    baseRate: options.baseRate,
    repeatDecay: DEFAULT_SCORING_POLICY.repeatDecay,
  });

  const positives = labels.filter((label) => label === 1).length;
  const unhashed: Omit<LurescanModel, 'hash'> = {
    format: 'lurescan-model/1',
    classifier,
    combiner,
    training: {
      ...options.describe,
      examples: examples.length,
      positives,
      baseRate: options.baseRate,
      l2: best.l2,
      outOfFoldAveragePrecision: Math.round(best.averagePrecision * 1e4) / 1e4,
      ruleSet: rulesOnly.versions.ruleSet,
      terms: Object.keys(classifier.terms).length,
    },
  };
  return { ...unhashed, hash: modelHash(unhashed) };
}

/** Each example's classifier evidence (log-odds minus bias) from a model trained on the other folds. */
function outOfFoldEvidence(
  examples: readonly ClassifierExample[],
  folds: Int32Array,
  foldCount: number,
  options: ClassifierTrainingOptions,
): number[] {
  const evidence = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < foldCount; fold++) {
    const model = trainClassifier(
      examples.filter((_, position) => folds[position] !== fold),
      options,
    );
    examples.forEach(({ features }, position) => {
      if (folds[position] !== fold) return;
      let sum = 0;
      for (const term of features) if (Object.hasOwn(model.terms, term)) sum += model.terms[term] as number;
      evidence[position] = sum;
    });
  }
  return evidence;
}

/** A structured posting's ad text as one plain string, as a scraper would deliver it. */
function plainText(fields: readonly FieldText[]): string {
  return fields
    .filter((field) => CLASSIFIER_FIELDS.has(field.field))
    .map((field) => field.text.original)
    .join('\n');
}
