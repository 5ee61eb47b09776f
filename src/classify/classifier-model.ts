import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const RISK_THRESHOLDS = z.object({ medium: finite, high: finite, critical: finite });

/**
 * A trained lurescan model: the text classifier's weights and the combiner that turns rule hits and the
 * classifier's log-odds into one calibrated score. It holds weights only, never training text: `terms` maps a
 * stemmed word or word pair to the log-odds its presence adds.
 */
export const LurescanModelSchema = z.strictObject({
  format: z.literal('lurescan-model/1'),
  /** Content hash of everything but itself (see `modelHash`), stamped on every verdict. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  classifier: z.strictObject({
    bias: finite,
    terms: z.record(z.string(), finite),
  }),
  combiner: z.strictObject({
    /** Log-odds of a posting with no flags and a neutral classifier. */
    bias: finite,
    /** Multiplies the classifier's log-odds (relative to its own bias) in the final score. */
    classifierWeight: finite,
    /** Weights learned from data; a rule missing here keeps its declared weight. */
    ruleWeights: z.record(z.string(), finite),
    thresholds: RISK_THRESHOLDS,
  }),
  /** How the model was made: data set sizes, base rate and settings. Descriptive only. */
  training: z.record(z.string(), z.unknown()),
});

export type LurescanModel = z.infer<typeof LurescanModelSchema>;
