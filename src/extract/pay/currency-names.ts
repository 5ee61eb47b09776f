import type { CurrencyCode } from './currency-rates';
import {
  LATIN_LETTER_CLASS,
  alternationSource,
  endsWithLatinLetter,
  isLatinLetter,
  startsWithLatinLetter,
} from './lexicon-pattern';

/**
 * What a currency name points to. Two signs depend on the text around them and are settled by `resolveCurrency`:
 * "元" is the yuan in simplified Chinese but the New Taiwan dollar in traditional Chinese, and "¥" is the yen in
 * Japanese text but the yuan elsewhere.
 */
export type CurrencyRef = CurrencyCode | 'yuan-sign' | 'yen-sign';

interface CurrencyName {
  text: string;
  currency: CurrencyRef;
  /** Smallest amount for which the name counts as a currency ("PHP 7" is a PHP version, "2 đồng nghiệp" colleagues). */
  minAmount?: number;
  /** Only right after the digits, no space ("2000u" is 2000 USDT, "2000 u" is not). */
  attached?: boolean;
}

export interface CurrencyMatch {
  start: number;
  end: number;
  currency: CurrencyRef;
  minAmount: number;
}

type NameRow = readonly [text: string, currency: CurrencyRef, minAmount?: number];

/** Codes written before or after the amount ("USD 1000", "1000 USD"); "php" also names a programming language. */
const CODES: readonly NameRow[] = [
  ['usd', 'USD'],
  // Scam compounds pay in the USDT stablecoin, pegged to the dollar.
  ['usdt', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['chf', 'CHF'],
  ['cny', 'CNY'],
  ['rmb', 'CNY'],
  ['hkd', 'HKD'],
  ['twd', 'TWD'],
  ['ntd', 'TWD'],
  ['jpy', 'JPY'],
  ['krw', 'KRW'],
  ['vnd', 'VND'],
  ['vnđ', 'VND'],
  ['thb', 'THB'],
  ['idr', 'IDR'],
  ['myr', 'MYR'],
  ['php', 'PHP', 100],
  ['sgd', 'SGD'],
  ['bnd', 'BND'],
  ['khr', 'KHR'],
  ['mmk', 'MMK'],
  ['lak', 'LAK'],
  ['mnt', 'MNT'],
  ['inr', 'INR'],
  ['bdt', 'BDT'],
  ['pkr', 'PKR'],
  ['npr', 'NPR'],
  ['lkr', 'LKR'],
  ['kes', 'KES'],
  ['ugx', 'UGX'],
  ['tzs', 'TZS'],
  ['ngn', 'NGN'],
  ['ghs', 'GHS'],
  ['zar', 'ZAR'],
  ['egp', 'EGP'],
  ['aud', 'AUD'],
  ['nzd', 'NZD'],
  ['cad', 'CAD'],
  ['aed', 'AED'],
  ['sar', 'SAR'],
  ['qar', 'QAR'],
  ['kwd', 'KWD'],
  ['rub', 'RUB'],
  ['brl', 'BRL'],
  ['mxn', 'MXN'],
];

/** Chinese currency names, written before or after the amount alike ("人民币5000", "5000人民币"). */
const CHINESE_CURRENCY_NAMES: readonly NameRow[] = [
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['美金', 'USD'],
  ['美元', 'USD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['港元', 'HKD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
];
/** Names written before the amount: "$800", "RM 5000", "Rp12 juta", "₱40,000", "KSh 300,000", "美金1500". */
const PREFIX_ONLY: readonly NameRow[] = [
  ['$', 'USD'],
  ['us$', 'USD'],
  ['usd$', 'USD'],
  ['s$', 'SGD'],
  ['sg$', 'SGD'],
  ['hk$', 'HKD'],
  ['nt$', 'TWD'],
  ['a$', 'AUD'],
  ['au$', 'AUD'],
  ['c$', 'CAD'],
  ['ca$', 'CAD'],
  ['nz$', 'NZD'],
  ['r$', 'BRL'],
  ['mx$', 'MXN'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'yen-sign'],
  ['₩', 'KRW'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₭', 'LAK'],
  ['₹', 'INR'],
  ['₦', 'NGN'],
  ['rp', 'IDR'],
  ['rm', 'MYR'],
  ['ksh', 'KES'],
  ['kshs', 'KES'],
  ['rs', 'INR', 100],
  ...CHINESE_CURRENCY_NAMES,
];

/** Names written after the amount: "30,000 baht", "5000元", "300만원", "30万円", "15 triệu đồng", "1000$". */
const SUFFIX_ONLY: readonly NameRow[] = [
  ['$', 'USD'],
  ['€', 'EUR'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₱', 'PHP'],
  ['₹', 'INR'],
  ['៛', 'KHR'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['us dollars', 'USD'],
  ['us dollar', 'USD'],
  ['u.s. dollars', 'USD'],
  ['singapore dollars', 'SGD'],
  ['hong kong dollars', 'HKD'],
  ['taiwan dollars', 'TWD'],
  ['new taiwan dollars', 'TWD'],
  ['nt dollars', 'TWD'],
  ['australian dollars', 'AUD'],
  ['canadian dollars', 'CAD'],
  ['bucks', 'USD'],
  ['dolar', 'USD'],
  ['đô la', 'USD'],
  ['đô', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds sterling', 'GBP'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['yen', 'JPY'],
  ['won', 'KRW'],
  ['baht', 'THB'],
  ['pesos', 'PHP'],
  ['peso', 'PHP'],
  ['ringgit', 'MYR'],
  ['rupiah', 'IDR'],
  ['rupees', 'INR'],
  ['rupee', 'INR'],
  ['shillings', 'KES'],
  ['naira', 'NGN'],
  ['dirhams', 'AED'],
  ['dirham', 'AED'],
  ['riels', 'KHR'],
  ['riel', 'KHR'],
  ['kip', 'LAK'],
  ['kyats', 'MMK'],
  ['kyat', 'MMK'],
  ['đồng', 'VND', 1000],
  ['đ', 'VND', 1000],
  ['dong', 'VND', 1000],
  ['元', 'yuan-sign'],
  ['块', 'CNY'],
  ['塊', 'yuan-sign'],
  ...CHINESE_CURRENCY_NAMES,
  ['美刀', 'USD'],
  ['刀', 'USD', 100],
  ['日元', 'JPY'],
  ['日币', 'JPY'],
  ['日幣', 'JPY'],
  ['日圆', 'JPY'],
  ['日圓', 'JPY'],
  ['円', 'JPY'],
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  ['韩币', 'KRW'],
  ['韓幣', 'KRW'],
  ['泰铢', 'THB'],
  ['泰銖', 'THB'],
  ['越南盾', 'VND'],
  ['越盾', 'VND'],
  ['比索', 'PHP'],
  ['令吉', 'MYR'],
  ['马币', 'MYR'],
  ['馬幣', 'MYR'],
  ['新币', 'SGD'],
  ['新幣', 'SGD'],
  ['新加坡元', 'SGD'],
  ['印尼盾', 'IDR'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['ドル', 'USD'],
  ['米ドル', 'USD'],
  ['ユーロ', 'EUR'],
  ['ウォン', 'KRW'],
  ['バーツ', 'THB'],
  ['ペソ', 'PHP'],
  ['원', 'KRW'],
  ['달러', 'USD'],
  ['불', 'USD', 100],
  ['위안', 'CNY'],
  ['엔', 'JPY', 100],
  ['바트', 'THB'],
  ['บาท', 'THB'],
  ['ดอลลาร์', 'USD'],
  ['ดอลล่าร์', 'USD'],
  ['หยวน', 'CNY'],
  ['ริงกิต', 'MYR'],
  ['เปโซ', 'PHP'],
  ['ကျပ်', 'MMK'],
  ['ກີບ', 'LAK'],
  ['រៀល', 'KHR'],
  ['ដុល្លារ', 'USD'],
];

function toNames(rows: readonly NameRow[]): CurrencyName[] {
  return rows.map(([text, currency, minAmount]) =>
    minAmount === undefined ? { text, currency } : { text, currency, minAmount },
  );
}

const PREFIX_NAMES = toNames([...CODES, ...PREFIX_ONLY]);
const SUFFIX_NAMES: CurrencyName[] = [
  ...toNames([...CODES, ...SUFFIX_ONLY]),
  // Chinese recruiters write "1500U" for 1500 USDT.
  { text: 'u', currency: 'USD', attached: true, minAmount: 100 },
];

const PREFIX_BY_TEXT = new Map(PREFIX_NAMES.map((name) => [name.text, name]));
const SUFFIX_BY_TEXT = new Map(SUFFIX_NAMES.map((name) => [name.text, name]));

// "Rp. 5.000.000" and "Rs. 500" put a dot after the code; one space may follow.
const PREFIX_BEFORE_NUMBER = new RegExp(`(${alternationSource(PREFIX_BY_TEXT.keys())})(\\.? ?)$`);
const SYMBOL_PREFIXES = PREFIX_NAMES.filter((name) => !startsWithLatinLetter(name.text)).map((name) => name.text);
const SYMBOL_PREFIX_BEFORE_NUMBER = new RegExp(`(${alternationSource(SYMBOL_PREFIXES)})( ?)$`);
const PREFIX_AT = new RegExp(`(${alternationSource(PREFIX_BY_TEXT.keys())})(\\.? ?)(?=\\d)`, 'y');
// "70.000,- €": German-style amounts close with ",-".
const SUFFIX_AT = new RegExp(`((?:[.,]-)? ?)(${alternationSource(SUFFIX_BY_TEXT.keys())})`, 'y');
const LATIN_AFTER = new RegExp(`^[${LATIN_LETTER_CLASS}]`);
const DIGIT_AFTER = /^\d/;
const LONGEST_PREFIX = 12;

// After "만 원" with a space, 원 must end the word or take a particle; otherwise it starts a word like 원하는.
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const WON_PARTICLES = new Set([
  ...['이', '을', '의', '에', '으', '부', '까', '씩', '정'],
  ...['대', '미', '선', '가', '은', '과', '만', '도', '로'],
]);

function toMatch(name: CurrencyName, start: number, end: number): CurrencyMatch {
  return { start, end, currency: name.currency, minAmount: name.minAmount ?? 0 };
}

/** The currency name written right before the digits at `numberStart` ("$", "usd ", "rp. "), if any. */
export function matchCurrencyBefore(folded: string, numberStart: number): CurrencyMatch | null {
  const windowStart = Math.max(0, numberStart - LONGEST_PREFIX);
  const window = folded.slice(windowStart, numberStart);
  const found = PREFIX_BEFORE_NUMBER.exec(window);
  if (found === null) return null;
  const text = found[1] ?? '';
  const start = windowStart + found.index;
  const name = PREFIX_BY_TEXT.get(text);
  if (name === undefined) return null;
  // "thus$5": the letters belong to a word, only the symbol is a currency.
  if (startsWithLatinLetter(text) && isLatinLetter(folded[start - 1])) {
    const symbol = SYMBOL_PREFIX_BEFORE_NUMBER.exec(window);
    const symbolName = symbol === null ? undefined : PREFIX_BY_TEXT.get(symbol[1] ?? '');
    if (symbol === null || symbolName === undefined) return null;
    return toMatch(symbolName, windowStart + symbol.index, numberStart);
  }
  // A code followed by a dot needs the dot to be an abbreviation, not the end of a sentence: "rp. 5" but not "$. 5".
  if ((found[2] ?? '').startsWith('.') && !startsWithLatinLetter(text)) return null;
  return toMatch(name, start, numberStart);
}

/** A currency name starting exactly at `position` and followed by digits ("$1,000" after "800 to "). */
export function matchCurrencyPrefixAt(folded: string, position: number): CurrencyMatch | null {
  PREFIX_AT.lastIndex = position;
  const found = PREFIX_AT.exec(folded);
  if (found === null) return null;
  const name = PREFIX_BY_TEXT.get(found[1] ?? '');
  if (name === undefined) return null;
  return toMatch(name, position, position + found[0].length);
}

/** The currency name written right after an amount that ends at `position` ("元", " usd", "원", "$"), if any. */
export function matchCurrencyAfter(folded: string, position: number): CurrencyMatch | null {
  SUFFIX_AT.lastIndex = position;
  const found = SUFFIX_AT.exec(folded);
  if (found === null) return null;
  const spaced = (found[1] ?? '').length > 0;
  const text = found[2] ?? '';
  const name = SUFFIX_BY_TEXT.get(text);
  if (spaced && (found[1] ?? '').includes('-') && name?.currency !== 'EUR' && name?.currency !== 'CHF') return null;
  if (name === undefined) return null;
  const end = position + found[0].length;
  const next = folded.slice(end, end + 1);
  if (name.attached === true && spaced) return null;
  if (endsWithLatinLetter(text) && (LATIN_AFTER.test(next) || DIGIT_AFTER.test(next))) return null;
  if (text === 'đ' && next === 'ô') return null;
  if (text === '원' && spaced && HANGUL_SYLLABLE.test(next) && !WON_PARTICLES.has(next)) return null;
  return toMatch(name, position + (found[1] ?? '').length, end);
}

/** What the text tells about ambiguous signs: kana means "¥" is yen; traditional characters mean "元" is TWD. */
export interface ScriptHints {
  japanese: boolean;
  traditionalChinese: boolean;
  /** Letters only Vietnamese uses, so that "up to 35M" there is read as 35 million dong. */
  vietnamese: boolean;
}

const KANA = /[\u3040-\u30ff]/;
const VIETNAMESE_ONLY = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;
// Characters common in job ads that exist only in traditional Chinese.
// Characters shared with Japanese kanji (時, 間, 資 ...) are left out.
const TRADITIONAL_ONLY = /[萬與們這來會經驗發對錢說價實點歲關聯繫應徵當]/;

export function scriptHints(folded: string): ScriptHints {
  return {
    japanese: KANA.test(folded),
    traditionalChinese: TRADITIONAL_ONLY.test(folded),
    vietnamese: VIETNAMESE_ONLY.test(folded),
  };
}

/** The ISO code a currency name stands for in this text. */
export function resolveCurrency(currency: CurrencyRef, hints: ScriptHints): CurrencyCode {
  if (currency === 'yen-sign') return hints.japanese ? 'JPY' : 'CNY';
  if (currency === 'yuan-sign') return hints.traditionalChinese ? 'TWD' : 'CNY';
  return currency;
}
