// A namespace import: bundlers keep only the zod functions used, where `{ z }` keeps all of zod (JSON Schema included).
import * as z from 'zod';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const RISK_THRESHOLDS = z.object({ medium: finite, high: finite, critical: finite });

/**
 * A trained lurescan model: the text classifier's weights and the combiner that turns rule hits and the
 * classifier's log-odds into one calibrated score. It holds weights only, never training text: `terms` maps a
 * stemmed word or word pair to the log-odds its presence adds.
 */
export const LurescanModelSchema = z.strictObject({
  /** Version 2 measures the classifier against a typical honest ad (`reference`) and by how much text it knows. */
  format: z.literal('lurescan-model/2'),
  /** Content hash of everything but itself (see `modelHash`), stamped on every verdict. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  classifier: z.strictObject({
    bias: finite,
    /**
     * The log-odds the classifier's evidence is measured from: the prior log-odds of the base rate it is calibrated
     * to. An ad whose text says nothing adds nothing; one that reads honest, as most honest ads do, adds a negative
     * amount (the training's `honestMedianEvidence` says how much for the typical honest ad).
     */
    reference: finite,
    /**
     * The coverage (share of the text in the vocabulary) from which the classifier is fully trusted: the 10th
     * percentile of the training ads' out-of-fold coverage. Below it, the evidence shrinks in proportion.
     */
    fullCoverage: z.number().gt(0).lte(1),
    /**
     * The number of known words from which the classifier is fully trusted: the 10th percentile of the training
     * ads' out-of-fold count. A shorter text is a weaker reading, and its evidence shrinks in proportion.
     */
    fullWords: z.number().gte(1),
    terms: z.record(z.string(), finite),
  }),
  combiner: z.strictObject({
    /** Log-odds of a posting with no flags and a neutral classifier. */
    bias: finite,
    /** Multiplies the classifier's evidence (see `classifierEvidence`) in the final score. */
    classifierWeight: finite,
    /** Weights learned from data; a rule missing here keeps its declared weight. */
    ruleWeights: z.record(z.string(), finite),
    thresholds: RISK_THRESHOLDS,
  }),
  /** How the model was made: data set sizes, base rate and settings. Descriptive only. */
  training: z.record(z.string(), z.unknown()),
});

export type LurescanModel = z.infer<typeof LurescanModelSchema>;
