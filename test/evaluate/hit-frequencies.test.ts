import { describe, expect, it } from 'vitest';
import { hitFrequencies, HitFrequencyCounter } from '../../src/evaluate/hit-frequencies';

// Two positives and four negatives.
const POSTINGS = [
  { fired: ['pay.daily', 'contact.im-only'], positive: true },
  { fired: ['pay.daily'], positive: true },
  { fired: ['contact.im-only'], positive: false },
  { fired: [], positive: false },
  { fired: ['title.generic', 'contact.im-only'], positive: false },
  { fired: [], positive: false },
];

describe('hitFrequencies', () => {
  it('counts hits per class, their rates, and sorts by S/O ratio', () => {
    const table = hitFrequencies(POSTINGS);
    expect(table.map((row) => row.id)).toEqual(['pay.daily', 'contact.im-only', 'title.generic']);
    expect(table[0]).toEqual({
      id: 'pay.daily',
      hits: 2,
      positiveHits: 2,
      negativeHits: 0,
      positiveRate: 1,
      negativeRate: 0,
      soRatio: 1,
      overlap: { id: 'contact.im-only', coHits: 1, share: 0.5 },
    });
    expect(table[2]).toMatchObject({ id: 'title.generic', positiveRate: 0, negativeRate: 0.25, soRatio: 0 });
  });

  it('normalises S/O for class sizes: firing on half of each class is 0.5, although most hits are negative', () => {
    const row = hitFrequencies(POSTINGS).find((candidate) => candidate.id === 'contact.im-only');
    // 1 positive hit and 2 negative hits: a raw share of 1/3, but 1/2 of positives and 2/4 of negatives.
    expect(row).toMatchObject({ positiveHits: 1, negativeHits: 2, positiveRate: 0.5, negativeRate: 0.5, soRatio: 0.5 });
  });

  it('names the rule co-firing most often, the first id on a tie, with the share of hits it shares', () => {
    const row = hitFrequencies(POSTINGS).find((candidate) => candidate.id === 'contact.im-only');
    // It co-fires once with pay.daily and once with title.generic, out of 3 hits.
    expect(row?.overlap).toEqual({ id: 'pay.daily', coHits: 1, share: 1 / 3 });
  });

  it('has no overlap for a rule that always fires alone, and counts a repeated id once', () => {
    const counter = new HitFrequencyCounter();
    counter.add(['fee.upfront', 'fee.upfront'], true);
    counter.add([], false);
    expect(counter.table()).toEqual([
      { id: 'fee.upfront', hits: 1, positiveHits: 1, negativeHits: 0, positiveRate: 1, negativeRate: 0, soRatio: 1, overlap: null },
    ]);
  });

  it('leaves rates of an absent class and the S/O ratio undefined', () => {
    expect(hitFrequencies([{ fired: ['fee.upfront'], positive: true }])[0]).toMatchObject({ positiveRate: 1, negativeRate: null, soRatio: null });
  });
});

describe('hitFrequencies: overlap', () => {
  it('never names a rule that fired on every posting, since it overlaps with everything', () => {
    const table = hitFrequencies([
      { fired: ['employer.no-profile', 'pay.daily', 'urgency.pressure'], positive: true },
      { fired: ['employer.no-profile', 'pay.daily'], positive: true },
      { fired: ['employer.no-profile', 'urgency.pressure', 'pay.daily'], positive: false },
      { fired: ['employer.no-profile'], positive: false },
    ]);
    const overlapOf = (id: string) => table.find((row) => row.id === id)?.overlap;
    // pay.daily co-fires 3 times with employer.no-profile, but that rule is everywhere: its partner is urgency.pressure.
    expect(overlapOf('pay.daily')).toEqual({ id: 'urgency.pressure', coHits: 2, share: 2 / 3 });
    expect(overlapOf('urgency.pressure')).toEqual({ id: 'pay.daily', coHits: 2, share: 1 });
    expect(overlapOf('employer.no-profile')).toEqual({ id: 'pay.daily', coHits: 3, share: 0.75 });
  });
});
