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

/**
 * The last code units of `words`. A regex `(?:word|...)gap$` run on the window before a number tries every start
 * in the window; it can match only where one of these units stands right before the gap, which one look tells.
 */
export function lastUnits(words: Iterable<string>): ReadonlySet<number> {
  const units = new Set<number>();
  for (const word of words) if (word.length > 0) units.add(word.charCodeAt(word.length - 1));
  return units;
}

/**
 * Whether a word ending in one of `last` may end at `position`, or before at most `maxGap` units of `gap` that end
 * there: the necessary condition for a `(?:words)gap$` regex to match the text before `position`.
 */
export function mayEndBefore(text: string, position: number, last: ReadonlySet<number>, gap: string, maxGap: number): boolean {
  for (let at = position - 1, skipped = 0; at >= 0 && skipped <= maxGap; at--, skipped++) {
    const code = text.charCodeAt(at);
    if (last.has(code)) return true;
    if (!gap.includes(text.charAt(at))) return false;
  }
  return false;
}

/** The first code units of `words`: a sticky regex `gap(?:words)` can match only where one of them follows the gap. */
export function firstUnits(words: Iterable<string>): ReadonlySet<number> {
  const units = new Set<number>();
  for (const word of words) if (word.length > 0) units.add(word.charCodeAt(0));
  return units;
}

/**
 * Whether a word starting with one of `first` may start at `position`, or after at most `maxGap` units of `gap`:
 * the necessary condition for a sticky `gap(?:words)` regex to match there. Most numbers are followed by nothing
 * such a word starts with, and one look then saves trying a few hundred alternatives.
 */
export function mayStartAt(text: string, position: number, first: ReadonlySet<number>, gap: string, maxGap: number): boolean {
  for (let at = position, skipped = 0; at < text.length && skipped <= maxGap; at++, skipped++) {
    if (first.has(text.charCodeAt(at))) return true;
    if (!gap.includes(text.charAt(at))) return false;
  }
  return false;
}
