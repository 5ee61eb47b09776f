import type { ContactFact, DisguiseFact } from '../facts';
import { type FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import { MAX_LINK } from '../link-index';
import { overlapTester } from '../span-overlap';
import { MAX_WIDENING } from '../whole-span';

// How far evidence can reach past the span it widens: to a whole link, then to whole words.
const WIDEST_REACH = MAX_LINK + MAX_WIDENING;

/**
 * The disguised words of one field (as the normaliser recorded them) that hide a contact or a word the rules look
 * for. Other disguised words are left out: numbered emoji bullets ("1️⃣ Duties") or a styled brand name evade
 * nothing.
 */
export function extractDisguises(fieldText: FieldText, contacts: readonly ContactFact[]): DisguiseFact[] {
  return extractDisguisesWithin(fieldText, contacts, Infinity).facts;
}

/**
 * `extractDisguises`, building at most `limit` facts and counting the others: past the limit, a word that is no
 * keyword counts when its folded span, mapped to the original, overlaps a contact (its evidence is not widened).
 */
export function extractDisguisesWithin(
  fieldText: FieldText,
  contacts: readonly ContactFact[],
  limit: number,
): { facts: DisguiseFact[]; found: number } {
  const facts: DisguiseFact[] = [];
  let counted = 0;
  const overlapsContact = overlapTester(contacts.map((contact) => contact.evidence));
  for (const disguised of fieldText.text.disguises) {
    // Most disguised words hide nothing (a wall of styled digits has thousands): those are passed over without
    // widening their evidence, when no contact lies within the reach of the widening.
    if (!disguised.keyword) {
      if (contacts.length === 0) continue;
      const mapped = fieldText.text.toOriginal(disguised.start, disguised.end);
      if (!overlapsContact(mapped.start - WIDEST_REACH, mapped.end + WIDEST_REACH)) continue;
    }
    if (facts.length >= limit) {
      const mapped = fieldText.text.toOriginal(disguised.start, disguised.end);
      if (disguised.keyword || overlapsContact(mapped.start, mapped.end)) counted += 1;
      continue;
    }
    const evidence = evidenceAt(fieldText, disguised.start, disguised.end);
    const hidesContact = overlapsContact(evidence.start, evidence.end);
    if (!hidesContact && !disguised.keyword) continue;
    facts.push({ word: disguised.word, kinds: disguised.kinds, hides: hidesContact ? 'contact' : 'keyword', evidence });
  }
  return { facts, found: facts.length + counted };
}
