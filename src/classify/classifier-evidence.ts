import type { LurescanModel } from './classifier-model';

/** The parts of a classifier that place its log-odds against a typical honest ad. */
export type EvidenceScale = Pick<LurescanModel['classifier'], 'bias' | 'reference' | 'fullCoverage' | 'fullWords'>;

/** How much of the ad the classifier could read: see `ClassifierResult`. */
export interface Readable {
  coverage: number;
  knownWords: number;
}

/**
 * What the classifier's reading adds, in log-odds before the combiner's weight: how far the text moves the
 * classifier from `reference` (the prior log-odds of the base rate it is calibrated to, i.e. the text's weight of
 * evidence), trusted in proportion to how much of the ad the classifier can read.
 *
 * - **From the prior, not from the classifier's intercept.** The intercept is the log-odds of an ad with no known
 *   word, which no real ad is; measured from it, nearly every ad was lifted. Measured from the prior, an ad that
 *   reads honest (as most honest ads do: their many ordinary words weigh toward honest) adds a negative amount.
 * - **Trust** `t = min(1, coverage / fullCoverage) · min(1, knownWords / fullWords)`: the classifier knows English
 *   words only. On Chinese or Indonesian text it sees a few loanwords and numbers, whose sum is no reading of the ad;
 *   and a chat message of a dozen words is no job ad, however English ("to me", "home"). The reference is taken
 *   at the same coverage (an ad of which only the share `t` is readable sits at `bias + t·(reference − bias)`), and
 *   the difference is scaled by `t` again, since a few words are weaker evidence than a whole ad. At `t = 0` the
 *   classifier adds exactly nothing; at `t = 1`, its full reading.
 */
export function classifierEvidence(logOdds: number, { coverage, knownWords }: Readable, scale: EvidenceScale): number {
  const trust = Math.min(1, Math.max(0, coverage) / scale.fullCoverage) * Math.min(1, Math.max(0, knownWords) / scale.fullWords);
  if (trust === 0) return 0; // exactly, never -0
  const reference = scale.bias + trust * (scale.reference - scale.bias);
  return trust * (logOdds - reference);
}
