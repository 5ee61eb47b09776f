import type { FieldText } from '../posting/field-text';
import type { Facts } from './facts';
import { extractAges } from './ages/extract-ages';
import { extractContacts } from './contacts/extract-contacts';
import { extractDisguises } from './disguises/extract-disguises';
import { extractPay } from './pay/extract-pay';
import { extractPlaces } from './places/extract-places';

/** Runs every extractor over every field once; rules read these facts instead of re-parsing text. */
export function extractFacts(fields: readonly FieldText[]): Facts {
  const facts: Facts = { pay: [], contacts: [], places: [], ages: [], disguises: [] };
  for (const fieldText of fields) {
    facts.pay.push(...extractPay(fieldText));
    const contacts = extractContacts(fieldText);
    facts.contacts.push(...contacts);
    facts.disguises.push(...extractDisguises(fieldText, contacts));
    facts.places.push(...extractPlaces(fieldText));
    facts.ages.push(...extractAges(fieldText));
  }
  return facts;
}
