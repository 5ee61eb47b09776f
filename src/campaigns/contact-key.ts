import type { ContactChannel } from '../extract/facts';

/** Channels whose value is a phone number on some platforms: the same number on WhatsApp and by phone is one contact. */
const NUMBER_CHANNELS: ReadonlySet<ContactChannel> = new Set(['phone', 'whatsapp', 'viber', 'signal', 'line', 'zalo', 'telegram']);

/** Digits kept of a number: the national part, so "+855 12 345 678" and "012 345 678" are one contact. */
const NATIONAL_DIGITS = 8;

/**
 * The key under which two postings share a contact, or undefined for contacts that do not identify a recruiter:
 * links (a job board's or a company's page is shared by honest ads) and values too short to be one person's.
 */
export function contactKey(channel: ContactChannel, value: string): string | undefined {
  if (channel === 'url') return undefined;
  const folded = value.normalize('NFKC').trim().toLowerCase();
  if (channel === 'email') return folded.includes('@') ? `email:${folded}` : undefined;
  const digits = folded.replace(/\D/g, '');
  if (NUMBER_CHANNELS.has(channel) && digits.length >= 7 && /^[\d\s+().-]+$/.test(folded)) return `tel:${digits.slice(-NATIONAL_DIGITS)}`;
  const handle = folded.replace(/^@+/, '');
  return handle.length >= 3 ? `${channel}:${handle}` : undefined;
}
