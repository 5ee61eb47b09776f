import { describe, expect, it } from 'vitest';
import { hasNotPayContext, isFollowedByCountUnit } from '../../../src/extract/pay/pay-context';

/** The context check for the first occurrence of `amount` in `folded`. */
function notPay(folded: string, amount: string): boolean {
  const start = folded.indexOf(amount);
  return hasNotPayContext(folded, start, start + amount.length);
}

describe('isFollowedByCountUnit', () => {
  it.each([
    ['2+ years', 1],
    ['10,000 customers', 6],
    ['18-35岁', 5],
    ['50%', 2],
    ['3명', 1],
    ['2 tahun', 1],
  ])('sees a count after the number in %j', (folded, position) => {
    expect(isFollowedByCountUnit(folded, position)).toBe(true);
  });

  it('does not take the start of a longer word for a unit', () => {
    expect(isFollowedByCountUnit('5 daysworth', 1)).toBe(false);
    expect(isFollowedByCountUnit('5000 usd', 4)).toBe(false);
  });
});

describe('hasNotPayContext', () => {
  it.each([
    ['pay a registration fee of $200 first', '$200'],
    ['we raised over $20 million', '$20 million'],
    ['sales in excess of £100m a year', '£100m a year'],
    ['a $5 billion company', '$5 billion'],
    ['$200 deposit required', '$200'],
    ['$20 million in funding', '$20 million'],
    ['押金500元', '500元'],
    ['支出达432万元', '432万元'],
  ])('marks %j as not pay', (folded, amount) => {
    expect(notPay(folded, amount)).toBe(true);
  });

  it.each([
    ['salary of $2,000 per month', '$2,000 per month'],
    ['$500 signing bonus', '$500'],
    ['$3,000, company car and phone', '$3,000'],
    ['no fee. salary $900', '$900'],
  ])('leaves %j as pay', (folded, amount) => {
    expect(notPay(folded, amount)).toBe(false);
  });
});
