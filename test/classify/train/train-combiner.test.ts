import { describe, expect, it } from 'vitest';
import { trainCombiner, type CombinerExample } from '../../../src/classify/train/train-combiner';

const options = {
  baseRate: 0.05,
  falsePositiveCost: 4,
  priorStrength: 1,
  repeatDecay: 0.5,
  precision: { medium: 0.5, high: 0.8 },
  criticalScore: 0.95,
};

const flag = (id: string, declaredWeight = 0.4, category = id.split('.')[0] ?? id, minimumWeight = 0) => ({ id, category, declaredWeight, minimumWeight });

// 40 honest ads, 40 fraudulent: the classifier separates them partly; `title.generic` fires mostly on honest ads;
// `travel.paid-all` (declared 1.1) fires on two fraud ads only; `emscad.no-logo` fires mostly on fraud.
const examples: CombinerExample[] = [];
for (let i = 0; i < 40; i++) {
  examples.push({ positive: false, plain: i % 2 === 0, classifierEvidence: (i % 10) / 5 - 1, fired: i % 3 === 0 ? [flag('title.generic')] : i % 8 === 0 ? [flag('emscad.no-logo')] : [] });
  examples.push({
    positive: true,
    plain: i % 2 === 1,
    classifierEvidence: 1 + (i % 10) / 5,
    fired: [...(i % 2 === 0 ? [flag('emscad.no-logo')] : []), ...(i < 2 ? [flag('travel.paid-all', 1.1)] : []), ...(i % 9 === 0 ? [flag('title.generic')] : [])],
  });
}

describe('trainCombiner', () => {
  const combiner = trainCombiner(examples, options);

  it('never gives a red flag a negative weight: one that fires mostly on honest ads is pinned at zero', () => {
    expect(combiner.ruleWeights['title.generic']).toBe(0);
    for (const weight of Object.values(combiner.ruleWeights)) expect(weight).toBeGreaterThanOrEqual(0);
  });

  it('learns a weight for a rule the data supports, and keeps a rarely seen rule near its declared weight', () => {
    expect(combiner.ruleWeights['emscad.no-logo']).toBeGreaterThan(0.4);
    expect(combiner.ruleWeights['travel.paid-all']).toBeGreaterThan(0.8);
    expect(combiner.classifierWeight).toBeGreaterThan(0);
  });

  it('sets a bias for the realistic base rate and ordered thresholds', () => {
    expect(combiner.bias).toBeLessThan(-2);
    expect(combiner.thresholds.medium).toBeLessThanOrEqual(combiner.thresholds.high);
    expect(combiner.thresholds.high).toBeLessThanOrEqual(combiner.thresholds.critical);
  });

  it('keeps a rule that fires mostly on honest ads at its minimum, when it has one, instead of at zero', () => {
    // The same data, with `title.generic` standing in for a lure element that may lose at most half its weight.
    const withMinimum = examples.map((example) => ({
      ...example,
      fired: example.fired.map((fired) => (fired.id === 'title.generic' ? flag('title.generic', 0.4, 'title', 0.2) : fired)),
    }));
    const weights = trainCombiner(withMinimum, options).ruleWeights;
    expect(weights['title.generic']).toBeCloseTo(0.2, 3);
    expect(weights['emscad.no-logo']).toBeGreaterThan(0.4);
  });

  it('is deterministic', () => {
    expect(trainCombiner(examples, options)).toEqual(combiner);
  });

  it('counts a templated campaign once when its ads carry their campaign share', () => {
    // One fake employer's 20 near-copies all trip `spam.words`; elsewhere it fires on as many honest ads as fraud.
    const campaign: CombinerExample[] = [
      ...examples,
      ...Array.from({ length: 20 }, (): CombinerExample => ({ positive: true, plain: true, classifierEvidence: 1, fired: [flag('spam.words')] })),
      ...Array.from({ length: 4 }, (_, i): CombinerExample => ({ positive: i < 2, plain: true, classifierEvidence: i < 2 ? 1 : -1, fired: [flag('spam.words')] })),
    ];
    const perAd = trainCombiner(campaign, options);
    const perCampaign = trainCombiner(
      campaign.map((example, row) => ({ ...example, weight: row >= examples.length && row < examples.length + 20 ? 1 / 20 : 1 })),
      options,
    );
    expect(perCampaign.ruleWeights['spam.words']).toBeLessThan((perAd.ruleWeights['spam.words'] as number) - 0.2);
    // Shares change the fit, not the calibration: the bias is still set with every ad counted once.
    expect(perCampaign.thresholds.high).toBeGreaterThanOrEqual(perCampaign.thresholds.medium);
  });

  it('sets its thresholds on the plain views by default, or on both views pooled', () => {
    const pooled = trainCombiner(examples, { ...options, thresholdViews: 'pooled' });
    expect(trainCombiner(examples, { ...options, thresholdViews: 'plain' })).toEqual(combiner);
    expect(pooled.ruleWeights).toEqual(combiner.ruleWeights);
    expect(pooled.thresholds.medium).toBeLessThanOrEqual(pooled.thresholds.high);
    // Honest structured postings that read like fraud, which no plain view shows: only pooled thresholds see them.
    const structured = [...examples, ...Array.from({ length: 6 }, (): CombinerExample => ({ positive: false, plain: false, classifierEvidence: 2.5, fired: [] }))];
    expect(trainCombiner(structured, { ...options, thresholdViews: 'pooled' }).thresholds.high).toBeGreaterThan(trainCombiner(structured, options).thresholds.high);
  });

  it("with fitViews 'given', fits weights and bias on the postings as given: derived plain readings only set thresholds", () => {
    // Derived readings that contradict the data: the classifier reads fraud as honest in them.
    const derived: CombinerExample[] = examples.map((example) => ({ ...example, fired: [], classifierEvidence: -example.classifierEvidence, plain: true, derived: true }));
    const given = trainCombiner(examples, { ...options, fitViews: 'given' });
    const withDerived = trainCombiner([...examples, ...derived], { ...options, fitViews: 'given' });
    expect(withDerived.ruleWeights).toEqual(given.ruleWeights);
    expect(withDerived.classifierWeight).toBe(given.classifierWeight);
    expect(withDerived.bias).toBe(given.bias);
    // Fitted on all views, the contradicting readings pull the classifier's weight down.
    expect(trainCombiner([...examples, ...derived], options).classifierWeight).toBeLessThan(given.classifierWeight);
  });

  it('keeps the thresholds within maxThresholdLogOdds of the bias, medium never above high', () => {
    const free = trainCombiner(examples, options);
    const bounded = trainCombiner(examples, { ...options, maxThresholdLogOdds: { medium: 0.5, high: 1 } });
    const logit = (p: number) => Math.log(p / (1 - p));
    expect(logit(bounded.thresholds.high) - bounded.bias).toBeLessThanOrEqual(1 + 1e-2);
    expect(logit(bounded.thresholds.medium) - bounded.bias).toBeLessThanOrEqual(0.5 + 1e-2);
    expect(bounded.thresholds.medium).toBeLessThanOrEqual(bounded.thresholds.high);
    expect(bounded.thresholds.high).toBeLessThanOrEqual(free.thresholds.high);
    expect(bounded.ruleWeights).toEqual(free.ruleWeights);
  });
});
