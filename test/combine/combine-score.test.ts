import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SET } from '../../src/rules/builtin/builtin-rule-set';
import { combineScore } from '../../src/combine/combine-score';
import { DEFAULT_SCORING_POLICY } from '../../src/combine/scoring-policy';
import type { FiredRule } from '../../src/match/fired-rule';
import type { Rule, Severity } from '../../src/rules/rule-schema';

const fired = (id: string, category: string, severity: Severity, kind: 'rule' | 'pattern' = 'rule', extra: Partial<Rule> = {}): FiredRule => ({
  kind,
  evidence: [],
  rule: {
    id,
    title: id,
    explanation: id,
    category,
    severity,
    indicators: ['x'],
    ilo: [],
    sources: ['x'],
    examples: { fire: ['a', 'b'], quiet: ['c', 'd'] },
    ...extra,
  },
});

const combine = (rules: FiredRule[]) => combineScore(rules, DEFAULT_SCORING_POLICY);

describe('combineScore', () => {
  it('keeps a posting with no flags low', () => {
    const result = combine([]);
    expect(result.risk).toBe('low');
    expect(result.score).toBeCloseTo(1 / (1 + Math.exp(3)));
  });

  it('keeps one weak flag low and makes one medium flag medium', () => {
    expect(combine([fired('req.no-qualifications', 'qualification', 'low')]).risk).toBe('low');
    expect(combine([fired('travel.paid-all', 'travel', 'medium')]).risk).toBe('medium');
  });

  it('never makes any number of weak flags of one kind high', () => {
    const many = Array.from({ length: 30 }, (_, i) => fired(`pay.cue-${i}`, 'pay', 'medium'));
    expect(combine(many).risk).not.toBe('high');
    expect(combine(many).risk).not.toBe('critical');
  });

  it('makes three independent medium flags high', () => {
    const result = combine([
      fired('pay.implausible-high', 'pay', 'medium'),
      fired('travel.paid-all', 'travel', 'medium'),
      fired('contact.im-only', 'contact', 'medium'),
    ]);
    expect(result.risk).toBe('high');
  });

  it('lets a pattern force its minimum risk', () => {
    const result = combine([fired('pattern.compound-lure', 'pattern', 'critical', 'pattern', { minRisk: 'critical' })]);
    expect(result.risk).toBe('critical');
  });

  it('makes contributions add up to the score', () => {
    const rules = [
      fired('pay.implausible-high', 'pay', 'medium'),
      fired('pay.light-work-high-pay', 'pay', 'medium'),
      fired('req.no-qualifications', 'qualification', 'low'),
      fired('__title.hospitality', 'title', 'low'),
    ];
    const result = combine(rules);
    const logit = DEFAULT_SCORING_POLICY.bias + [...result.contributions.values()].reduce((a, b) => a + b, 0);
    expect(result.score).toBeCloseTo(1 / (1 + Math.exp(-logit)), 12);
    expect(result.contributions.get('__title.hospitality')).toBe(0);
    // The second flag of a category counts half.
    expect(result.contributions.get('pay.light-work-high-pay')).toBeCloseTo(0.55);
  });
});

describe('combineScore over the built-in rules', () => {
  const rules = BUILTIN_RULE_SET.rules;
  const weak = rules.filter((rule) => rule.when === undefined && (rule.severity === 'low' || rule.severity === 'medium'));

  it('never rates an ad high on one weak (low or medium) rule alone, whichever it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...weak), (rule) => {
        const risk = combine([{ rule, kind: 'rule', evidence: [] }]).risk;
        expect(['low', 'medium']).toContain(risk);
      }),
    );
  });

  it('never rates an ad high on weak rules of one category, however many fire', () => {
    const categories = new Set(weak.map((rule) => rule.category));
    for (const category of categories) {
      const group = weak.filter((rule) => rule.category === category);
      const risk = combine(group.map((rule) => ({ rule, kind: 'rule' as const, evidence: [] }))).risk;
      expect(['low', 'medium']).toContain(risk);
    }
  });
});

describe('combineScore: score and risk agree', () => {
  const rules = BUILTIN_RULE_SET.rules.filter((rule) => !rule.id.startsWith('__'));
  const policy = DEFAULT_SCORING_POLICY;
  const logitOf = (p: number): number => Math.log(p / (1 - p));
  const riskOf = (score: number): string =>
    score >= policy.thresholds.critical ? 'critical' : score >= policy.thresholds.high ? 'high' : score >= policy.thresholds.medium ? 'medium' : 'low';

  it('gives the risk that thresholds on the score give, and the contributions still add up to its log-odds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...rules), { maxLength: 8 }), fc.double({ min: -6, max: 6, noNaN: true }), (chosen, classifier) => {
        const result = combineScore(
          chosen.map((rule) => ({ rule, kind: rule.when === undefined ? 'rule' : 'pattern', evidence: [] })),
          policy,
          classifier,
        );
        expect(riskOf(result.score)).toBe(result.risk);
        const sum =
          policy.bias + classifier + [...result.contributions.values()].reduce((a, b) => a + b, 0) + (result.floor?.contribution ?? 0) + (result.cap?.contribution ?? 0);
        expect(sum).toBeCloseTo(logitOf(result.score), 6);
      }),
    );
  });

  it('lifts the score of a medium-severity flag to the medium threshold when the weights fall short of it', () => {
    // A trained model's bias is far lower than the default's: one medium flag's weight alone stays under medium.
    const trained = { ...policy, bias: -5 };
    const result = combineScore([fired('claim.legality-reassurance', 'claims', 'medium')], trained);
    expect(result.risk).toBe('medium');
    expect(result.score).toBeGreaterThanOrEqual(policy.thresholds.medium);
    expect(result.floor?.risk).toBe('medium');
    expect(result.floor?.contribution).toBeGreaterThan(0);
  });
});

