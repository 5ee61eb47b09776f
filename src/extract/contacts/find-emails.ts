import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import type { ContactCandidate } from './contact-candidate';
import { contactValue } from './contact-value';

// The look-behind makes a match start only at the beginning of a run of address characters, so a long run with
// no "@" is scanned once, not once per position (which would be quadratic). Domain labels are split by dots, so
// the repetition cannot backtrack combinatorially. Sticky: it is tried only where an address can start.
const EMAIL_AT =
  /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,8}\.[a-z]{2,24}(?![a-z0-9-]|\.[a-z0-9])/y;

// The characters of a local part: what EMAIL_AT's look-behind refuses before an address.
const isLocalPartCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;

/**
 * Email addresses (ASCII only; internationalised addresses and "name [at] domain" spellings are not read). Every
 * address holds one "@" and starts where the run of local-part characters before it starts, so the regex is tried
 * there only, for each "@" in turn: the same matches as a global scan, which tried every offset of every field.
 */
export function findEmails(fieldText: FieldText): ContactCandidate[] {
  const folded = fieldText.text.folded;
  const found: ContactCandidate[] = [];
  let scannedTo = 0;
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalPartCode(folded.charCodeAt(start - 1))) start -= 1;
    // A start inside the last address is one a global scan would have passed.
    if (start === at || start < scannedTo) continue;
    EMAIL_AT.lastIndex = start;
    const match = EMAIL_AT.exec(folded);
    if (match === null) continue;
    const end = start + match[0].length;
    scannedTo = end;
    found.push({ channel: 'email', value: contactValue(evidenceAt(fieldText, start, end).text), start, end });
  }
  EMAIL_AT.lastIndex = 0;
  return found;
}
