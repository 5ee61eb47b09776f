import type { Verdict } from '../explain/verdict';
import type { PostingInput } from '../posting/posting-schema';
import type { Scanner } from '../scanner';
import type { Campaign } from './campaign';
import { campaignFlag, withCampaignFlag, type CampaignWeights } from './campaign-flag';
import { CampaignIndex, type CampaignIndexOptions } from './campaign-index';
import { campaignPostingOf, recordDate } from './campaign-posting-of';

export interface ScoreWithCampaignsOptions extends CampaignIndexOptions {
  weights?: CampaignWeights;
  /** Where to read each posting's date; default `DATE_FIELDS`. */
  dateFields?: readonly string[];
}

export interface CampaignScoring {
  /** One verdict per posting, in order; members of a campaign that shows mass recruitment carry its flag. */
  verdicts: Verdict[];
  /** The single-ad verdicts, untouched: what `scanner.score` gives each posting alone. */
  single: Verdict[];
  campaigns: Campaign[];
}

/**
 * Scores a batch, then finds its campaigns and adds the campaign flag to their members. Every posting's own
 * verdict is kept as it was (`single`): the batch only ever adds a flag. Throws `PostingValidationError` for an
 * invalid posting, as `scanner.score` does. The postings and verdicts are held in memory: for millions of ads use
 * `CampaignIndex` directly, as `lurescan campaigns` does.
 */
export function scoreWithCampaigns(scanner: Scanner, postings: readonly PostingInput[], options: ScoreWithCampaignsOptions = {}): CampaignScoring {
  const index = new CampaignIndex(options);
  const single = postings.map((posting) => {
    const verdict = scanner.score(posting);
    const date = recordDate(posting, options.dateFields);
    index.add(campaignPostingOf(posting, verdict, date === undefined ? {} : { date }));
    return verdict;
  });
  const campaigns = [...index.campaigns()];
  const verdicts = [...single];
  for (const campaign of campaigns) {
    for (const member of campaign.members) {
      const verdict = single[member.ordinal];
      const posting = postings[member.ordinal];
      if (verdict === undefined || posting === undefined) continue;
      const fields = typeof posting === 'string' ? {} : { companyName: posting.companyName, location: posting.location };
      const flag = campaignFlag(campaign, member.ordinal, verdict, fields, options.weights);
      if (flag !== undefined) verdicts[member.ordinal] = withCampaignFlag(verdict, flag, scanner.policy);
    }
  }
  return { verdicts, single, campaigns };
}
