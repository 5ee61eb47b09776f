import type { JobPosting } from '../posting/posting-schema';

/**
 * The categorical fields a structured posting may carry (EMSCAD's, and many job boards'). Fraud in EMSCAD clusters
 * in some of them (industries and functions that fake employers pick, "not applicable" experience), and no rule
 * reads them; a plain-text ad simply has none.
 */
export const METADATA_FIELDS = ['employmentType', 'industry', 'function', 'requiredExperience', 'requiredEducation'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** A category is a few words: a longer value is free text, not a category, and is not read as one. */
const MAX_VALUE_LENGTH = 80;

export interface MetadataTerm {
  /** The classifier term, `@field=value` with the value trimmed, lower-cased, spaces collapsed. */
  term: string;
  field: MetadataField;
  /** The value as the posting gives it. */
  value: string;
}

/** The posting's metadata values as classifier terms; none for a raw ad. Terms start with `@`, which no word does. */
export function metadataTerms(posting: JobPosting | undefined): MetadataTerm[] {
  if (posting === undefined) return [];
  const terms: MetadataTerm[] = [];
  for (const field of METADATA_FIELDS) {
    const value = posting[field];
    if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) continue;
    const normalised = value.trim().toLowerCase().replace(/\s+/gu, ' ');
    if (normalised !== '') terms.push({ term: `@${field}=${normalised}`, field, value });
  }
  return terms;
}
