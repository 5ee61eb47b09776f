import { stemWord } from '../normalise/stem-word';
import { forEachWord } from './for-each-word';

const DIGITS = /^\p{N}+$/u;

/** Separates fields so that no bigram spans the end of one field and the start of the next. */
export const FIELD_BREAK = '|';

/**
 * One word as a classifier token: its Porter stem (natural's, cached) for an English word, other words as they
 * are, and a number reduced to its length ("350" → "#3") so that "$350 a day" and "$420 a day" read alike.
 */
export function classifierToken(word: string): string {
  let token = cache.get(word);
  if (token === undefined) {
    token = numberToken(word) ?? stemWord(word);
    // Dropped whole when large, as the stem cache is: bounded memory over millions of ads, no bookkeeping.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, token);
  }
  return token;
}

/** A number's token ("350" → "#3"), or null for a word that is not all digits. The stem of a number is itself. */
export function numberToken(word: string): string | null {
  const first = word.charCodeAt(0);
  // Most words start with a Latin letter: no regex for them.
  if (first >= 0x61 && first <= 0x7a) return null;
  return DIGITS.test(word) ? NUMBER_TOKENS[Math.min(word.length, 9)] as string : null;
}

const NUMBER_TOKENS = Array.from({ length: 10 }, (_, length) => `#${length}`);

// Ads repeat a small vocabulary: one lookup here saves the number test, the English test and the stem lookup.
const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

/** The classifier's tokens for folded texts (runs of letters and digits), with a `FIELD_BREAK` between texts. */
export function classifierTokens(foldedTexts: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const text of foldedTexts) {
    if (tokens.length > 0) tokens.push(FIELD_BREAK);
    forEachWord(text, (word) => tokens.push(classifierToken(word)));
  }
  return tokens;
}
