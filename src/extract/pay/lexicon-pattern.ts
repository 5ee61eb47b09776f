import { escapeRegex } from '../../normalise/folded-regex';

/**
 * Helpers to turn word lists into regex sources once, at module load. The pay lexicons mix scripts written with
 * spaces (Latin, incl. Vietnamese) and scripts written without (Chinese, Japanese, Thai); only the former get
 * word-boundary checks.
 */

/** Latin letters incl. Vietnamese and other accented forms, as a character class body. */
export const LATIN_LETTER_CLASS = 'a-z\\u00c0-\\u024f\\u1e00-\\u1eff';

const LATIN_LETTER = new RegExp(`[${LATIN_LETTER_CLASS}]`);

export function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && LATIN_LETTER.test(char);
}

/** True for a word whose last character is a Latin letter, so that it must not run into a following letter. */
export function endsWithLatinLetter(word: string): boolean {
  return isLatinLetter(word.slice(-1));
}

/** True for a word whose first character is a Latin letter, so that it must not follow a letter. */
export function startsWithLatinLetter(word: string): boolean {
  return isLatinLetter(word.slice(0, 1));
}

/** A regex alternation of the literal words, longest first so that the regex prefers "usdt" to "usd". */
export function alternationSource(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((word) => word.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map(escapeRegex).join('|');
}
