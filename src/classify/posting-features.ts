import type { FieldText } from '../extract/field-text';
import { stemFolded } from '../normalise/stemmed-text';
import type { TextField } from '../posting/posting-schema';
import { classifierToken } from './classifier-tokens';

/**
 * The fields the classifier reads: the ad's own words. Not the company profile: EMSCAD's honest employers wrote
 * long profiles, so profile words would teach "has a profile = honest", which says nothing about a plain-text ad
 * (and the missing profile is already a rule of its own, `emscad.no-company-profile`).
 */
export const CLASSIFIER_FIELDS: ReadonlySet<TextField> = new Set(['title', 'description', 'requirements', 'benefits', 'text']);

/**
 * The classifier's features of one posting, as training sees them: each token and each pair of neighbouring tokens
 * within a field, counted once. Presence rather than counts: a scam ad that repeats "earn" ten times is no more of
 * a scam than one that says it once. `scoreClassifier` finds the same features without building these strings.
 */
export function postingFeatures(fields: readonly FieldText[]): Set<string> {
  const features = new Set<string>();
  for (const field of fields) {
    if (!CLASSIFIER_FIELDS.has(field.field)) continue;
    let previous: string | undefined;
    for (const stem of stemFolded(field.text).words) {
      const token = classifierToken(stem);
      features.add(token);
      if (previous !== undefined) features.add(`${previous} ${token}`);
      previous = token;
    }
  }
  return features;
}
