import { describe, expect, it } from 'vitest';
import { RuleSetError } from '../../src/index';
import { testRules } from '../../src/rule-tester/test-rules';

const RULE = {
  id: 'board.gift-card-wages',
  title: 'Wages in gift cards',
  explanation: 'Our trust team sees fake jobs that pay in gift cards.',
  category: 'board',
  severity: 'medium',
  indicators: ['claim.explicit_scam_work'],
  sources: ['HK-CD'],
  match: { phrases: { en: ['paid in gift cards'] } },
  examples: { fire: ['Weekly wages paid in gift cards', 'You are paid in gift cards'], quiet: ['Gift shop cashier', 'Paid weekly by bank transfer'] },
};

describe('testRules', () => {
  it('passes a pack whose rules fire and stay quiet as their own examples say', () => {
    expect(testRules({ rules: [RULE] })).toEqual({ passed: 4, failures: [] });
  });

  it('adds the examples given to the rule’s own, and reports each failure with the rule id and the example', () => {
    const report = testRules(
      { rules: [RULE] },
      {
        'board.gift-card-wages': { fire: ['Salary sent as store vouchers'], quiet: ['Tips are paid in gift cards too'] },
      },
    );
    expect(report.passed).toBe(4);
    expect(report.failures).toEqual([
      {
        ruleId: 'board.gift-card-wages',
        expected: 'fire',
        index: 2,
        example: 'Salary sent as store vouchers',
        message: expect.stringContaining('did not fire'),
      },
      {
        ruleId: 'board.gift-card-wages',
        expected: 'quiet',
        index: 2,
        example: 'Tips are paid in gift cards too',
        message: expect.stringContaining('fired on'),
      },
    ]);
  });

  it('tests built-in rules beside the pack, and only the pack with builtinRules false', () => {
    const examples = { 'travel.paid-all': { fire: ['Free flight, visa and accommodation provided'] } };
    expect(testRules({ rules: [RULE] }, examples).failures).toEqual([]);
    const alone = testRules({ rules: [RULE] }, examples, { builtinRules: false });
    expect(alone.failures.map((failure) => failure.message)).toEqual([expect.stringContaining('no rule or pattern "travel.paid-all"')]);
  });

  it('reports an invalid example as a failure, and throws RuleSetError for an invalid pack', () => {
    const report = testRules({ rules: [RULE] }, { 'board.gift-card-wages': { quiet: [{ title: 42 } as never] } });
    expect(report.failures[0]).toMatchObject({ ruleId: 'board.gift-card-wages', expected: 'quiet', index: 2 });
    expect(() => testRules({ rules: [{ ...RULE, severity: 'enormous' }] })).toThrow(RuleSetError);
  });
});
