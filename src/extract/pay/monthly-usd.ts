import type { PayPeriod } from '../facts';
import { type CurrencyCode, toUsd } from './currency-rates';
import { MONTHLY_MULTIPLE } from './pay-period';

/**
 * With no period stated, an amount worth this many US dollars or more is taken as yearly pay, anything less as
 * monthly. Ads that leave the period out mostly give a monthly figure ("salary 5000", "底薪5000", "lương 15 triệu"),
 * except for annual salaries in rich countries ("$55,000", "£30k"); nobody is offered $20,000 a month for ordinary
 * work, while few full-time yearly salaries are below it. Small amounts (an hourly "$25") also count as monthly:
 * that underestimates them, which is the safe side for a test of implausibly HIGH pay.
 */
export const YEARLY_FROM_USD = 20_000;

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The rough monthly US dollar equivalent of pay from `min` to `max` per `period`; null without a currency or per task. */
export function estimateMonthlyUsd(
  min: number,
  max: number,
  currency: CurrencyCode | null,
  period: PayPeriod,
): { min: number; max: number } | null {
  if (currency === null || period === 'task') return null;
  const usdMin = toUsd(min, currency);
  const usdMax = toUsd(max, currency);
  const unknownMultiple = usdMax >= YEARLY_FROM_USD ? MONTHLY_MULTIPLE.year : 1;
  const multiple = period === 'unknown' ? unknownMultiple : MONTHLY_MULTIPLE[period];
  const monthly = { min: roundCents(usdMin * multiple), max: roundCents(usdMax * multiple) };
  return Number.isFinite(monthly.min) && Number.isFinite(monthly.max) ? monthly : null;
}
