import type { PayFact, PayPeriod } from '../facts';
import { type FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import { type CurrencyRef, type ScriptHints, resolveCurrency, scriptHints } from './currency-names';
import { type CurrencyCode, toUsd } from './currency-rates';
import { LATIN_LETTER_CLASS, alternationSource, firstUnits, isLatinLetter } from './lexicon-pattern';
import { findNumberWordPay } from './find-number-word-pay';
import { KOREAN_NUMERAL } from './korean-numeral';
import { estimateMonthlyUsd } from './monthly-usd';
import { type Amount, readAmountAt, readAmountFrom } from './parse-amount';
import { KeywordCursor, type PayKeyword, findKeywordHits } from './pay-cues';
import { hasNotPayContext, isFollowedByCountUnit } from './pay-context';
import { withAsciiDigits } from './native-digits';
import { PERIOD_AFTER_FIRST, type PeriodMatch, matchPeriodAfter, matchPeriodBefore } from './pay-period';
import { HANGUL_SYLLABLE } from '../../normalise/hangul';

/**
 * Finds every statement of pay in a field: "$1,500/month", "USD 1000-2000 per month", "Rp12 juta per bulan",
 * "월평균 1500만~3000만원", "月入过万", "20 triệu/tháng", "เงินเดือน 30,000 บาท", "salary 5000".
 *
 * A number is pay only with a currency written next to it, or a pay keyword right before it (with nothing but
 * filler words between), or a unit word of one language plus a period ("20 triệu/tháng"), or in the `salary`
 * field of a structured posting. Counts, ages, dates,
 * times, fees and company figures are left out. One left-to-right pass over the numbers; every lookaround is
 * bounded, so the cost is linear in the text length.
 */
export function extractPay(fieldText: FieldText): PayFact[] {
  return extractPayWithin(fieldText, Infinity).facts;
}

/** `extractPay`, building at most `limit` facts (the first in text order) and counting the others. */
export function extractPayWithin(fieldText: FieldText, limit: number): { facts: PayFact[]; found: number } {
  const folded = withAsciiDigits(fieldText.text.folded);
  // The salary field of a structured posting states pay by being that field: "20000-28000" there is pay.
  const scanner = new PayScanner(folded, fieldText.field === 'salary');
  const statements: PayStatement[] = [];
  NUMBER_START.lastIndex = 0;
  for (let found = NUMBER_START.exec(folded); found !== null; found = NUMBER_START.exec(folded)) {
    const at = found.index;
    // A rejected number is skipped whole, so that no part of it is read again.
    const wholeNumberEnd = at + found[0].length;
    const statement = scanner.readStatement(at);
    if (statement === null) {
      NUMBER_START.lastIndex = wholeNumberEnd;
      continue;
    }
    statements.push(statement);
    NUMBER_START.lastIndex = Math.max(statement.end, wholeNumberEnd);
  }
  // "two thousand dollars a week": no digit to start from, so a separate pass, skipped unless a number word is there.
  const worded = findNumberWordPay(folded, () => scanner.scriptHints());
  if (worded.length === 0) {
    // Statements are found in text order: only those within the limit are built.
    return { facts: statements.slice(0, limit).map((statement) => toFact(fieldText, statement)), found: statements.length };
  }
  const facts = statements.map((statement) => toFact(fieldText, statement));
  for (const pay of worded) facts.push(toFact(fieldText, { ...pay, min: pay.value, max: pay.value }));
  facts.sort((a, b) => a.evidence.start - b.evidence.start);
  return { facts: facts.slice(0, limit), found: facts.length };
}

// A run of digits and separators, of Chinese numerals ("两万", the "万" of "过万"), or of Korean ones before 원
// ("천만 원").
const NUMBER_START = new RegExp(`\\d+(?:[.,]\\d+)*|[零〇一二两兩三四五六七八九十百千万萬]+|${KOREAN_NUMERAL.source}`, 'g');

// Range connectors: symbols may touch the numbers, words need spaces ("800 to 1,000", "từ 800 USD đến 1.000 USD").
const SYMBOL_CONNECTOR = / ?(?:-{1,3}|–|—{1,2}|~|〜|至|到|ถึง) ?/y;
const WORD_CONNECTOR = / (?:to|and|đến|tới|toi|den|hingga|sampai|s\.d\.?|s\/d|sd|till|until|hanggang) /y;
const BETWEEN_AT_END = /between $/;
// "3万+", "300만원 이상", "5000元起": an open upper end, read past so that a period after it is still found.
// "5万円〜" and "300만원+α" too, but a tilde before another amount is a range ("5万円〜10万円").
const OPEN_END = / ?(?:\+ ?α|\+\+|\+|以上|이상|起|trở lên|or more|and above|[~〜](?! ?[\d$¥₩€£]))/y;
const QUALIFIER_WORDS = [
  ...['extra', 'more', 'net', 'gross', 'cash', 'only', 'before tax', 'after tax', 'take home', 'take-home'],
  ...['guaranteed', 'bersih', 'kotor', 'thực nhận'],
];
const QUALIFIER = new RegExp(` ?(?:${alternationSource(QUALIFIER_WORDS)})(?![${LATIN_LETTER_CLASS}])`, 'y');
const OPEN_BRACKET = / ?[(（](?:~|≈|about |approx\. |approx |approximately |around |khoảng |sekitar |约|約)?/y;
/**
 * The first characters of everything readRange reads after an amount (an open end, a period, a qualifier, a bracket,
 * a range connector), each after at most one space: where none follows, there is no range and no period after it.
 */
const CONTINUATION_FIRST: ReadonlySet<number> = new Set([
  ...firstUnits(['+', '以上', '이상', '起', 'trở lên', 'or more', 'and above', '~', '〜']), // OPEN_END
  ...PERIOD_AFTER_FIRST,
  ...firstUnits(QUALIFIER_WORDS),
  ...firstUnits(['(', '（']), // OPEN_BRACKET
  ...firstUnits(['-', '–', '—', '~', '〜', '至', '到', 'ถึง']), // SYMBOL_CONNECTOR
  ...firstUnits(['to', 'and', 'đến', 'tới', 'toi', 'den', 'hingga', 'sampai', 's.d.', 's/d', 'sd', 'till', 'until', 'hanggang']), // WORD_CONNECTOR
]);

/** Whether anything readRange reads may follow an amount that ends at `end`. */
function mayContinueAt(folded: string, end: number): boolean {
  const next = folded.charCodeAt(end);
  if (CONTINUATION_FIRST.has(next)) return true;
  return next === 32 && CONTINUATION_FIRST.has(folded.charCodeAt(end + 1));
}
const CLOSE_BRACKET = / ?[)）]/y;
const JOINS_NUMBERS_AFTER = /^[/:]\d/;
const SAVINGS_PLANS = /^(?:\(?k\)?|\(?b\)?)/;
const SAVINGS_PLAN_NUMBERS = new Set([401, 403, 457]);
// A range whose ends are this far apart is two numbers, not a range ("$5 - 10000 users").
const WIDEST_RANGE = 50;
const LARGEST_AMOUNT = 1e13;
const COMPANY_SCALE_USD = 1_000_000;
const BILLION = 1e9;
// No ad offers pay worth less than half a dollar; such sums are OCR noise ("Rp3,ooo,ooo") or fees.
const NEGLIGIBLE_USD = 0.5;
// Without a keyword or a period, sums this small are prices, gift cards or OCR noise ("€ 5", "$ 1"), not pay.
const SMALL_SUM_USD = 20;
// A Thai or Vietnamese period word after a bare number makes it baht ("400-1600 ต่อวัน") or dong ("300k/ngày");
// numbers below these are counts or hours ("8 ชั่วโมงต่อวัน"), not a day's or a month's pay.
const BARE_FROM: Readonly<Record<'THB' | 'VND', number>> = { THB: 100, VND: 10_000 };
/**
 * Korean ads count money in 만 (ten thousand won) and often leave the unit out after a pay or period word: "일당 50"
 * is 500,000 won a day, "월 1000" ten million a month, "건당 30" 300,000 a case. A bare number below these bounds is
 * no believable sum of won for its period, so it is read in 만; at or above them it is read as won ("시급 9860").
 */
const KOREAN_SHORTHAND_BELOW: Readonly<Record<PayPeriod, number>> = {
  hour: 100,
  day: 1000,
  week: 1000,
  month: 10_000,
  year: 100_000,
  task: 100,
  unknown: 1000,
};
const TEN_THOUSAND = /[万萬]/;

interface PayStatement {
  start: number;
  end: number;
  min: number;
  max: number;
  currency: CurrencyCode | null;
  period: PayPeriod;
}

interface Trailing {
  end: number;
  period: PeriodMatch | null;
}

interface Range {
  high: Amount | null;
  /** The lower end after sharing the upper end's unit. */
  lowValue: number;
  impliedCurrency: CurrencyCode | null;
  trailing: Trailing;
}

class PayScanner {
  private readonly cursor: KeywordCursor;
  private hints: ScriptHints | null = null;
  /** End of the last statement read, so that the next does not borrow its words. */
  private lastEnd = 0;

  constructor(
    private readonly folded: string,
    private readonly isSalaryField: boolean,
  ) {
    this.cursor = new KeywordCursor(folded, findKeywordHits(folded));
  }

  scriptHints(): ScriptHints {
    this.hints ??= scriptHints(this.folded);
    return this.hints;
  }

  /** An open end and a period written after an amount that ends at `position`. */
  private trailing(position: number): Trailing {
    OPEN_END.lastIndex = position;
    const open = OPEN_END.exec(this.folded);
    const afterOpen = open === null ? position : position + open[0].length;
    const period = matchPeriodAfter(this.folded, afterOpen);
    if (period !== null) return { end: period.end, period };
    // "$400 to $500 extra per day", "15 triệu net/tháng": a word about the amount may sit before its period.
    QUALIFIER.lastIndex = afterOpen;
    const qualifier = QUALIFIER.exec(this.folded);
    const qualified = qualifier === null ? null : matchPeriodAfter(this.folded, afterOpen + qualifier[0].length);
    if (qualified !== null) return { end: qualified.end, period: qualified };
    return this.periodAfterConversion(afterOpen) ?? { end: afterOpen, period: null };
  }

  /** "RM15,000 (US$3,300) per month": the period after a converted amount in brackets belongs to both. */
  private periodAfterConversion(position: number): Trailing | null {
    OPEN_BRACKET.lastIndex = position;
    const open = OPEN_BRACKET.exec(this.folded);
    if (open === null) return null;
    const converted = readAmountFrom(this.folded, position + open[0].length);
    if (converted === null || converted.currency === null) return null;
    CLOSE_BRACKET.lastIndex = converted.end;
    const close = CLOSE_BRACKET.exec(this.folded);
    if (close === null) return null;
    const period = matchPeriodAfter(this.folded, converted.end + close[0].length);
    return period === null ? null : { end: period.end, period };
  }

  /** The upper end of a range that starts with `low`: "-2000", " to $1,000", "~1700만원". */
  private readUpperEnd(low: Amount, position: number): Amount | null {
    const folded = this.folded;
    SYMBOL_CONNECTOR.lastIndex = position;
    let connector = SYMBOL_CONNECTOR.exec(folded);
    if (connector === null) {
      WORD_CONNECTOR.lastIndex = position;
      connector = WORD_CONNECTOR.exec(folded);
      // "and" joins a range only after "between": "between $50k and $70k".
      const between = BETWEEN_AT_END.test(folded.slice(Math.max(0, low.start - 8), low.start));
      if (connector !== null && connector[0] === ' and ' && !between) return null;
    }
    if (connector === null) return null;
    const high = readAmountFrom(folded, position + connector[0].length);
    if (high === null) return null;
    if (low.currency !== null && high.currency !== null) {
      const hints = this.scriptHints();
      if (resolveCurrency(low.currency, hints) !== resolveCurrency(high.currency, hints)) return null;
    }
    return high;
  }

  /** The range that starts with `low`, if an upper end follows, and what is written after the whole. */
  private readRange(low: Amount): Range {
    const lowTrailing = this.trailing(low.end);
    const high = this.readUpperEnd(low, lowTrailing.end);
    const single: Range = {
      high: null,
      lowValue: low.value,
      impliedCurrency: low.impliedCurrency,
      trailing: lowTrailing,
    };
    if (high === null) return single;

    let lowValue = low.value;
    const impliedCurrency = low.impliedCurrency ?? high.impliedCurrency;
    // "1-2万", "8-10 juta", "15-30 million won": the unit after the upper end applies to the lower one too.
    if (low.factor === 1 && high.factor > 1 && !low.chineseNumeral && low.written <= high.written) {
      lowValue = Math.round(low.written * high.factor * 100) / 100;
    }
    const smaller = Math.min(lowValue, high.value);
    const larger = Math.max(lowValue, high.value);
    if (smaller > 0 && larger / smaller > WIDEST_RANGE) return single;
    // "132-15元/小时": a range runs upwards; a larger number before a smaller one is an id or a phone fragment.
    if (lowValue > high.value) return single;

    const highTrailing = this.trailing(high.end);
    // "$20/hr - $30": a period written after the lower end only still holds for the range.
    const trailing =
      highTrailing.period === null && lowTrailing.period !== null
        ? { ...highTrailing, period: lowTrailing.period }
        : highTrailing;
    return { high, lowValue, impliedCurrency, trailing };
  }

  readStatement(numberStart: number): PayStatement | null {
    const folded = this.folded;
    const low = readAmountAt(folded, numberStart);
    if (low === null) return null;
    // "401k", "401(k)": a retirement plan, not 401 thousand.
    const afterDigits = folded.slice(low.numberEnd - (low.factor > 1 ? 1 : 0), low.numberEnd + 3);
    if (SAVINGS_PLAN_NUMBERS.has(low.written) && SAVINGS_PLANS.test(afterDigits)) return null;
    // A bare number (most numbers of a hostile field of digits) with nothing that could make it pay: no currency or
    // unit on it, nothing after it that readRange reads, no keyword or period word before it. The checks below
    // would all fail; these find that out without reading a range.
    if (
      !this.isSalaryField &&
      low.currency === null &&
      low.impliedCurrency === null &&
      !TEN_THOUSAND.test(folded[low.numberEnd - 1] ?? '') &&
      !mayContinueAt(folded, low.end) &&
      !this.cursor.mayCueBefore(low.start) &&
      matchPeriodBefore(folded, low.start) === null
    ) {
      return null;
    }

    const { high, lowValue, impliedCurrency, trailing } = this.readRange(low);
    const last = high ?? low;
    const after = trailing.period;
    const min = Math.min(lowValue, high?.value ?? lowValue);
    const max = Math.max(lowValue, high?.value ?? lowValue);
    if (!(max <= LARGEST_AMOUNT) || !(min >= 0)) return null;

    // What follows the number must not make it part of something else: "3rd", "24/7", "9:30", "$400+m".
    const end = Math.max(trailing.end, last.end);
    if (isLatinLetter(folded[last.end]) && after?.start !== last.end) return null;
    if (isLatinLetter(folded[end]) && end > last.end) return null;
    if (JOINS_NUMBERS_AFTER.test(folded.slice(last.end, last.end + 2))) return null;
    if (after?.timeLike === true && max <= 24) return null;

    const explicit = low.currency ?? high?.currency ?? null;
    const cue = this.cursor.cueBefore(low.start);
    const before = matchPeriodBefore(folded, cue?.hit.start ?? low.start);
    // A period word that ends the previous statement ("... $20 per hour 월급 ...") is not this one's.
    const periodBefore = before !== null && before.start >= this.lastEnd ? before : null;
    const period: PayPeriod =
      after?.period ??
      last.impliedPeriod ??
      cue?.gapPeriod ??
      cue?.hit.keyword.period ??
      periodBefore?.period ??
      'unknown';
    const statedPeriod = period !== 'unknown';

    // A number is pay only with a currency, a pay keyword, or a language's unit word plus a period.
    const periodCurrency = after?.impliedCurrency ?? periodBefore?.impliedCurrency ?? null;
    const byPeriod = explicit === null && impliedCurrency === null && periodCurrency !== null;
    const bareEnough = periodCurrency !== null && max >= BARE_FROM[periodCurrency];
    // "1日5万": in Japanese text a bare 万 amount with a period is yen, as Chinese "5万" is not (its keyword says 元).
    const japaneseMan = impliedCurrency === null && TEN_THOUSAND.test(folded[last.numberEnd - 1] ?? '') && this.scriptHints().japanese;
    const unitCurrency = byPeriod && bareEnough ? periodCurrency : (impliedCurrency ?? (japaneseMan ? 'JPY' : null));
    const unitWithPeriod = unitCurrency !== null && statedPeriod;
    // No unit written with the number ("만", "万", "k", a Chinese numeral).
    const unitless = low.factor === 1 && (high?.factor ?? 1) === 1 && !low.chineseNumeral;
    // "일당 50", "월 1000": see KOREAN_SHORTHAND_BELOW.
    const koreanSource = cue?.hit ?? periodBefore;
    // The cheap tests first: this runs for every number of every ad.
    const tenThousands =
      explicit === null &&
      impliedCurrency === null &&
      unitless &&
      koreanSource != null &&
      max < KOREAN_SHORTHAND_BELOW[period] &&
      // No unit run into the number: "3월 10일" is a date, "주 5일" days a week ("50 당일지급" is pay).
      (after === null || after.start > last.numberEnd) &&
      HANGUL_SYLLABLE.test(folded.slice(koreanSource.start, koreanSource.end)) &&
      !isFollowedByCountUnit(folded, last.numberEnd);
    if (tenThousands) {
      if (hasNotPayContext(folded, low.start, end)) return null;
      this.lastEnd = end;
      const start = Math.min(low.start, koreanSource.start);
      return { start, end, min: min * 10_000, max: max * 10_000, currency: 'KRW', period };
    }
    if (explicit === null && cue === null && !this.isSalaryField && !unitWithPeriod) return null;
    if (explicit === null) {
      if (after === null && isFollowedByCountUnit(folded, last.numberEnd)) return null;
      // "salary 13" (the 13th-month salary) is no amount; hourly and daily rates can be that small.
      if (unitless && max < 100 && period !== 'hour' && period !== 'day' && period !== 'week') return null;
    }
    if (hasNotPayContext(folded, low.start, end)) return null;

    const millionLetter = low.millionLetter || high?.millionLetter === true;
    const currency = this.currencyOf(explicit, unitCurrency, cue?.hit.keyword, max, millionLetter);
    // Task scams do pay cents per like or order ("一单0.5-2块"); other sums that small are noise.
    if (currency !== null && period !== 'task' && toUsd(max, currency) < NEGLIGIBLE_USD) return null;
    if (explicit !== null && cue === null && looksLikeCompanyFigure(low, high, max, currency, statedPeriod)) {
      return null;
    }

    const start = Math.min(low.start, cue?.hit.start ?? low.start, periodBefore?.start ?? low.start);
    this.lastEnd = end;
    return { start, end, min, max, currency, period };
  }

  /**
   * The currency written, else the one a unit word implies ("triệu"), else the one a keyword implies ("lương"),
   * else dong for "15-25M" in Vietnamese text, where IT ads write millions of dong that way.
   */
  private currencyOf(
    explicit: CurrencyRef | null,
    impliedCurrency: CurrencyCode | null,
    keyword: PayKeyword | undefined,
    max: number,
    millionLetter: boolean,
  ): CurrencyCode | null {
    if (explicit !== null) return resolveCurrency(explicit, this.scriptHints());
    if (impliedCurrency !== null) return impliedCurrency;
    if (keyword?.currency !== undefined && max >= (keyword.currencyFrom ?? 0)) {
      return resolveCurrency(keyword.currency, this.scriptHints());
    }
    if (millionLetter && this.scriptHints().vietnamese) return 'VND';
    return null;
  }
}

/**
 * Money written with no pay keyword that no one is paid: "$20 million", "sales of £100m a year", "a $2 billion
 * company", a year after a currency code ("CAD 2020"), or a small sum with no period ("€ 5", "$10 gift card").
 */
function looksLikeCompanyFigure(
  low: Amount,
  high: Amount | null,
  max: number,
  currency: CurrencyCode | null,
  statedPeriod: boolean,
): boolean {
  if (low.factor >= BILLION || (high?.factor ?? 1) >= BILLION) return true;
  const usd = currency === null ? null : toUsd(max, currency);
  if (usd !== null && usd >= COMPANY_SCALE_USD) return true;
  if (statedPeriod) return false;
  if (usd !== null && usd < SMALL_SUM_USD) return true;
  const yearLike = (amount: Amount): boolean =>
    amount.currencyIsWord &&
    !amount.grouped &&
    amount.factor === 1 &&
    Number.isInteger(amount.value) &&
    amount.value >= 1900 &&
    amount.value <= 2100;
  return high === null && yearLike(low);
}

function toFact(fieldText: FieldText, statement: PayStatement): PayFact {
  return {
    min: statement.min,
    max: statement.max,
    currency: statement.currency,
    period: statement.period,
    monthlyUsd: estimateMonthlyUsd(statement.min, statement.max, statement.currency, statement.period),
    evidence: evidenceAt(fieldText, statement.start, statement.end),
  };
}
