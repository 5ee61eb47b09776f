import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignTemplate } from '../../src/campaigns/campaign-template';
import { matchTokens } from '../../src/campaigns/match-tokens';

describe('matchTokens', () => {
  it('matches the longest common subsequence', () => {
    expect([...matchTokens(['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'x', 'c', 'd', 'f', 'g'])]).toEqual([0, -1, 2, 3, -1, 4]);
  });

  it('matches a list with itself whole, and pairs in increasing order with equal words', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 });
    fc.assert(
      fc.property(words, words, (left, right) => {
        expect([...matchTokens(left, left)]).toEqual(left.map((_, index) => index));
        const matches = matchTokens(left, right);
        let last = -1;
        matches.forEach((match, index) => {
          if (match === -1) return;
          expect(match).toBeGreaterThan(last);
          expect(right[match]).toBe(left[index]);
          last = match;
        });
      }),
    );
  });
});

describe('campaignTemplate', () => {
  it('marks the words that vary as numbered slots with their values', () => {
    const template = campaignTemplate([
      'Customer service in Sihanoukville, no experience. Contact Acme Ltd on Telegram now!',
      'Customer service in Bavet, no experience. Contact Best Jobs on Telegram now!',
    ]);
    expect(template.text).toBe('Customer service in {{1}}, no experience. Contact {{2}} on Telegram now!');
    expect(template.slots).toEqual([
      { slot: 1, values: ['Bavet', 'Sihanoukville'] },
      { slot: 2, values: ['Best Jobs', 'Acme Ltd'] },
    ]);
  });

  it('marks words only other members have', () => {
    const template = campaignTemplate(['Work from home today', 'Work from home easily today']);
    expect(template.text).toBe('Work from home {{1}} today');
    expect(template.slots).toEqual([{ slot: 1, values: ['easily'] }]);
  });

  it('is the text itself when all members are identical', () => {
    expect(campaignTemplate(['Same ad.', 'Same ad.'])).toEqual({ text: 'Same ad.', slots: [], samples: 2 });
  });
});
