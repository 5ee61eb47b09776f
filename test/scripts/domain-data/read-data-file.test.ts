import { describe, expect, it } from 'vitest';
import { ExamplesSchema, arrowExamples } from '../../../scripts/domain-data/read-data-file';

describe('arrowExamples', () => {
  it('splits each "<text> => <value>" line and names every line of another shape', () => {
    const problems: string[] = [];
    const lines = ['일당 50만원 => day', '200元日结=>day', '월 300만원 => fortnight', 'no arrow here'];
    expect(arrowExamples(lines, 'hour|day|month', '<hour|day|month>', 'rules/currencies/periods.yaml', problems)).toEqual([
      { text: '일당 50만원', value: 'day' },
      { text: '200元日结', value: 'day' },
    ]);
    expect(problems).toEqual([
      'rules/currencies/periods.yaml: example "월 300만원 => fortnight": expected "<text> => <hour|day|month>"',
      'rules/currencies/periods.yaml: example "no arrow here": expected "<text> => <hour|day|month>"',
    ]);
  });
});

describe('ExamplesSchema', () => {
  it('defaults a missing list to none and refuses a key other than fire and quiet', () => {
    expect(ExamplesSchema.parse({ fire: ['a'] })).toEqual({ fire: ['a'], quiet: [] });
    expect(ExamplesSchema.safeParse({ fire: [], loud: [] }).success).toBe(false);
  });
});
