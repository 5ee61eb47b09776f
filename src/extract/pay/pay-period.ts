import type { PayPeriod } from '../facts';
import {
  LATIN_LETTER_CLASS,
  alternationSource,
  endsWithLatinLetter,
  firstUnits,
  lastUnits,
  mayEndBefore,
  mayStartAt,
  startsWithLatinLetter,
} from './lexicon-pattern';
import { HANGUL_SYLLABLES } from '../../normalise/hangul';
import payPeriods from '../../generated/pay-periods.generated.json';

/** A period an ad states explicitly. */
export type StatedPeriod = Exclude<PayPeriod, 'unknown'>;

/**
 * How many of each period make a month. Hours: 8 a day over 20 working days (160), the usual full-time
 * convention. Days: 22, since day rates are quoted for working days and a five-day week gives 52 × 5 / 12 ≈ 21.7
 * of them a month. Weeks: 52 / 12 ≈ 4.33. Years: 1/12. Tasks have none: no ad says how many there are.
 */
export const MONTHLY_MULTIPLE: Readonly<Record<Exclude<StatedPeriod, 'task'>, number>> = {
  hour: 160,
  day: 22,
  week: 4.33,
  month: 1,
  year: 1 / 12,
};

export interface PeriodMatch {
  period: StatedPeriod;
  start: number;
  end: number;
  /** "pm" / "p.m." also mark clock times; the caller keeps them only for amounts no clock shows. */
  timeLike: boolean;
  /**
   * The currency a period word in one language implies for a bare number: baht for Thai ("400-1600 ต่อวัน"),
   * dong for Vietnamese ("300k/ngày").
   */
  impliedCurrency: 'THB' | 'VND' | null;
}

/**
 * The period words, from rules/currencies/periods.yaml (an analyst adds a line there), compiled to JSON at build time
 * by scripts/compile-domain-data.ts, which refuses a word listed under two periods.
 */
const TABLES = payPeriods as unknown as {
  units: Readonly<Record<StatedPeriod, readonly string[]>>;
  latinConnectors: readonly string[];
  joinedConnectors: readonly string[];
  words: Readonly<Record<StatedPeriod, readonly string[]>>;
  before: Readonly<Record<StatedPeriod, readonly string[]>>;
  standalone: readonly string[];
};
/** Nouns for each period. Single Latin letters only count after a slash ("$5k/m"). */
const UNITS = TABLES.units;
/** Words before a Latin unit that make it "per unit": "per month", "a day", "mỗi tháng", "kada buwan". */
const LATIN_CONNECTORS = TABLES.latinConnectors;
/** Words joined to a unit in other scripts: "ต่อเดือน", "每月", "매월", "प्रति माह". */
const JOINED_CONNECTORS = TABLES.joinedConnectors;
/** Single words that state a period by themselves, before or after the amount. */
const PERIOD_WORDS = TABLES.words;

function periodEntries(): Map<string, StatedPeriod> {
  const entries = new Map<string, StatedPeriod>();
  for (const [period, words] of Object.entries(PERIOD_WORDS) as [StatedPeriod, readonly string[]][]) {
    for (const word of words) entries.set(word, period);
  }
  return entries;
}

function suffixEntries(): Map<string, StatedPeriod> {
  const entries = periodEntries();
  for (const [period, units] of Object.entries(UNITS) as [StatedPeriod, readonly string[]][]) {
    for (const unit of units) {
      entries.set(`/${unit}`, period);
      entries.set(`/ ${unit}`, period);
      if (!startsWithLatinLetter(unit)) {
        for (const connector of JOINED_CONNECTORS) entries.set(`${connector}${unit}`, period);
      } else if (unit.length > 1) {
        for (const connector of LATIN_CONNECTORS) entries.set(`${connector} ${unit}`, period);
      }
    }
  }
  // "一月" is January, not "a month".
  entries.delete('一月');
  entries.set('pm', 'month');
  return entries;
}

const SUFFIXES = suffixEntries();
const PERIOD_AFTER = new RegExp(`( ?)(${alternationSource(SUFFIXES.keys())})`, 'y');
/** The first code units of the period words written after an amount. */
export const PERIOD_AFTER_FIRST = firstUnits(SUFFIXES.keys());
const LATIN_AFTER = new RegExp(`^[${LATIN_LETTER_CLASS}]`);
const TIME_LIKE = new Set(['pm', 'p.m.']);
const THAI = /[\u0e00-\u0e7f]/;
// A Vietnamese period or task word (with or without diacritics) makes a bare number dong: "300k/ngày", "50k mỗi like".
const VIETNAMESE_UNIT = /(?:giờ|ngày|tuần|tháng|năm|gio|ngay|tuan|thang|đơn|chuyến|nhiệm vụ)$|^(?:mỗi|một|hàng|moi) /;

