import type { ContactFact, DisguiseFact } from '../facts';
import { evidenceAt, type FieldText } from '../field-text';

/**
 * The disguised words of one field (as the normaliser recorded them) that hide a contact or a word the rules look
 * for. Other disguised words are left out: numbered emoji bullets ("1️⃣ Duties") or a styled brand name evade
 * nothing.
 */
export function extractDisguises(fieldText: FieldText, contacts: readonly ContactFact[]): DisguiseFact[] {
  const facts: DisguiseFact[] = [];
  for (const disguised of fieldText.text.disguises) {
    const evidence = evidenceAt(fieldText, disguised.start, disguised.end);
    const hidesContact = contacts.some(
      (contact) => contact.evidence.start < evidence.end && evidence.start < contact.evidence.end,
    );
    if (!hidesContact && !disguised.keyword) continue;
    facts.push({ word: disguised.word, kinds: disguised.kinds, hides: hidesContact ? 'contact' : 'keyword', evidence });
  }
  return facts;
}
