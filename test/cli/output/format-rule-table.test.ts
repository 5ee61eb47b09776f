import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_POLICY, type Rule } from '../../../src/index';
import { formatRuleTable } from '../../../src/cli/output/format-rule-table';

const rule = (id: string, severity: Rule['severity'], category: string, title: string, sources: string[]): Rule =>
  ({ id, severity, category, title, sources, explanation: 'x', indicators: ['x'], ilo: [] }) as unknown as Rule;

describe('formatRuleTable', () => {
  it('aligns id, severity, declared and learned weights, category, title and sources, then says what the weights mean', () => {
    const policy = { ...DEFAULT_SCORING_POLICY, ruleWeights: { 'pay.too-good': 0 } };
    const table = formatRuleTable(
      [
        rule('travel.paid-all', 'high', 'travel', 'Employer pays travel and visa', ['IOM-2022', 'PH-DMW-a']),
        rule('pay.too-good', 'medium', 'pay', 'Pay far above the market', ['UNODC-2023']),
      ],
      policy,
    );
    const [header, first, second, blank, note] = table.split('\n');
    expect([header, first, second, blank]).toEqual([
      'ID               SEVERITY  DECLARED  LEARNED     CATEGORY  TITLE                          SOURCES',
      'travel.paid-all  high      3.00      -           travel    Employer pays travel and visa  IOM-2022, PH-DMW-a',
      'pay.too-good     medium    1.10      0.00 (off)  pay       Pay far above the market       UNODC-2023',
      '',
    ]);
    expect(note).toMatch(/^DECLARED is the log-odds the rule file gives/);
  });
});
