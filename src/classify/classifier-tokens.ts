const DIGITS = /^\p{N}+$/u;
const NUMBER_TOKENS = Array.from({ length: 10 }, (_, length) => `#${length}`);

/**
 * A word's stem (as `stemFolded` gives it: natural's Porter stem of an English word, other words as they are) as a
 * classifier token: a number is reduced to its length ("350" → "#3"), so that "$350 a day" and "$420 a day" read
 * alike.
 */
export function classifierToken(stem: string): string {
  const first = stem.charCodeAt(0);
  // Most words start with a Latin letter: no regex for them.
  if (first >= 0x61 && first <= 0x7a) return stem;
  return DIGITS.test(stem) ? (NUMBER_TOKENS[Math.min(stem.length, 9)] as string) : stem;
}
