import type { CurrencyCode } from './currency-rates';

/**
 * A unit word written before its number, as Burmese ads do ("လစာ သိန်း ၃၀" is a wage of 30 lakh kyat, thirty
 * hundred-thousands), beside the order other languages use ("၃၀ သိန်း").
 */
export interface UnitBefore {
  /** Folded offset where the unit word starts. */
  start: number;
  factor: number;
  impliedCurrency: CurrencyCode;
}

// Burmese သိန်း (lakh) and သောင်း (ten thousand), with or without one space before the number.
const UNITS: readonly (readonly [text: string, factor: number])[] = [
  ['သိန်း', 1e5],
  ['သောင်း', 1e4],
];

/** The unit word right before the number that starts at `numberStart`, or null. */
export function unitBeforeNumber(folded: string, numberStart: number): UnitBefore | null {
  const end = folded.charCodeAt(numberStart - 1) === 32 ? numberStart - 1 : numberStart;
  for (const [text, factor] of UNITS) {
    const start = end - text.length;
    if (start >= 0 && folded.startsWith(text, start)) return { start, factor, impliedCurrency: 'MMK' };
  }
  return null;
}
