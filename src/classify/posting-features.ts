import type { FieldText } from '../posting/field-text';
import { stemFolded } from '../normalise/stemmed-text';
import type { JobPosting, TextField } from '../posting/posting-schema';
import { metadataTerms } from './metadata-terms';
import { classifierToken } from './classifier-tokens';

/**
 * The fields the classifier reads: the ad's own words. Not the company profile: EMSCAD's honest employers wrote
 * long profiles, so profile words would teach "has a profile = honest", which says nothing about a plain-text ad
 * (and the missing profile is already a rule of its own, `emscad.no-company-profile`).
 */
export const CLASSIFIER_FIELDS: ReadonlySet<TextField> = new Set(['title', 'description', 'requirements', 'benefits', 'text']);

export interface PostingFeatures {
  /** Each token and each pair of neighbouring tokens within a field, once; and the metadata terms. */
  features: Set<string>;
  /** Every token in text order, repeats included: what the classifier's coverage is measured on. */
  words: string[];
}

/**
 * The classifier's features of one posting, as training sees them. Presence rather than counts: a scam ad that
 * repeats "earn" ten times is no more of a scam than one that says it once. `scoreClassifier` finds the same
 * features without building these strings.
 */
export function postingFeatures(fields: readonly FieldText[], posting?: JobPosting): PostingFeatures {
  const features = new Set<string>();
  const words: string[] = [];
  for (const field of fields) {
    if (!CLASSIFIER_FIELDS.has(field.field)) continue;
    let previous: string | undefined;
    for (const stem of stemFolded(field.text).words) {
      const token = classifierToken(stem);
      features.add(token);
      words.push(token);
      if (previous !== undefined) features.add(`${previous} ${token}`);
      previous = token;
    }
  }
  for (const { term } of metadataTerms(posting)) features.add(term);
  return { features, words };
}
