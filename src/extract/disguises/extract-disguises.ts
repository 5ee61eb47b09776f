import type { ContactFact, DisguiseFact } from '../facts';
import { type FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';

/**
 * The disguised words of one field (as the normaliser recorded them) that hide a contact or a word the rules look
 * for. Other disguised words are left out: numbered emoji bullets ("1️⃣ Duties") or a styled brand name evade
 * nothing.
 */
export function extractDisguises(fieldText: FieldText, contacts: readonly ContactFact[]): DisguiseFact[] {
  const facts: DisguiseFact[] = [];
  const overlapsContact = contactOverlap(contacts);
  for (const disguised of fieldText.text.disguises) {
    const evidence = evidenceAt(fieldText, disguised.start, disguised.end);
    const hidesContact = overlapsContact(evidence.start, evidence.end);
    if (!hidesContact && !disguised.keyword) continue;
    facts.push({ word: disguised.word, kinds: disguised.kinds, hides: hidesContact ? 'contact' : 'keyword', evidence });
  }
  return facts;
}

/**
 * Whether a span overlaps any contact's evidence, in O(log n) per question: asking `contacts.some` for each of
 * thousands of disguised words in a field with thousands of contacts was quadratic. A span overlaps a contact iff,
 * among the contacts that start before it ends, the furthest end lies past its start.
 */
function contactOverlap(contacts: readonly ContactFact[]): (start: number, end: number) => boolean {
  const spans = contacts.map((contact) => contact.evidence).sort((a, b) => a.start - b.start);
  const starts = spans.map((span) => span.start);
  const furthestEnds: number[] = [];
  for (const span of spans) furthestEnds.push(Math.max(span.end, furthestEnds[furthestEnds.length - 1] ?? -1));
  return (start, end) => {
    let low = 0; // the number of contacts that start before `end`
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnds[low - 1] ?? -1) > start;
  };
}
