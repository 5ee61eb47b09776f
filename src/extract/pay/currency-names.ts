import currencyNames from '../../generated/currency-names.generated.json';
import type { CurrencyCode } from './currency-rates';
import {
  LATIN_LETTER_CLASS,
  alternationSource,
  endsWithLatinLetter,
  firstUnits,
  isLatinLetter,
  lastUnits,
  mayEndBefore,
  mayStartAt,
  startsWithLatinLetter,
} from './lexicon-pattern';
import { HANGUL_SYLLABLE } from '../../normalise/hangul';

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

/**
 * The names, from rules/currencies/names.yaml (an analyst adds a line there), compiled to JSON at build time by
 * scripts/compile-domain-data.ts, which checks every code against currency-rates.ts.
 */
const NAMES = currencyNames as unknown as {
  codes: readonly NameRow[];
  chinese: readonly NameRow[];
  prefix: readonly NameRow[];
  suffix: readonly NameRow[];
};

function toNames(rows: readonly NameRow[]): CurrencyName[] {
  return rows.map(([text, currency, minAmount]) =>
    minAmount === undefined ? { text, currency } : { text, currency, minAmount },
  );
}

const PREFIX_NAMES = toNames([...NAMES.codes, ...NAMES.prefix, ...NAMES.chinese]);
const SUFFIX_NAMES: CurrencyName[] = [
  ...toNames([...NAMES.codes, ...NAMES.suffix, ...NAMES.chinese]),
  // Chinese recruiters write "1500U" for 1500 USDT.
  { text: 'u', currency: 'USD', attached: true, minAmount: 100 },
];

const PREFIX_BY_TEXT = new Map(PREFIX_NAMES.map((name) => [name.text, name]));
const SUFFIX_BY_TEXT = new Map(SUFFIX_NAMES.map((name) => [name.text, name]));

// "Rp. 5.000.000" and "Rs. 500" put a dot after the code; one space may follow.
const PREFIX_BEFORE_NUMBER = new RegExp(`(${alternationSource(PREFIX_BY_TEXT.keys())})(\\.? ?)$`);
const PREFIX_LAST = lastUnits(PREFIX_BY_TEXT.keys());
const SYMBOL_PREFIXES = PREFIX_NAMES.filter((name) => !startsWithLatinLetter(name.text)).map((name) => name.text);
const SYMBOL_PREFIX_BEFORE_NUMBER = new RegExp(`(${alternationSource(SYMBOL_PREFIXES)})( ?)$`);
const PREFIX_FIRST = firstUnits(PREFIX_BY_TEXT.keys());
const PREFIX_AT = new RegExp(`(${alternationSource(PREFIX_BY_TEXT.keys())})(\\.? ?)(?=\\d)`, 'y');
// "70.000,- €": German-style amounts close with ",-".
const SUFFIX_AT = new RegExp(`((?:[.,]-)? ?)(${alternationSource(SUFFIX_BY_TEXT.keys())})`, 'y');
const SUFFIX_FIRST = firstUnits(SUFFIX_BY_TEXT.keys());
const LATIN_AFTER = new RegExp(`^[${LATIN_LETTER_CLASS}]`);
const DIGIT_AFTER = /^\d/;
const LONGEST_PREFIX = 12;

// After "만 원" with a space, 원 must end the word or take a particle; otherwise it starts a word like 원하는.
const WON_PARTICLES = new Set([
  ...['이', '을', '의', '에', '으', '부', '까', '씩', '정'],
  ...['대', '미', '선', '가', '은', '과', '만', '도', '로'],
]);

function toMatch(name: CurrencyName, start: number, end: number): CurrencyMatch {
  return { start, end, currency: name.currency, minAmount: name.minAmount ?? 0 };
}

/** The currency name written right before the digits at `numberStart` ("$", "usd ", "rp. "), if any. */
export function matchCurrencyBefore(folded: string, numberStart: number): CurrencyMatch | null {
  if (!mayEndBefore(folded, numberStart, PREFIX_LAST, '. ', 2)) return null;
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
  if (!PREFIX_FIRST.has(folded.charCodeAt(position))) return null;
  PREFIX_AT.lastIndex = position;
  const found = PREFIX_AT.exec(folded);
  if (found === null) return null;
  const name = PREFIX_BY_TEXT.get(found[1] ?? '');
  if (name === undefined) return null;
  return toMatch(name, position, position + found[0].length);
}

/** The currency name written right after an amount that ends at `position` ("元", " usd", "원", "$"), if any. */
export function matchCurrencyAfter(folded: string, position: number): CurrencyMatch | null {
  if (!mayStartAt(folded, position, SUFFIX_FIRST, '.,- ', 3)) return null;
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

// Hiragana and katakana: U+3040 to U+30FF.
const KANA_FIRST = 0x3040;
const KANA_LAST = 0x30ff;
const VIETNAMESE_ONLY = 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
// Characters common in job ads that exist only in traditional Chinese.
// Characters shared with Japanese kanji (時, 間, 資 ...) are left out.
const TRADITIONAL_ONLY = '萬與們這來會經驗發對錢說價實點歲關聯繫應徵當';
// Traditional forms that Japanese writes too (時薪, 請洽, 臨時工, 薪資, 店長): simplified Chinese never does (时, 请,
// 临, 资, 长), so in a text without kana they mean traditional Chinese, where "元" and a bare 時薪 are Taiwan dollars.
const TRADITIONAL_SHARED_WITH_KANJI = '時給請長臨資間門員職務勞週費證區灣機車電話號處從導';

const KANA_BIT = 1;
const TRADITIONAL_ONLY_BIT = 2;
const TRADITIONAL_SHARED_BIT = 4;
const VIETNAMESE_BIT = 8;

/**
 * Per UTF-16 code unit, the bits of the classes above it belongs to: one pass over the text reads all four, where a
 * regex per class scanned all of a Chinese field four times (none matches simplified Chinese), 15 us per Chinese ad.
 */
const HINT_BITS = ((): Uint8Array => {
  const bits = new Uint8Array(0x10000);
  // Each character is one code unit (all are in the Basic Multilingual Plane, precomposed).
  const mark = (characters: string, bit: number): void => {
    for (let index = 0; index < characters.length; index++) {
      const code = characters.charCodeAt(index);
      bits[code] = (bits[code] ?? 0) | bit;
    }
  };
  for (let code = KANA_FIRST; code <= KANA_LAST; code++) bits[code] = KANA_BIT;
  mark(TRADITIONAL_ONLY, TRADITIONAL_ONLY_BIT);
  mark(TRADITIONAL_SHARED_WITH_KANJI, TRADITIONAL_SHARED_BIT);
  mark(VIETNAMESE_ONLY, VIETNAMESE_BIT);
  return bits;
})();

export function scriptHints(folded: string): ScriptHints {
  let seen = 0;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    if (code >= 0x80) seen |= HINT_BITS[code] ?? 0;
  }
  const japanese = (seen & KANA_BIT) !== 0;
  return {
    japanese,
    traditionalChinese: (seen & TRADITIONAL_ONLY_BIT) !== 0 || (!japanese && (seen & TRADITIONAL_SHARED_BIT) !== 0),
    vietnamese: (seen & VIETNAMESE_BIT) !== 0,
  };
}

/** The ISO code a currency name stands for in this text. */
export function resolveCurrency(currency: CurrencyRef, hints: ScriptHints): CurrencyCode {
  if (currency === 'yen-sign') return hints.japanese ? 'JPY' : 'CNY';
  if (currency === 'yuan-sign') return hints.traditionalChinese ? 'TWD' : 'CNY';
  return currency;
}
