/**
 * English numbers written as words, as recruiters write them to dodge filters or to sound casual: "two thousand
 * dollars a week", "five hundred a day", "a grand a week", "twenty-five hundred".
 *
 * A small parser of our own rather than a call into an NLP library: compromise (used in the tests as the oracle
 * that checks these values) costs about 340 ms to import and 45 ms on its first call, against a cold-start budget
 * of 30 ms for the whole scorer, and the scorer is synchronous, so it cannot load it lazily.
 */

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scales that close a group: "two thousand five hundred" is 2 × 1000 + 5 × 100. "grand" is slang for a thousand. */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, grand: 1e3, million: 1e6, billion: 1e9 };

const WORDS = [...Object.keys(SMALL), 'hundred', ...Object.keys(SCALES)].filter((word) => word !== 'a');

/**
 * A run of number words in folded (lower-case) text: "two thousand", "twenty-five hundred", "a grand". It must hold
 * at least one word other than "a" and "and", and starts and ends on a number word.
 */
export const NUMBER_WORD_RUN = new RegExp(
  `(?<![a-z])(?:a[ -])?(?:${WORDS.join('|')})(?:(?:[ -]|[ -]and[ -])(?:${WORDS.join('|')}))*(?![a-z])`,
  'g',
);

/** Cheap test that a text may hold a number word worth reading as pay, so most ads never run the full scan. */
export const MAY_HOLD_NUMBER_WORDS = /hundred|thousand|grand|million|dollars|bucks/;

/**
 * The value of a run of English number words, or null when the words do not make a number ("five two") or do not
 * start with a count ("million", "hundred").
 */
export function parseNumberWords(run: string): number | null {
  const words = run.split(/[ -]+/).filter((word) => word !== 'and' && word.length > 0);
  // "million" alone is the unit of "20 million" in digits, read by the digit scanner.
  if (SMALL[words[0] ?? ''] === undefined) return null;
  let total = 0;
  let group = 0;
  let seen = false;
  for (const word of words) {
    const small = SMALL[word];
    if (small !== undefined) {
      // "five two" is no number; "twenty five" is (a unit after a ten).
      if (seen && group % 10 !== 0 && group % 100 !== 0) return null;
      if (seen && small >= 10 && group % 100 !== 0) return null;
      group += small;
      seen = true;
      continue;
    }
    if (word === 'hundred') {
      group = (group === 0 ? 1 : group) * 100;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return null;
    total += (group === 0 ? 1 : group) * scale;
    group = 0;
    seen = true;
  }
  return seen ? total + group : null;
}
