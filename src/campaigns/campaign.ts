import type { ContactChannel } from '../extract/facts';
import type { RiskLevel } from '../types/risk-level';
import type { PostingSource } from './campaign-posting';

/** One member of a campaign: its position among the postings added (0-based), id and source when known. */
export interface CampaignMember {
  ordinal: number;
  id?: string | number;
  line?: number;
  file?: string;
}

/** A value seen in a campaign and how many of its members carry it. */
export interface CountedValue {
  value: string;
  members: number;
}

export interface SharedContact extends CountedValue {
  channel: ContactChannel;
}

/** Why the campaign looks like mass recruitment rather than one employer reposting an ad. */
export interface CampaignSignals {
  /** Its members name two or more employers. */
  employers: boolean;
  /** Its near-identical texts are posted for two or more places. */
  places: boolean;
  /** A contact is shared by members that name different employers or places. */
  contactAcrossEmployers: boolean;
}

/** A group of near-duplicate postings, or postings that share a contact. Plain JSON. */
export interface Campaign {
  /** 1-based, in the order of each campaign's first member. */
  campaign: number;
  size: number;
  members: CampaignMember[];
  /** Member pairs joined because their words are near-duplicates, and because they share a contact. */
  links: { text: number; contact: number };
  /** Contacts held by two or more members first, then the others; most held first. */
  contacts: SharedContact[];
  employers: CountedValue[];
  places: CountedValue[];
  /** First and last date of the members that carry one (ISO 8601), or null. */
  dates: { first: string; last: string; members: number } | null;
  /**
   * The members' verdicts together: the highest risk, a count per risk, the mean and highest score, over the
   * `scored` members that carry a verdict (`lurescan campaigns` scores the first 16 of each by default).
   */
  risk: { max: RiskLevel; counts: Record<RiskLevel, number>; meanScore: number; maxScore: number; scored: number } | null;
  signals: CampaignSignals;
}

export type { PostingSource };
