import type { FieldText } from '../posting/field-text';
import { FACT_KINDS, FACT_LIMIT, type FactKind, type Facts } from './facts';
import { extractAges } from './ages/extract-ages';
import { extractContactsWithin } from './contacts/extract-contacts';
import { extractDisguisesWithin } from './disguises/extract-disguises';
import { extractPayWithin } from './pay/extract-pay';
import { extractPlaces } from './places/extract-places';

/**
 * Runs every extractor over every field once; rules read these facts instead of re-parsing text. At most FACT_LIMIT
 * facts of a kind are built per posting: the extractors whose facts cost most to build (contacts, pay, disguised
 * words) are told how many are left, and only count what they find past it.
 */
export function extractFacts(fields: readonly FieldText[]): Facts {
  const facts: Facts = { pay: [], contacts: [], places: [], ages: [], disguises: [] };
  const found: Record<FactKind, number> = { pay: 0, contacts: 0, places: 0, ages: 0, disguises: 0 };
  const left = (kind: FactKind): number => Math.max(0, FACT_LIMIT - facts[kind].length);
  for (const fieldText of fields) {
    const pay = extractPayWithin(fieldText, left('pay'));
    facts.pay.push(...pay.facts);
    found.pay += pay.found;
    // Disguised words are judged against the contacts built: all of them, below the limit.
    const contacts = extractContactsWithin(fieldText, left('contacts'));
    facts.contacts.push(...contacts.facts);
    found.contacts += contacts.found;
    const disguises = extractDisguisesWithin(fieldText, contacts.facts, left('disguises'));
    facts.disguises.push(...disguises.facts);
    found.disguises += disguises.found;
    const places = extractPlaces(fieldText);
    found.places += places.length;
    facts.places.push(...places.slice(0, left('places')));
    const ages = extractAges(fieldText);
    found.ages += ages.length;
    facts.ages.push(...ages.slice(0, left('ages')));
  }
  for (const kind of FACT_KINDS) {
    if (found[kind] > facts[kind].length) facts.found = { ...facts.found, [kind]: found[kind] };
  }
  return facts;
}
