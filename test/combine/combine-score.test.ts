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
