import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/index';
import { formatRuleTable } from '../../../src/cli/output/format-rule-table';

const rule = (id: string, severity: Rule['severity'], category: string, title: string, sources: string[]): Rule =>
  ({ id, severity, category, title, sources, explanation: 'x', indicators: ['x'], ilo: [] }) as unknown as Rule;

describe('formatRuleTable', () => {
  it('aligns id, severity, category, title and sources in columns', () => {
    const table = formatRuleTable([
      rule('travel.paid-all', 'high', 'travel', 'Employer pays travel and visa', ['IOM-2022', 'PH-DMW-a']),
      rule('pay.too-good', 'medium', 'pay', 'Pay far above the market', ['UNODC-2023']),
    ]);
    expect(table).toBe(
      [
        'ID               SEVERITY  CATEGORY  TITLE                          SOURCES',
        'travel.paid-all  high      travel    Employer pays travel and visa  IOM-2022, PH-DMW-a',
        'pay.too-good     medium    pay       Pay far above the market       UNODC-2023',
        '',
      ].join('\n'),
    );
  });
});
