import type { Verdict } from '../explain/verdict';
import type { Facts } from '../extract/facts';
import type { PostingInput } from '../posting/posting-schema';
import type { CampaignPosting, PostingSource } from './campaign-posting';

/** Fields whose words make a posting's template: what an ad says, not who posts it or where (those vary). */
const TEMPLATE_FIELDS = ['title', 'description', 'requirements', 'benefits', 'text'] as const;

/** The words of a posting that are compared with other postings. */
export function postingTemplateText(posting: PostingInput): string {
  if (typeof posting === 'string') return posting;
  return TEMPLATE_FIELDS.map((field) => posting[field] ?? '')
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** Field names a scraped posting's date is commonly found under, looked up in this order. */
export const DATE_FIELDS = ['date', 'postedAt', 'posted_at', 'datePosted', 'date_posted', 'posted', 'published', 'createdAt', 'created_at'] as const;

/** The posting's date from the record as read (before validation drops unknown fields), or undefined. */
export function recordDate(record: unknown, fields: readonly string[] = DATE_FIELDS): string | number | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  for (const field of fields) {
    if (!Object.hasOwn(record, field)) continue;
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

/**
 * What the campaign index keeps of a scored posting: its words, and the contacts, places and risk of its verdict.
 * The place is the posting's `location` when it has one (EMSCAD's "US, NY, New York"), else the places extracted.
 */
export function campaignPostingOf(posting: PostingInput, verdict: Verdict, extra: { date?: string | number; source?: PostingSource } = {}): CampaignPosting {
  return { ...campaignPostingFromFacts(posting, verdict.extracted, extra), risk: verdict.risk, score: verdict.score };
}

/** As `campaignPostingOf`, from the facts alone (`scanner.safeExtract`): no risk, for a posting not scored. */
export function campaignPostingFromFacts(posting: PostingInput, facts: Facts, extra: { date?: string | number; source?: PostingSource } = {}): CampaignPosting {
  const structured = typeof posting === 'string' ? undefined : posting;
  const location = structured?.location?.trim();
  return {
    ...(structured?.id === undefined ? {} : { id: structured.id }),
    text: postingTemplateText(posting),
    contacts: facts.contacts.map(({ channel, value }) => ({ channel, value })),
    places: location !== undefined && location !== '' ? [location] : facts.places.map((place) => place.name),
    ...(structured?.companyName === undefined ? {} : { employer: structured.companyName }),
    ...(extra.date === undefined ? {} : { date: extra.date }),
    ...(extra.source === undefined ? {} : { source: extra.source }),
  };
}
