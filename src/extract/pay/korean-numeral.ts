/**
 * Korean amounts written in Hangul numerals with no digit: "천만 원" (ten million won), "오십만원", "일억 원". Lure
 * ads write "월 천만 원 가능" this way. Only with 원 right after: "천만에요" (you're welcome) and "백만장자"
 * (millionaire) are not money.
 */
export const KOREAN_NUMERAL = /[일이삼사오육칠팔구]?[천백십]?(?:만|억)(?= ?원)/y;

const DIGITS: Readonly<Record<string, number>> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL_UNITS: Readonly<Record<string, number>> = { 천: 1000, 백: 100, 십: 10 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8 };

/** The Hangul numeral amount starting at `position`, with its end, or null. */
export function readKoreanNumeralAt(folded: string, position: number): { value: number; end: number } | null {
  KOREAN_NUMERAL.lastIndex = position;
  const found = KOREAN_NUMERAL.exec(folded);
  if (found === null) return null;
  let count = 1;
  let small: number | null = null;
  for (const char of found[0]) {
    count = DIGITS[char] ?? count;
    const unit = SMALL_UNITS[char];
    if (unit !== undefined) small = count * unit;
    const large = LARGE_UNITS[char];
    // "천만" is 1000 × 10,000; "삼억" is 3 × 100,000,000.
    if (large !== undefined) return { value: (small ?? count) * large, end: position + found[0].length };
  }
  return null;
}
