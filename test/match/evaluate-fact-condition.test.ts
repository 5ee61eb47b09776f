import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extract-facts';
import { evaluateFactCondition } from '../../src/match/evaluate-fact-condition';
import { parsePosting } from '../../src/posting/parse-posting';
import type { FactCondition } from '../../src/rules/rule-schema';

/** Whether the pay condition holds on a plain-text posting, as a rule would evaluate it. */
function holds(condition: FactCondition, text: string): boolean {
  const parsed = parsePosting(text);
  if (!parsed.success) throw new Error(parsed.error.message);
  return evaluateFactCondition(condition, extractFacts(parsed.parsed.fields), parsed.parsed) !== null;
}

// The built-in rule's line: a bare sum in a short text, 3 to 8 local day wages, read as pay for one job.
const lumpSum: FactCondition = { fact: 'pay', periods: ['unknown'], localWageMultipleAtLeast: 3, localWageMultipleBelow: 8, shortMessage: true };

describe('evaluateFactCondition, pay stated with no period', () => {
  it('reads a bare sum worth a few day wages in a short text as pay for one job', () => {
    expect(holds(lumpSum, '荷物を受け取って届けるだけ、収入5万円')).toBe(true);
  });

  it('leaves out a sum as large as a month, which is a salary stated without its period', () => {
    expect(holds(lumpSum, '経理スタッフ募集、給与25万円、土日休み')).toBe(false);
  });

  it('leaves out a small sum, under three day wages', () => {
    expect(holds(lumpSum, '書類を届けるお仕事、収入1万円')).toBe(false);
  });

  it('holds only in a text up to its length limit', () => {
    const long = `荷物を受け取って届けるだけ、収入5万円。${'勤務地は都内各所、詳細は面談でお伝えします。'.repeat(20)}`;
    expect(long.length).toBeGreaterThan(280);
    expect(holds(lumpSum, long)).toBe(false);
    expect(holds({ ...lumpSum, shortMessage: undefined, textAtMost: 2000 }, long)).toBe(true);
  });

  it('reads a reward (報酬) with no period as pay for one job', () => {
    expect(holds({ fact: 'pay', periods: ['task'], localWageMultipleAtLeast: 3 }, '荷物を運ぶだけ、報酬5万円')).toBe(true);
  });

  it('never reads a sum with no period as a day rate unless the rule names the unknown period', () => {
    expect(holds({ fact: 'pay', periods: ['day', 'task'], localWageMultipleAtLeast: 3 }, '荷物を受け取って届けるだけ、収入5万円')).toBe(false);
  });
});
