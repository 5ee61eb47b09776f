import type { ContactChannel } from '../extract/facts';
import type { RiskLevel } from '../types/risk-level';

/** Where a posting was read from, echoed in the campaign's member list. */
export interface PostingSource {
  line: number;
  file?: string;
}

/** What the campaign index needs of one posting: its words, and the facts its verdict extracted. */
export interface CampaignPosting {
  id?: string | number;
  /** The words compared with other postings (see `postingTemplateText`). */
  text: string;
  /** From the verdict's `extracted.contacts`: postings that share one are linked whatever their words. */
  contacts?: readonly { channel: ContactChannel; value: string }[];
  /** The posting's place: its location field, or the names of the places extracted from it. */
  places?: readonly string[];
  /** The employer the posting names (its `companyName`). */
  employer?: string;
  /** When it was posted: an ISO 8601 date or time, or milliseconds since 1970. */
  date?: string | number;
  risk?: RiskLevel;
  score?: number;
  source?: PostingSource;
}

/** A posting reduced to what the index keeps, with its MinHash signature computed elsewhere (a worker thread). */
export type SignedPosting = Omit<CampaignPosting, 'text'>;
