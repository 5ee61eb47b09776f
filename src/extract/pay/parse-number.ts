/**
 * Reads one number as job ads write it: with thousands separators ("1,500", "5.000.000" in Vietnamese and
 * Indonesian style), a decimal mark ("1.5k", "1,5 juta"), or Chinese numerals ("两万", "一万五").
 */

export interface ReadNumber {
  value: number;
  end: number;
  /** True when separators were read as thousands ("1,500"), so the number is clearly not a year or a version. */
  grouped: boolean;
}

// Separators must sit between digits, so the run cannot backtrack in more than one way.
const DIGIT_RUN = /\d+(?:[.,]\d+)*/y;
const CJK_NUMERAL_RUN = /[零〇一二两兩三四五六七八九十百千万萬]+/y;
const SPACED_THOUSANDS = /(?: \d{3})+(?![\d.,])/y;
const DIGIT = /\d/;
const LONGEST_PLAIN_INTEGER = 15;

/**
 * The value of a run of digits and separators, or null when it is not a number an ad would state as pay
 * (an IP address, a phone number with a leading zero, digits in groups that are not thousands).
 */
export function parseDigitRun(raw: string): { value: number; grouped: boolean } | null {
  const groups: string[] = [];
  const separators: string[] = [];
  let current = '';
  for (const char of raw) {
    if (char === '.' || char === ',') {
      groups.push(current);
      separators.push(char);
      current = '';
    } else {
      current += char;
    }
  }
  groups.push(current);
  const first = groups[0] ?? '';
  if (first.length === 0 || groups.some((group) => group.length === 0)) return null;
  // "0912 345 678" is a phone number, "007" an id; only "0.5" starts with a zero.
  if (first.length > 1 && first.startsWith('0')) return null;

  if (separators.length === 0) {
    if (first.length > LONGEST_PLAIN_INTEGER) return null;
    return { value: Number(first), grouped: false };
  }

  const last = separators[separators.length - 1] ?? '';
  const allSame = separators.every((separator) => separator === last);
  const isThousands = (tail: readonly string[]): boolean =>
    first.length <= 3 && first !== '0' && tail.every((group) => group.length === 3);

  if (allSame) {
    const tail = groups.slice(1);
    if (separators.length >= 2) {
      return isThousands(tail) ? { value: Number(groups.join('')), grouped: true } : null;
    }
    // One separator: three digits after it are thousands in every style ("1,500", "€2.000", "1.000 USD", and the
    // misplaced "Rp 2000.000"); fewer or more are decimals ("1.5k", "1,5 juta").
    if (first !== '0' && tail[0]?.length === 3) return { value: Number(groups.join('')), grouped: true };
    return { value: Number(`${first}.${tail.join('')}`), grouped: false };
  }

  // Mixed separators: the last one is the decimal mark ("1,500.50", "1.500,50"), the others thousands.
  const integerGroups = groups.slice(0, -1);
  const thousandSeparators = separators.slice(0, -1);
  const otherMark = thousandSeparators[0];
  if (thousandSeparators.some((separator) => separator !== otherMark)) return null;
  if (!isThousands(integerGroups.slice(1))) return null;
  return { value: Number(`${integerGroups.join('')}.${groups[groups.length - 1] ?? ''}`), grouped: true };
}

/** The number written in digits starting at `position`, or null. */
export function readDigitsAt(folded: string, position: number): ReadNumber | null {
  DIGIT_RUN.lastIndex = position;
  const found = DIGIT_RUN.exec(folded);
  if (found === null) return null;
  const raw = found[0];
  const runEnd = position + raw.length;
  // "20 000 €", "30 000 THB": thin spaces between thousands, except in a list of numbers ("84 912 345").
  const inList = folded[position - 1] === ' ' && DIGIT.test(folded[position - 2] ?? '');
  if (raw.length <= 3 && !raw.startsWith('0') && !inList) {
    SPACED_THOUSANDS.lastIndex = runEnd;
    const spaced = SPACED_THOUSANDS.exec(folded);
    if (spaced !== null) {
      return { value: Number(raw + spaced[0].replaceAll(' ', '')), end: runEnd + spaced[0].length, grouped: true };
    }
  }
  const parsed = parseDigitRun(raw);
  if (parsed === null || !Number.isFinite(parsed.value)) return null;
  return { value: parsed.value, end: runEnd, grouped: parsed.grouped };
}

const CJK_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral such as "两万", "十万", "三千五" or "一万五" (the last two are colloquial for
 * 3,500 and 15,000: a trailing digit counts in the unit below the last one written).
 */
export function parseCjkNumeral(raw: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  let hasDigit = false;
  let lastUnit = 1;
  for (const char of raw) {
    const value = CJK_DIGITS[char];
    if (value !== undefined) {
      digit = value;
      hasDigit = true;
      if (value === 0) lastUnit = 10;
      continue;
    }
    const unit = CJK_SMALL_UNITS[char];
    if (unit !== undefined) {
      section += (hasDigit ? digit : 1) * unit;
      digit = 0;
      hasDigit = false;
      lastUnit = unit;
      continue;
    }
    // 万 / 萬
    total += (section + digit || 1) * 10_000;
    section = 0;
    digit = 0;
    hasDigit = false;
    lastUnit = 10_000;
  }
  const trailing = hasDigit ? (lastUnit >= 100 ? digit * (lastUnit / 10) : digit) : 0;
  return total + section + trailing;
}

/**
 * A Chinese numeral of at least a hundred written with its 百, or of a thousand or more, starting at `position`
 * ("八百", "两万", "三千"), or null.
 */
export function readCjkNumeralAt(folded: string, position: number): ReadNumber | null {
  CJK_NUMERAL_RUN.lastIndex = position;
  const found = CJK_NUMERAL_RUN.exec(folded);
  if (found === null) return null;
  const raw = found[0];
  // Single characters like "一" or "十" are everywhere in Chinese prose, so smaller sums are left out; "八百" is a
  // number as surely as "800" (task-scam day rates are written so: 日赚五百), and is pay only with a cue or currency.
  const value = parseCjkNumeral(raw);
  if (value < 1000 && !(value >= 100 && raw.includes('百'))) return null;
  return { value, end: position + raw.length, grouped: true };
}
