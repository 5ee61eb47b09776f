import { describe, expect, it } from 'vitest';
import { trainClassifier, type ClassifierExample } from '../../../src/classify/train/train-classifier';

// Fraud ads say "wire" and "fee" (strongly) and "urgent" (weakly); honest ones "engineer" and "pension"; "the" and
// "team" are everywhere.
const example = (words: string, positive: boolean): ClassifierExample => ({ features: new Set(words.split(' ')), words: words.split(' '), positive });
const examples: ClassifierExample[] = [
  ...Array.from({ length: 12 }, (_, i) => example(`the wire fee team${i % 3 === 0 ? ' urgent' : ''}`, true)),
  ...Array.from({ length: 4 }, () => example('the urgent team', true)),
  ...Array.from({ length: 30 }, (_, i) => example(`the engineer pension team${i % 10 === 0 ? ' urgent' : ''}`, false)),
];
const options = { baseRate: 0.05, l2: 1, minDocumentFrequency: 2, minWeight: 0 };

describe('trainClassifier', () => {
  it('weighs words of fraud ads up and words of honest ads down', () => {
    const { terms } = trainClassifier(examples, options);
    expect(terms.wire).toBeGreaterThan(0);
    expect(terms.engineer).toBeLessThan(0);
  });

  it('keeps at most maxTerms terms, the strongest of the unbounded fit, refitted alone', () => {
    const unbounded = trainClassifier(examples, options).terms;
    const strongest = Object.keys(unbounded)
      .sort((a, b) => Math.abs(unbounded[b] as number) - Math.abs(unbounded[a] as number))
      .slice(0, 3)
      .sort();
    const bounded = trainClassifier(examples, { ...options, maxTerms: 3 });
    expect(Object.keys(bounded.terms).sort()).toEqual(strongest);
    // Refitted: the kept terms' weights change to carry what the dropped ones did.
    expect(Object.keys(bounded.terms).some((term) => bounded.terms[term] !== unbounded[term])).toBe(true);
    expect(trainClassifier(examples, { ...options, maxTerms: 3 })).toEqual(bounded);
  });

  it('changes nothing when the fit already has no more than maxTerms terms', () => {
    expect(trainClassifier(examples, { ...options, maxTerms: 1000 })).toEqual(trainClassifier(examples, options));
  });
});

describe('trainClassifier by campaign', () => {
  // Twenty near-copies of one fake employer's ad say "crypto"; three unrelated fraud ads say "wire".
  const campaign: ClassifierExample[] = [
    ...Array.from({ length: 20 }, () => ({ ...example('the crypto team', true), group: 0 })),
    ...Array.from({ length: 3 }, (_, i) => ({ ...example('the wire team', true), group: 1 + i })),
    ...Array.from({ length: 30 }, (_, i) => ({ ...example('the engineer pension team', false), group: 10 + i })),
  ];

  it('lets one templated campaign weigh as one ad at groupPower 1, not as twenty', () => {
    const perAd = trainClassifier(campaign, options).terms;
    const perCampaign = trainClassifier(campaign, { ...options, groupPower: 1 }).terms;
    expect((perAd.crypto as number) / (perAd.wire as number)).toBeGreaterThan(2);
    expect((perCampaign.crypto as number) / (perCampaign.wire as number)).toBeLessThan((perAd.crypto as number) / (perAd.wire as number) / 2);
  });

  it('is the per-ad fit at groupPower 0', () => {
    expect(trainClassifier(campaign, { ...options, groupPower: 0 })).toEqual(trainClassifier(campaign, options));
  });
});
