import type { Evidence } from '../posting/evidence';
import type { DisguiseKind } from '../normalise/disguise-kind';

/** `task`: pay per task, order, like or review ("一单0.5-2块", "$5 per like"), the piece rate of task scams. */
export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year', 'task', 'unknown'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** A stated amount of pay, e.g. "$1.5k/month", "30,000 THB", "1150만~1700만원", "月入过万", "20 triệu/tháng". */
export interface PayFact {
  /** Lowest and highest amount stated, in `currency` units (equal for a single figure). */
  min: number;
  max: number;
  /** ISO 4217 code, or null when the text names no currency and none can be inferred. */
  currency: string | null;
  period: PayPeriod;
  /**
   * Rough monthly equivalent in US dollars at the rates of `currency-rates.ts`; null when the currency is unknown
   * or the pay is per task (nobody says how many tasks a month there are).
   */
  monthlyUsd: { min: number; max: number } | null;
  evidence: Evidence;
}

export const CONTACT_CHANNELS = [
  'telegram',
  'whatsapp',
  'wechat',
  'line',
  'zalo',
  'signal',
  'qq',
  'viber',
  'kakaotalk',
  'facebook',
  'phone',
  'email',
  'url',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Instant-messaging channels that move a conversation off the job board. */
export const MESSENGER_CHANNELS = [
  'telegram',
  'whatsapp',
  'wechat',
  'line',
  'zalo',
  'signal',
  'qq',
  'viber',
  'kakaotalk',
  'facebook',
] as const satisfies readonly ContactChannel[];

/** A way to reach the recruiter: a messenger handle, a phone number, an email address or a link. */
export interface ContactFact {
  channel: ContactChannel;
  /** The handle, number (E.164 for phones), address or URL as written, without the channel label. */
  value: string;
  /** ISO 3166-1 alpha-2 country of a phone number, when libphonenumber-js can tell. */
  country?: string;
  /**
   * For a url: the host a browser would open, from the WHATWG URL parser (userinfo included), lower case without
   * "www.": `https://acme.com:x@evil.io` is evil.io.
   */
  host?: string;
  evidence: Evidence;
}

/** A place named in the posting. */
export interface PlaceFact {
  /** Canonical English name, e.g. "Sihanoukville", "Cambodia". */
  name: string;
  /** ISO 3166-1 alpha-2 country the place is in. */
  country: string;
  /** True for a known scam-compound hub (Sihanoukville, Bavet, Poipet, Myawaddy, KK Park, Shwe Kokko, ...). */
  hub: boolean;
  evidence: Evidence;
}

/** An age or age range the ad asks for, e.g. "18-35", "18-35岁", "usia 18-30 tahun". */
export interface AgeFact {
  min: number | null;
  max: number | null;
  evidence: Evidence;
}

/**
 * A contact or a word the rules look for, written to slip past keyword filters: "T e l e g r a m", "Теlеgrаm" in
 * Cyrillic letters, "v1sa", "0️⃣8️⃣1️⃣2️⃣...". Honest text seldom disguises the very words a filter looks for.
 */
export interface DisguiseFact {
  /** The word as read once undisguised, e.g. "telegram". */
  word: string;
  /** How it was disguised. */
  kinds: DisguiseKind[];
  /** What the disguise hides: (part of) a contact, or a word some rule looks for. */
  hides: 'contact' | 'keyword';
  evidence: Evidence;
}

/** Everything the extractors found in one posting. Plain JSON. */
export interface Facts {
  pay: PayFact[];
  contacts: ContactFact[];
  places: PlaceFact[];
  ages: AgeFact[];
  disguises: DisguiseFact[];
  /**
   * Present only when a kind reached FACT_LIMIT: how many facts of it the posting holds. Past the limit facts are
   * counted, not built (contacts and disguised words by their folded span, without widening their evidence).
   */
  found?: Partial<Record<FactKind, number>>;
}

export const FACT_KINDS = ['pay', 'contacts', 'places', 'ages', 'disguises'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * Most facts of one kind built per posting. Real ads hold a few (the most contacts in the corpora is a few dozen);
 * a 64 KiB wall of "tg:" held 21,845 contacts, and building each (its evidence, its value) cost more than the rest
 * of the verdict. Rules read the facts built; a verdict lists fewer still (its own limit).
 */
export const FACT_LIMIT = 200;
