import { describe, expect, it } from 'vitest';
import { createScanner, RuleSetError } from '../../src/index';

const allowlist = {
  employers: [{ name: 'Mekong Logistics Co., Ltd.', emailDomains: ['mekonglogistics.com.kh'], websiteDomains: ['mekonglogistics.com.kh'] }],
};
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
    const after = boards.score(verifiedAd);
    const identity = before.flags.filter((flag) => ['employer', 'links', 'contact'].includes(flag.category)).map((flag) => flag.id);
    expect(identity.length).toBeGreaterThan(0);
    expect(after.allowlisted).toEqual({
      employer: 'Mekong Logistics Co., Ltd.',
      matchedBy: { channel: expect.stringMatching(/^(email|url)$/), value: expect.stringContaining('mekonglogistics.com.kh') },
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
    const verdict = boards.score(lure);
    expect(verdict.allowlisted?.suppressed).toContain('contact.im-only');
    expect(verdict.risk).toBe('critical');
    expect(verdict.fired.patterns).toContain('pattern.compound-lure');
    expect(verdict.flags.map((flag) => flag.id)).toEqual(expect.arrayContaining(['docs.passport-retention', 'pattern.compound-lure']));
  });

  it('is not fooled by a verified name alone, nor by a verified domain under another company name', () => {
    const impostor = { ...verifiedAd, description: 'Supervise our warehouse team.', contact: 'mekong.logistics.hr@gmail.com, Telegram @mkl_hr' };
    expect(boards.score(impostor)).not.toHaveProperty('allowlisted');
    const otherName = { ...verifiedAd, companyName: 'Golden Fortune Group' };
    expect(boards.score(otherName)).not.toHaveProperty('allowlisted');
    const lookalike = { ...impostor, companyName: undefined, contact: 'hr@mekonglogistics.com.kh.jobs-asia.xyz, www.mekonglogistics-com.kh.top' };
    expect(boards.score(lookalike)).not.toHaveProperty('allowlisted');
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
