import type { FieldText } from '../extract/field-text';
import type { TextField } from '../posting/posting-schema';
import { classifierTokens } from './classifier-tokens';
import { textFeatures } from './text-features';

/**
 * The fields the classifier reads: the ad's own words. Not the company profile: EMSCAD's honest employers wrote
 * long profiles, so profile words would teach "has a profile = honest", which says nothing about a plain-text ad
 * (and the missing profile is already a rule of its own, `emscad.no-company-profile`).
 */
export const CLASSIFIER_FIELDS: ReadonlySet<TextField> = new Set(['title', 'description', 'requirements', 'benefits', 'text']);

/** The classifier's features of one posting; training and scoring both come through here, so they cannot drift. */
export function postingFeatures(fields: readonly FieldText[]): Set<string> {
  const texts: string[] = [];
  for (const field of fields) if (CLASSIFIER_FIELDS.has(field.field)) texts.push(field.text.folded);
  return textFeatures(classifierTokens(texts));
}
