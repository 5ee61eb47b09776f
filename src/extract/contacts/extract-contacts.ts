import type { CountryCode } from 'libphonenumber-js';
import type { ContactFact } from '../facts';
import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import type { ContactCandidate } from './contact-candidate';
import { overlapTester } from '../span-overlap';
import { findEmails } from './find-emails';
import { findLinks } from './find-links';
import { findMaskedContacts } from './find-masked-contacts';
import { findMessengerMentions } from './find-messenger-mentions';
import { findPhones } from './find-phones';

export interface ExtractContactsOptions {
  /**
   * Country whose national numbers ("0812 3456 7890") the posting may use, e.g. the job board's country. Without
   * it only numbers written with "+" and a country code are read as phones.
   */
  defaultCountry?: CountryCode;
}

/**
 * Every way to reach the recruiter that one field names: messenger handles and chat links, phone numbers, emails,
 * web links and EMSCAD's masked contacts, in text order, with evidence quoted from the original text.
 *
 * A number right after a messenger name ("WhatsApp +855 12 345 678", "+855 12 345 678 (Zalo)") is reported once,
 * as that messenger with the number in E.164 and its country, not again as a plain phone: the number is the
 * messenger account. Read `country` from any contact, not only from `phone` ones, to compare numbers with places.
 */
export function extractContacts(fieldText: FieldText, options: ExtractContactsOptions = {}): ContactFact[] {
  return extractContactsWithin(fieldText, Infinity, options).facts;
}

/**
 * `extractContacts`, building at most `limit` facts (the first in text order) and counting the others by their
 * folded span: building one (its evidence widened to whole words and links, its value) is most of its cost.
 */
export function extractContactsWithin(
  fieldText: FieldText,
  limit: number,
  options: ExtractContactsOptions = {},
): { facts: ContactFact[]; found: number } {
  const folded = fieldText.text.folded;
  // Masks first, then emails, then links outside both, so that "hr@jobs.com" is not also the link "jobs.com".
  const masked = findMaskedContacts(fieldText);
  const overlapsMask = overlapTester(masked);
  const emails = findEmails(fieldText).filter((email) => !overlapsMask(email.start, email.end));
  const overlapsEmail = overlapTester(emails);
  const webLinks = findLinks(fieldText).filter((link) => !overlapsMask(link.start, link.end) && !overlapsEmail(link.start, link.end));
  const claimed = [...masked, ...emails, ...webLinks];
  const overlapsClaimed = overlapTester(claimed);

  const phones = findPhones(folded, options.defaultCountry).filter((phone) => !overlapsClaimed(phone.start, phone.end));
  const mentions = findMessengerMentions(fieldText, phones, claimed);
  const plainPhones: ContactCandidate[] = phones
    .filter((phone) => !mentions.phonesUsed.has(phone))
    .map((phone) => ({
      channel: 'phone',
      value: phone.e164,
      ...(phone.country === undefined ? {} : { country: phone.country }),
      start: phone.start,
      end: phone.end,
    }));

  const links = claimed.filter((candidate) => !mentions.linksUsed.has(candidate));
  const candidates = [...links, ...mentions.contacts, ...plainPhones].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const seen = new Set<string>();
  // Past the limit, candidates are only counted, one per channel and folded span. They come sorted by span, so equal
  // spans stand together and only the channels of the current one need remembering: no key is built per candidate,
  // which was most of the cost of a field of thousands of them.
  let spanStart = -1;
  let spanEnd = -1;
  const spanChannels = new Set<string>();
  const facts: ContactFact[] = [];
  let found = 0;
  for (const candidate of candidates) {
    if (facts.length >= limit) {
      if (candidate.start !== spanStart || candidate.end !== spanEnd) {
        spanStart = candidate.start;
        spanEnd = candidate.end;
        spanChannels.clear();
      }
      if (!spanChannels.has(candidate.channel)) found += 1;
      spanChannels.add(candidate.channel);
      continue;
    }
    // Keyed by the quoted span: two contacts inside one link widen to the same span, and are one fact there.
    const evidence = evidenceAt(fieldText, candidate.start, candidate.end);
    const key = `${candidate.channel} ${evidence.start} ${evidence.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({
      channel: candidate.channel,
      value: candidate.value,
      ...(candidate.country === undefined ? {} : { country: candidate.country }),
      ...(candidate.host === undefined ? {} : { host: candidate.host }),
      evidence,
    });
  }
  return { facts, found: facts.length + found };
}

