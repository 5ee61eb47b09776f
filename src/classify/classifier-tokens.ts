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
    token = DIGITS.test(word) ? `#${Math.min(word.length, 9)}` : stemWord(word);
    // Dropped whole when large, as the stem cache is: bounded memory over millions of ads, no bookkeeping.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, token);
  }
  return token;
}

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
