import type { CurrencyCode } from './currency-rates';
import {
  type CurrencyMatch,
  type CurrencyRef,
  matchCurrencyAfter,
  matchCurrencyBefore,
  matchCurrencyPrefixAt,
} from './currency-names';
import { isLatinLetter, startsWithLatinLetter } from './lexicon-pattern';
import { applyMultipliers } from './multipliers';
import { readKoreanNumeralAt } from './korean-numeral';
import { readCjkNumeralAt, readDigitsAt } from './parse-number';
import { unitBeforeNumber } from './unit-before-number';

/** One amount of money as written: currency name, number, units ("US$ 1.5k", "1150만", "15 triệu đồng", "两万元"). */
export interface Amount {
  /** Folded span, including the currency name and units. */
  start: number;
  end: number;
  /** End of the number and its units, before any currency name written after them. */
  numberEnd: number;
  /** The number as written, before units. */
  written: number;
  /** The amount after units. */
  value: number;
  /** Factor of the units written (1 when none). */
  factor: number;
  /** Thousands separators or a Chinese numeral: clearly not a year or a version number. */
  grouped: boolean;
  chineseNumeral: boolean;
  /** The currency named next to the number, if any. */
  currency: CurrencyRef | null;
  /** True when that name is a Latin code or word ("cad", "rm"), which, unlike "$", can also be an ordinary word. */
  currencyIsWord: boolean;
  /** Currency implied by a unit word of one language ("triệu" → VND, "juta" → IDR, "만" → KRW). */
  impliedCurrency: CurrencyCode | null;
  /** Written with a bare "m" ("15-25m"): millions of dong in Vietnamese IT ads. */
  millionLetter: boolean;
  /** A period the unit states by itself ("6 lpa" is per year). */
  impliedPeriod: 'year' | null;
}

const CHINESE_TEN_THOUSAND = new Set(['万', '萬']);
const OVER_MARKS = new Set(['过', '過', '上', '破', '超']);
const DIGIT = /\d/;
const REJECT_BEFORE = new Set(['+', '#', '@', '_', '&', '=']);
const JOINS_NUMBERS = new Set(['-', '/', ':', '.', ',']);

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

interface NumberWithUnits {
  written: number;
  value: number;
  factor: number;
  end: number;
  grouped: boolean;
  chinese: boolean;
  implied: CurrencyCode | null;
  millionLetter: boolean;
  impliedPeriod: 'year' | null;
}

function readNumberWithUnits(
  folded: string,
  numberStart: number,
): NumberWithUnits | null {
  const char = folded[numberStart] ?? '';
  if (DIGIT.test(char)) {
    const number = readDigitsAt(folded, numberStart);
    if (number === null) return null;
    const multiplied = applyMultipliers(folded, number.value, number.end);
    return {
      written: number.value,
      value: multiplied.value,
      factor: multiplied.factor,
      end: multiplied.end,
      grouped: number.grouped,
      chinese: false,
      implied: multiplied.impliedCurrency,
      millionLetter: multiplied.millionLetter,
      impliedPeriod: multiplied.impliedPeriod,
    };
  }
  const korean = readKoreanNumeralAt(folded, numberStart);
  if (korean !== null) {
    return {
      written: korean.value,
      value: korean.value,
      factor: 1,
      end: korean.end,
      grouped: true,
      chinese: true,
      implied: 'KRW',
      millionLetter: false,
      impliedPeriod: null,
    };
  }
  // "3千" was read from its digit; its "千" is no number of its own.
  if (DIGIT.test(folded[numberStart - 1] ?? '')) return null;
  // "万" (or "千") on its own is an amount only in "过万" / "上万" / "过千" (over ten thousand, over a thousand).
  if ((CHINESE_TEN_THOUSAND.has(char) || char === '千') && !OVER_MARKS.has(folded[numberStart - 1] ?? '')) return null;
  const number = readCjkNumeralAt(folded, numberStart);
  if (number === null) return null;
  const { value, end } = number;
  return {
    written: value,
    value,
    factor: 1,
    end,
    grouped: true,
    chinese: true,
    implied: null,
    millionLetter: false,
    impliedPeriod: null,
  };
}

function finishAmount(folded: string, start: number, numberStart: number, prefix: CurrencyMatch | null): Amount | null {
  const number = readNumberWithUnits(folded, numberStart);
  if (number === null) return null;
  const value = roundCents(number.value);
  let currencyMatch = prefix !== null && value >= prefix.minAmount ? prefix : null;
  let end = number.end;
  const suffix = matchCurrencyAfter(folded, number.end);
  if (suffix !== null && value >= suffix.minAmount) {
    if (currencyMatch === null) {
      currencyMatch = suffix;
      end = suffix.end;
    } else if (suffix.currency === currencyMatch.currency) {
      // "$1500 USD" names the currency twice; quote both.
      end = suffix.end;
    }
  }
  const amountStart = currencyMatch !== null && currencyMatch === prefix ? start : numberStart;
  return {
    start: amountStart,
    end,
    numberEnd: number.end,
    written: number.written,
    value,
    factor: number.factor,
    grouped: number.grouped,
    chineseNumeral: number.chinese,
    currency: currencyMatch?.currency ?? null,
    currencyIsWord:
      currencyMatch !== null && startsWithLatinLetter(folded.slice(currencyMatch.start, currencyMatch.end)),
    impliedCurrency: number.implied,
    millionLetter: number.millionLetter,
    impliedPeriod: number.impliedPeriod,
  };
}

/**
 * The amount whose number starts at `numberStart`, found by scanning the text, with a currency name that may be
 * written before it. Null when the number is part of something else: a word ("covid19"), a phone number
 * ("+84 ..."), a date or a time ("12/05", "9:30").
 */
export function readAmountAt(folded: string, numberStart: number): Amount | null {
  const unit = unitBeforeNumber(folded, numberStart);
  if (unit !== null) return withUnitBefore(folded, unit.start, numberStart, unit.factor, unit.impliedCurrency);
  const prefix = matchCurrencyBefore(folded, numberStart);
  if (prefix === null) {
    const before = folded[numberStart - 1];
    if (isLatinLetter(before) || (before !== undefined && REJECT_BEFORE.has(before))) return null;
    if (before !== undefined && JOINS_NUMBERS.has(before) && DIGIT.test(folded[numberStart - 2] ?? '')) return null;
  }
  return finishAmount(folded, prefix?.start ?? numberStart, numberStart, prefix);
}

/** The amount starting at `position`, read after a range connector ("to $1,000", "- 1 triệu đồng"). */
export function readAmountFrom(folded: string, position: number): Amount | null {
  const prefix = matchCurrencyPrefixAt(folded, position);
  return finishAmount(folded, position, prefix?.end ?? position, prefix);
}

/**
 * "သိန်း ၃၀", "ကျပ် သိန်း ၃၀": a number whose unit word comes first. Read when the number carries no unit of its own;
 * a currency name may stand before the unit word.
 */
function withUnitBefore(folded: string, unitStart: number, numberStart: number, factor: number, implied: CurrencyCode): Amount | null {
  const prefix = matchCurrencyBefore(folded, unitStart);
  const amount = finishAmount(folded, prefix?.start ?? unitStart, numberStart, prefix);
  if (amount === null || amount.factor !== 1 || amount.chineseNumeral) return amount;
  const value = roundCents(amount.value * factor);
  const start = amount.currency !== null && prefix !== null && amount.currency === prefix.currency ? amount.start : unitStart;
  return { ...amount, start, value, factor, grouped: true, impliedCurrency: amount.impliedCurrency ?? implied };
}