/** A period stated right after an amount that ends at `position`: "/month", " per hour", "/tháng", "每月". */
export function matchPeriodAfter(folded: string, position: number): PeriodMatch | null {
  if (!mayStartAt(folded, position, PERIOD_AFTER_FIRST, ' ', 1)) return null;
  PERIOD_AFTER.lastIndex = position;
  const found = PERIOD_AFTER.exec(folded);
  if (found === null) return null;
  const text = found[2] ?? '';
  const period = SUFFIXES.get(text);
  if (period === undefined) return null;
  const end = position + found[0].length;
  if (endsWithLatinLetter(text) && LATIN_AFTER.test(folded.slice(end, end + 1))) return null;
  const impliedCurrency = THAI.test(text) ? 'THB' : VIETNAMESE_UNIT.test(text) ? 'VND' : null;
  return { period, start: position + (found[1] ?? '').length, end, timeLike: TIME_LIKE.has(text), impliedCurrency };
}

/** Words that state a period when written right before an amount: "月1万ドル", "월 300만원", "monthly: $5000". */
function prefixEntries(): Map<string, StatedPeriod> {
  const entries = periodEntries();
  entries.delete('pa');
  entries.delete('p.m.');
  for (const [period, words] of Object.entries(TABLES.before) as [StatedPeriod, readonly string[]][]) {
    for (const word of words) entries.set(word, period);
  }
  return entries;
}

const PREFIXES = prefixEntries();
// One-syllable Korean period words are also the last syllable of other words (당일, 토요일, 근무일) and of dates
// ("10일"): they state a period only as a word of their own.
const STANDALONE_ONLY: ReadonlySet<string> = new Set(TABLES.standalone);
const JOINED_BEFORE = new RegExp(`[${HANGUL_SYLLABLES}\\d]`);
const PERIOD_BEFORE = new RegExp(`(${alternationSource(PREFIXES.keys())})([ :：]{0,2})$`);
const PERIOD_BEFORE_LAST = lastUnits(PREFIXES.keys());
// The longest period word, and the colon and spaces that may follow it.
const LONGEST_PREFIX = Math.max(...[...PREFIXES.keys()].map((word) => word.length)) + 2;
const LATIN_BEFORE = new RegExp(`[${LATIN_LETTER_CLASS}]$`);
const DIGIT_START = /^\d/;
const DATE_BEFORE = /[\d月/.-]$/;

/** A period stated right before the amount (or before a pay keyword) that starts at `position`. */
export function matchPeriodBefore(folded: string, position: number): PeriodMatch | null {
  if (!mayEndBefore(folded, position, PERIOD_BEFORE_LAST, ' :：', 2)) return null;
  const windowStart = Math.max(0, position - LONGEST_PREFIX);
  const window = folded.slice(windowStart, position);
  const found = PERIOD_BEFORE.exec(window);
  if (found === null) return null;
  const text = found[1] ?? '';
  const period = PREFIXES.get(text);
  if (period === undefined) return null;
  const start = windowStart + found.index;
  if (startsWithLatinLetter(text) && LATIN_BEFORE.test(folded.slice(Math.max(0, start - 1), start))) return null;
  if (STANDALONE_ONLY.has(text) && JOINED_BEFORE.test(folded.slice(Math.max(0, start - 1), start))) return null;
  // "4月1日 10万円", "21日": a date, not "in one day".
  if (DIGIT_START.test(text) && DATE_BEFORE.test(folded.slice(Math.max(0, start - 1), start))) return null;
  const impliedCurrency = THAI.test(text) ? 'THB' : VIETNAMESE_UNIT.test(text) ? 'VND' : null;
  return { period, start, end: position, timeLike: false, impliedCurrency };
}

const GAP_WORDS: ReadonlyMap<string, StatedPeriod> = (() => {
  const entries = periodEntries();
  for (const [period, units] of Object.entries(UNITS) as [StatedPeriod, readonly string[]][]) {
    // Task nouns ("review", "order") are everyday words between a keyword and a number: "salary review in 2024".
    if (period === 'task') continue;
    for (const unit of units) if (unit.length > 1 || !startsWithLatinLetter(unit)) entries.set(unit, period);
  }
  entries.delete('pa');
  return entries;
})();

/** The period a single word between a pay keyword and its amount states ("salary per month: ..." → month). */
export function periodOfWord(word: string): StatedPeriod | undefined {
  return GAP_WORDS.get(word);
}
