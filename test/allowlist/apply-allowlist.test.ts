import { describe, expect, it } from 'vitest';
import { createScanner, RuleSetError } from '../../src/index';

const allowlist = {
  employers: [
    { name: 'Mekong Logistics Co., Ltd.', accounts: ['acct-4471'], emailDomains: ['mekonglogistics.com.kh'], websiteDomains: ['mekonglogistics.com.kh'] },
    { name: 'Acme Staffing', websiteDomains: ['acme.com'] },
  ],
};
// What the board knows about who posted: never read from the ad.
const byAccount = { poster: { account: 'acct-4471' } };
const byDomain = { poster: { verifiedDomain: 'careers.mekonglogistics.com.kh' } };
const plain = createScanner();
const boards = createScanner({ allowlist });

// An honest ad from a verified employer that still trips identity rules (a messenger contact, a shortened link).
const verifiedAd = {
  title: 'Warehouse supervisor',
  companyName: 'Mekong Logistics Co Ltd',
  location: 'Phnom Penh, Cambodia',
  description: 'Supervise a team of 12 in our Phnom Penh warehouse. Apply at careers.mekonglogistics.com.kh or bit.ly/mkl-jobs.',
  contact: 'hr@mekonglogistics.com.kh, WhatsApp +855 12 345 678',
};

describe('allowlist', () => {
  it('drops the low and medium identity flags of a verified employer, and records what it dropped', () => {
    const before = plain.score(verifiedAd);
    const after = boards.score(verifiedAd, byAccount);
    const identity = before.flags.filter((flag) => ['employer', 'links', 'contact'].includes(flag.category)).map((flag) => flag.id);
    expect(identity.length).toBeGreaterThan(0);
    expect(after.allowlisted).toEqual({
      employer: 'Mekong Logistics Co., Ltd.',
      matchedBy: { channel: 'account', value: 'acct-4471' },
      suppressed: expect.arrayContaining(identity),
    });
    expect(after.flags.map((flag) => flag.id)).toEqual(before.flags.map((flag) => flag.id).filter((id) => !identity.includes(id)));
    expect(after.score).toBeLessThanOrEqual(before.score);
    expect(before).not.toHaveProperty('allowlisted');
  });

  it('never hides a trafficking pattern or a flag about the offer itself', () => {
    const lure = {
      ...verifiedAd,
      description:
        'Online customer service in Sihanoukville. No experience needed, $1,500/month, free flight and visa provided. ' +
        'Your passport will be kept by the company. Contact Telegram @mkl_hr.',
    };
    const verdict = boards.score(lure, byDomain);
    expect(verdict.allowlisted?.matchedBy).toEqual({ channel: 'domain', value: 'careers.mekonglogistics.com.kh' });
    expect(verdict.allowlisted?.suppressed).toContain('contact.im-only');
    expect(verdict.risk).toBe('critical');
    expect(verdict.fired.patterns).toContain('pattern.compound-lure');
    expect(verdict.flags.map((flag) => flag.id)).toEqual(expect.arrayContaining(['docs.passport-retention', 'pattern.compound-lure']));
  });

  it('takes nothing the ad says as proof: only the poster identity the board supplies verifies', () => {
    // The ad carries the employer's own email and site, but the board said nothing about who posted it.
    expect(boards.score(verifiedAd)).not.toHaveProperty('allowlisted');
    const tricks = [
      'Apply: careers@mekonglogistics.com.kh',
      'We are not affiliated with mekonglogistics.com.kh',
      'Apply at https://mekonglogistics.com.kh:x@evil.io/jobs',
      'Apply at https://mekonglogistics.com.kh&@evil.io/jobs',
      'Apply at https://mekonglogistics.com.kh;@evil.io or https://mekonglogistics.com.kh!@evil.io',
    ];
    for (const description of tricks) {
      expect(boards.score({ ...verifiedAd, contact: undefined, description })).not.toHaveProperty('allowlisted');
      expect(boards.score(description)).not.toHaveProperty('allowlisted');
      // A poster the board knows nothing of, or an unknown account, verifies nothing either.
      expect(boards.score(description, { poster: { account: 'acct-9999' } })).not.toHaveProperty('allowlisted');
      expect(boards.score(description, { poster: { verifiedDomain: 'evil.io' } })).not.toHaveProperty('allowlisted');
    }
  });

  it('is not fooled by a verified poster writing for another company', () => {
    const otherName = { ...verifiedAd, companyName: 'Golden Fortune Group' };
    expect(boards.score(otherName, byAccount)).not.toHaveProperty('allowlisted');
    // No company name, but the contact is another allowlisted employer's site (as a browser reads the link).
    const otherSite = { ...verifiedAd, companyName: undefined, contact: 'Apply at https://jobs.acme.com/apply' };
    expect(boards.score(otherSite, byAccount)).not.toHaveProperty('allowlisted');
    const hidden = { ...verifiedAd, companyName: undefined, contact: 'Apply at https://mekonglogistics.com.kh:x@acme.com/apply' };
    expect(boards.score(hidden, byAccount)).not.toHaveProperty('allowlisted');
  });

  it('never drops a claim about the offer: impersonating an authority stays flagged for a verified poster', () => {
    const claim = { ...verifiedAd, description: `${verifiedAd.description} We are the official partner of the DMW.` };
    expect(plain.score(claim).fired.rules).toContain('employer.impersonation');
    const verdict = boards.score(claim, byAccount);
    expect(verdict.allowlisted).toBeDefined();
    expect(verdict.allowlisted?.suppressed).not.toContain('employer.impersonation');
    expect(verdict.flags.map((flag) => flag.id)).toContain('employer.impersonation');
  });

  it('fails closed on a score context that does not validate', () => {
    expect(boards.score(verifiedAd, { poster: { account: 42 } } as never)).not.toHaveProperty('allowlisted');
    const throwing = { get poster(): never { throw new Error('boom'); } };
    expect(boards.safeScore(verifiedAd, throwing as never)).toMatchObject({ success: true });
  });

  it('is validated like a rule pack, with the path of each problem', () => {
    try {
      createScanner({ allowlist: { employers: [{ name: 'Acme', websiteDomains: ['not a domain'] }] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      expect((error as RuleSetError).issues).toEqual([
        { ruleId: null, path: ['allowlist', 'employers', 0, 'websiteDomains', 0], message: expect.stringContaining('domain') },
      ]);
    }
  });
});
