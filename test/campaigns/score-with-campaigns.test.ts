import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanner, scoreWithCampaigns, type JobPosting } from '../../src/index';

const postings = readFileSync('fixtures/campaign-ads.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as JobPosting)
  .filter((posting) => typeof posting.title !== 'number');

describe('scoreWithCampaigns', () => {
  const scanner = createScanner();
  const result = scoreWithCampaigns(scanner, postings);

  it('keeps each single-ad verdict as scanner.score gives it', () => {
    expect(result.single).toEqual(postings.map((posting) => scanner.score(posting)));
  });

  it('flags members of campaigns under several employers, and keeps the score a sum of contributions', () => {
    const flagged = result.verdicts.filter((verdict) => verdict.fired.rules.includes('campaign.mass-template')).map((verdict) => verdict.id);
    expect(flagged).toEqual(['lure-1', 'lure-2', 'lure-3', 'handle-1']);
    for (const [index, verdict] of result.verdicts.entries()) {
      const single = result.single[index];
      if (single === undefined) throw new Error('missing verdict');
      const added = verdict.flags.length - single.flags.length;
      const logit = (p: number): number => Math.log(p / (1 - p));
      const extra = verdict.flags.slice(single.flags.length).reduce((sum, flag) => sum + flag.contribution, 0);
      if (single.score < 0.999) expect(logit(verdict.score)).toBeCloseTo(logit(single.score) + extra, 6);
      expect(added).toBe(flagged.includes(verdict.id as string) ? 1 : 0);
    }
  });

  it('reports the campaigns, and no flag for one employer reposting one ad', () => {
    expect(result.campaigns.map((campaign) => campaign.size)).toEqual([4, 2]);
    const dental = result.verdicts.find((verdict) => verdict.id === 'honest-2');
    expect(dental?.flags.some((flag) => flag.id === 'campaign.mass-template')).toBe(false);
  });
});
