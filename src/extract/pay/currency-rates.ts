/**
 * Approximate US dollars per one unit of each currency: market mid rates of mid-2025, rounded to two or three
 * significant figures. They are rough on purpose and never refreshed at run time (no network): the only use of
 * the resulting dollar figure is to judge whether stated pay is implausibly high for the job, where being 10 %
 * off changes nothing. Update the table and RATES_AS_OF together.
 */
export const RATES_AS_OF = '2025-07';

export const USD_PER_UNIT = {
  USD: 1,
  EUR: 1.16,
  GBP: 1.34,
  CHF: 1.24,
  CNY: 0.139,
  HKD: 0.127,
  TWD: 0.033,
  MOP: 0.124,
  JPY: 0.0068,
  KRW: 0.00072,
  VND: 0.000038,
  THB: 0.031,
  IDR: 0.000061,
  MYR: 0.236,
  PHP: 0.0176,
  SGD: 0.78,
  BND: 0.78,
  KHR: 0.00025,
  // Parallel-market rate: Myanmar's official rate (about 2,100 per dollar) overstates what a wage buys.
  MMK: 0.00024,
  LAK: 0.000046,
  MNT: 0.00028,
  INR: 0.0116,
  BDT: 0.0082,
  PKR: 0.0035,
  NPR: 0.0073,
  LKR: 0.0033,
  KES: 0.0077,
  UGX: 0.00028,
  TZS: 0.00038,
  NGN: 0.00065,
  GHS: 0.095,
  ZAR: 0.056,
  EGP: 0.02,
  AUD: 0.65,
  NZD: 0.6,
  CAD: 0.73,
  AED: 0.272,
  SAR: 0.267,
  QAR: 0.275,
  KWD: 3.27,
  RUB: 0.0125,
  TRY: 0.025,
  BRL: 0.18,
  MXN: 0.053,
} as const satisfies Record<string, number>;

/** An ISO 4217 code this library can convert. */
export type CurrencyCode = keyof typeof USD_PER_UNIT;

/** The rough US dollar value of `amount` units of `currency`. */
export function toUsd(amount: number, currency: CurrencyCode): number {
  return amount * USD_PER_UNIT[currency];
}