describe('combineScore: lure elements', () => {
  it('makes three distinct counted elements high, whatever their weights', () => {
    const result = combine([
      fired('a.pay', 'pay', 'medium', 'rule', { element: 'implausible-pay', weight: 0.1 }),
      fired('b.easy', 'offer', 'medium', 'rule', { element: 'no-experience', weight: 0.1 }),
      fired('c.chat', 'contact', 'medium', 'rule', { element: 'messenger-only-contact', weight: 0.1 }),
    ]);
    expect(result.risk).toBe('high');
    expect(result.lure.count).toBe(3);
    expect(result.lure.kind).toBe('fraud');
  });

  it('does not count low-severity flags toward a combination, but lists them', () => {
    const result = combine([
      fired('a.pay', 'pay', 'medium', 'rule', { element: 'implausible-pay' }),
      fired('b.noexp', 'requirements', 'low', 'rule', { element: 'no-experience' }),
      fired('c.urgent', 'urgency', 'low', 'rule', { element: 'urgency' }),
    ]);
    expect(result.risk).toBe('medium');
    expect(result.lure.count).toBe(1);
    expect(result.lure.elements.map((hit) => [hit.element, hit.counted])).toEqual([
      ['implausible-pay', true],
      ['no-experience', false],
      ['urgency', false],
    ]);
  });

  it('reads a destination abroad with other elements as trafficking, and the compound combination as critical', () => {
    const abroad = fired('d.hub', 'destination', 'medium', 'rule', { element: 'abroad-destination' });
    const pay = fired('a.pay', 'pay', 'medium', 'rule', { element: 'implausible-pay' });
    const travel = fired('t.paid', 'travel', 'medium', 'rule', { element: 'travel-paid' });
    const role = fired('r.typing', 'requirements', 'medium', 'rule', { element: 'typical-role' });
    expect(combine([abroad, pay]).lure.kind).toBe('trafficking');
    expect(combine([abroad, pay, travel]).risk).toBe('high');
    expect(combine([abroad, pay, travel, role]).risk).toBe('critical');
  });

  it('counts a rule its learned weight silences as nothing', () => {
    const policy = { ...DEFAULT_SCORING_POLICY, ruleWeights: { 'a.pay': 0 } };
    const result = combineScore([fired('a.pay', 'pay', 'medium', 'rule', { element: 'implausible-pay' })], policy);
    expect(result.risk).toBe('low');
    expect(result.lure.count).toBe(0);
  });
});

describe('combineScore: the classifier alone never makes an ad high', () => {
  it('holds an ad with no flag at all and a strong classifier just under high, and says so', () => {
    const result = combineScore([], DEFAULT_SCORING_POLICY, 8);
    expect(result.risk).toBe('medium');
    expect(result.score).toBeLessThan(DEFAULT_SCORING_POLICY.thresholds.high);
    expect(result.cap?.contribution).toBeLessThan(0);
  });

  it('lets weak flags a moderator can check, with a classifier that reads fraud, make an ad high', () => {
    const result = combineScore([fired('emscad.work-from-home', 'emscad', 'low')], DEFAULT_SCORING_POLICY, 8);
    expect(['high', 'critical']).toContain(result.risk);
    expect(result.cap).toBeUndefined();
  });

  it('leaves an ad with only weak flags low, however many, unless the classifier reads it as fraud', () => {
    const weak = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => fired(`${id}.weak`, id, 'low', 'rule', { weight: 1 }));
    const alone = combineScore(weak, DEFAULT_SCORING_POLICY, 0);
    expect(alone.risk).toBe('low');
    expect(alone.score).toBeLessThan(DEFAULT_SCORING_POLICY.thresholds.medium);
    expect(alone.cap?.risk).toBe('low');
    expect(combineScore(weak, DEFAULT_SCORING_POLICY, 1).risk).not.toBe('low');
  });

  it('lets the classifier lift an ad with a checkable flag to high', () => {
    const result = combineScore([fired('travel.paid-all', 'travel', 'medium')], DEFAULT_SCORING_POLICY, 8);
    expect(result.risk).toBe('critical');
    expect(result.cap).toBeUndefined();
  });
});

describe('combineScore: a short message is judged on its own terms', () => {
  const weakThree = [
    fired('p.day', 'pay', 'low', 'rule', { element: 'implausible-pay' }),
    fired('c.chat', 'contact', 'low', 'rule', { element: 'messenger-only-contact' }),
    fired('d.abroad', 'destination', 'low', 'rule', { element: 'abroad-destination' }),
  ];

  it('counts weak elements beside a strong one in a message of a tweet or SMS length', () => {
    const strong = fired('s.task', 'task-scam', 'medium', 'rule', { element: 'task-scam-mechanics' });
    expect(combineScore([...weakThree, strong], DEFAULT_SCORING_POLICY, 0, 60).risk).toBe('high');
    // Weak ones alone ("包吃住, 高薪, 无需经验") are a domestic factory ad as often as a lure.
    expect(combineScore(weakThree, DEFAULT_SCORING_POLICY, 0, 60).risk).toBe('low');
  });

  it('does not count them in a long ad', () => {
    expect(['low', 'medium']).toContain(combineScore(weakThree, DEFAULT_SCORING_POLICY, 0, 2000).risk);
  });
});
