import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import type { ContactCandidate } from './contact-candidate';

// EMSCAD replaced every email, URL and phone number with "#EMAIL_<sha256>#", "#URL_<sha256>#", "#PHONE_<sha256>#".
// They are real contacts, only masked, so they count (folded text is lower case).
const MASKED_CONTACT = /#(email|url|phone)_[0-9a-f]{8,128}#/g;

const CHANNEL_OF_MASK = { email: 'email', url: 'url', phone: 'phone' } as const;

/** EMSCAD's masked contacts; the value is the mask token as written. */
export function findMaskedContacts(fieldText: FieldText): ContactCandidate[] {
  const found: ContactCandidate[] = [];
  for (const match of fieldText.text.folded.matchAll(MASKED_CONTACT)) {
    const kind = match[1] as keyof typeof CHANNEL_OF_MASK;
    const start = match.index;
    const end = start + match[0].length;
    found.push({ channel: CHANNEL_OF_MASK[kind], value: evidenceAt(fieldText, start, end).text, start, end });
  }
  return found;
}
