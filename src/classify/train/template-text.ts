import type { FieldText } from '../../posting/field-text';
import { CLASSIFIER_FIELDS } from '../posting-features';

/**
 * The text two postings are compared on to find templates: the ad's body (its description, or the raw text of a
 * string posting), else every field the classifier reads. The body, because EMSCAD's templated fraud copies its
 * description under new titles, and because a scraped copy of an ad (difraud-jobs) holds only that description.
 */
export function templateText(fields: readonly FieldText[]): string {
  const body = fields.find((field) => field.field === 'description' || field.field === 'text');
  if (body !== undefined) return body.text.original;
  return fields
    .filter((field) => CLASSIFIER_FIELDS.has(field.field))
    .map((field) => field.text.original)
    .join('\n');
}

/**
 * The employer's self-description (`companyProfile`), or '' when the posting has none. EMSCAD's fake employers post
 * many different jobs under one copied profile: ads that share it are one campaign however much their bodies differ.
 */
export function employerProfileText(fields: readonly FieldText[]): string {
  return fields.find((field) => field.field === 'companyProfile')?.text.original ?? '';
}
