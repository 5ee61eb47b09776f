import type { FieldText } from '../field-text';
import { evidenceAt } from '../field-text';
import type { ContactCandidate } from './contact-candidate';
import { contactValue } from './contact-value';

// The look-behind makes a match start only at the beginning of a run of address characters, so a long run with
// no "@" is scanned once, not once per position (which would be quadratic). Domain labels are split by dots, so
// the repetition cannot backtrack combinatorially.
const EMAIL =
  /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,8}\.[a-z]{2,24}(?![a-z0-9-]|\.[a-z0-9])/g;

/** Email addresses (ASCII only; internationalised addresses and "name [at] domain" spellings are not read). */
export function findEmails(fieldText: FieldText): ContactCandidate[] {
  const found: ContactCandidate[] = [];
  for (const match of fieldText.text.folded.matchAll(EMAIL)) {
    const start = match.index;
    const end = start + match[0].length;
    found.push({ channel: 'email', value: contactValue(evidenceAt(fieldText, start, end).text), start, end });
  }
  return found;
}
