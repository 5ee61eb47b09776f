import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CampaignIndex } from '../../src/campaigns/campaign-index';

const LURE = 'Customer service staff wanted, no experience needed, free flight and visa, salary paid monthly, apply now and start next week in our modern office';
const HONEST = 'Senior accountant to prepare quarterly statements, reconcile ledgers and support the annual audit with our finance team in a hybrid role';

function groups(index: CampaignIndex): number[][] {
  return [...index.campaigns()].map((campaign) => campaign.members.map((member) => member.ordinal));
}

describe('CampaignIndex', () => {
  it('groups near-duplicates whose names, places and numbers change', () => {
    const index = new CampaignIndex();
    index.add({ id: 'a', text: `${LURE} in Bavet. Call 012 345 678`, employer: 'Acme Ltd', places: ['Bavet'] });
    index.add({ id: 'b', text: HONEST });
    index.add({ id: 'c', text: `${LURE} in Poipet. Call 099 876 543`, employer: 'Best Jobs', places: ['Poipet'] });
    const [campaign, ...rest] = [...index.campaigns()];
    expect(rest).toEqual([]);
    expect(campaign?.members.map((member) => member.id)).toEqual(['a', 'c']);
    expect(campaign?.signals).toEqual({ employers: true, places: true, contactAcrossEmployers: false });
    expect(campaign?.links).toEqual({ text: 1, contact: 0 });
  });

  it('links postings that share a contact even when their texts differ', () => {
    const index = new CampaignIndex();
    index.add({ text: LURE, contacts: [{ channel: 'telegram', value: '@HR_kh' }], employer: 'Acme' });
    index.add({ text: HONEST, contacts: [{ channel: 'telegram', value: 'hr_kh' }], employer: 'Other Co' });
    index.add({ text: 'Something else entirely about gardening tools and seeds', contacts: [{ channel: 'phone', value: '+85512345678' }] });
    index.add({ text: 'Nothing alike: a poem about the sea and the sky at night', contacts: [{ channel: 'whatsapp', value: '012 345 678' }] });
    expect(groups(index)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const [first] = [...index.campaigns()];
    expect(first?.signals.contactAcrossEmployers).toBe(true);
    expect(first?.contacts).toEqual([{ channel: 'telegram', value: '@HR_kh', members: 2 }]);
  });

  it('does not link on links (URLs), nor on an empty contact', () => {
    const index = new CampaignIndex();
    index.add({ text: LURE, contacts: [{ channel: 'url', value: 'https://jobs.example.com' }] });
    index.add({ text: HONEST, contacts: [{ channel: 'url', value: 'https://jobs.example.com' }] });
    expect(groups(index)).toEqual([]);
  });

  it('reports dates, places, employers and the combined risk', () => {
    const index = new CampaignIndex();
    index.add({ text: LURE, date: '2024-03-05', risk: 'low', score: 0.1, employer: 'Acme Ltd', places: ['Bavet'], source: { line: 1 } });
    index.add({ text: LURE, date: '2024-01-02', risk: 'high', score: 0.7, employer: 'ACME Limited', places: ['Bavet'], source: { line: 7, file: 'x.jsonl' } });
    index.add({ text: LURE, date: 'not a date', risk: 'medium', score: 0.4, employer: 'Zeta', source: { line: 9 } });
    const [campaign] = [...index.campaigns()];
    expect(campaign?.dates).toEqual({ first: '2024-01-02T00:00:00.000Z', last: '2024-03-05T00:00:00.000Z', members: 2 });
    expect(campaign?.employers).toEqual([
      { value: 'Acme Ltd', members: 2 },
      { value: 'Zeta', members: 1 },
    ]);
    expect(campaign?.places).toEqual([{ value: 'Bavet', members: 2 }]);
    expect(campaign?.risk).toEqual({ max: 'high', counts: { low: 1, medium: 1, high: 1, critical: 0 }, meanScore: expect.closeTo(0.4, 5), maxScore: expect.closeTo(0.7, 5), scored: 3 });
    expect(campaign?.members.map(({ line, file }) => ({ line, file }))).toEqual([
      { line: 1, file: undefined },
      { line: 7, file: 'x.jsonl' },
      { line: 9, file: undefined },
    ]);
  });

  it('respects minSize and refuses bad options', () => {
    const index = new CampaignIndex({ minSize: 3 });
    index.add({ text: LURE });
    index.add({ text: LURE });
    expect(groups(index)).toEqual([]);
    index.add({ text: LURE });
    expect(groups(index)).toEqual([[0, 1, 2]]);
    expect(() => new CampaignIndex({ hashes: 10, bands: 3 })).toThrow(/multiple/);
    expect(() => new CampaignIndex({ threshold: 0 })).toThrow(/threshold/);
    expect(() => new CampaignIndex({ minSize: 1 })).toThrow(/minSize/);
  });

  const word = fc.constantFrom('job', 'visa', 'free', 'pay', 'apply', 'team', 'office', 'now', 'telegram', 'sales', 'data', '$500');
  const text = fc.array(word, { minLength: 0, maxLength: 40 }).map((words) => words.join(' '));
  const postings = fc.array(
    fc.record({ text, contact: fc.option(fc.constantFrom('aa1', 'bb2', 'cc3'), { nil: undefined }) }),
    { maxLength: 60 },
  );

  it('puts every posting in exactly one campaign or none', () => {
    fc.assert(
      fc.property(postings, (items) => {
        const index = new CampaignIndex();
        for (const item of items) index.add({ text: item.text, contacts: item.contact === undefined ? [] : [{ channel: 'telegram', value: item.contact }] });
        const seen = groups(index).flat();
        expect(new Set(seen).size).toBe(seen.length);
        for (const ordinal of seen) expect(ordinal).toBeGreaterThanOrEqual(0);
        expect(seen.every((ordinal) => ordinal < items.length)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('always puts identical postings, and postings sharing a contact, in one campaign', () => {
    fc.assert(
      fc.property(postings, fc.nat(), (items, pick) => {
        const index = new CampaignIndex();
        const all = items.length === 0 ? [{ text: 'x', contact: undefined }] : items;
        const copy = all[pick % all.length] ?? { text: '', contact: undefined };
        for (const item of [...all, copy]) index.add({ text: item.text, contacts: item.contact === undefined ? [] : [{ channel: 'telegram', value: item.contact }] });
        const copyOrdinal = all.length;
        const original = pick % all.length;
        expect(index.groupOf(copyOrdinal)).toBe(index.groupOf(original));
        all.forEach((item, ordinal) => {
          if (item.contact !== undefined && item.contact === copy.contact) expect(index.groupOf(ordinal)).toBe(index.groupOf(copyOrdinal));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same campaigns whatever the order of addition, for exact copies', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(LURE, HONEST, 'short ad'), { maxLength: 30 }), (texts) => {
        const index = new CampaignIndex();
        for (const item of texts) index.add({ text: item });
        for (const [ordinal, item] of texts.entries()) {
          const first = texts.indexOf(item);
          expect(index.groupOf(ordinal)).toBe(index.groupOf(first));
        }
      }),
    );
  });
});

describe('CampaignIndex.setRisk', () => {
  it('gives a posting added without a verdict its risk later, and refuses an unknown posting', () => {
    const index = new CampaignIndex();
    index.add({ text: LURE });
    index.add({ text: LURE });
    expect([...index.campaigns()][0]?.risk).toBeNull();
    index.setRisk(1, 'high', 0.6);
    expect([...index.campaigns()][0]?.risk).toMatchObject({ max: 'high', scored: 1 });
    expect(() => index.setRisk(2, 'low', 0)).toThrow(RangeError);
  });
});
