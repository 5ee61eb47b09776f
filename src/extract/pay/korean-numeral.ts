/**
 * Korean amounts written in Hangul numerals with no digit: "천만 원" (ten million won), "오십만원", "삼십오만 원",
 * "천오백만 원", "일억오천만 원". Lure ads write "월 천만 원 가능" this way. Only with 원 right after: "천만에요" (you're
 * welcome) and "백만장자" (millionaire) are not money. Each group before 만 or 억 is at most four numeral syllables
 * with their digits ("구천구백구십구"), so a run of them is bounded.
 */
const GROUP = '[일이삼사오육칠팔구천백십]{0,8}';
export const KOREAN_NUMERAL = new RegExp(`${GROUP}(?:억${GROUP})?만(?= ?원)|${GROUP}억(?= ?원)`, 'y');

const DIGITS: Readonly<Record<string, number>> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL_UNITS: Readonly<Record<string, number>> = { 천: 1000, 백: 100, 십: 10 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8 };

/** The Hangul numeral amount starting at `position`, with its end, or null. */
export function readKoreanNumeralAt(folded: string, position: number): { value: number; end: number } | null {
  KOREAN_NUMERAL.lastIndex = position;
  const found = KOREAN_NUMERAL.exec(folded);
  if (found === null) return null;
  // Read as a Korean speaker does: a digit times the small unit after it, summed within a group below 만, and each
  // group times the large unit that closes it ("삼십오만" is (3 × 10 + 5) × 10,000; "일억오천만" is 1 × 10^8 +
  // 5000 × 10^4). A unit with no digit before it counts one ("천만", "만").
  let total = 0;
  let group = 0;
  let digit: number | null = null;
  for (const char of found[0]) {
    const value = DIGITS[char];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const small = SMALL_UNITS[char];
    if (small !== undefined) {
      group += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const large = LARGE_UNITS[char];
    if (large !== undefined) {
      group += digit ?? 0;
      total += (group === 0 ? 1 : group) * large;
      group = 0;
      digit = null;
    }
  }
  return { value: total, end: position + found[0].length };
}
