import { stemWord } from '../normalise/stem-word';

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** Separates fields so that no bigram spans the end of one field and the start of the next. */
export const FIELD_BREAK = '|';

/**
 * The classifier's tokens for folded texts: Porter stems (natural's, cached) of English words, other words as they
 * are, and numbers reduced to their length ("350" → "#3") so that "$350 a day" and "$420 a day" read alike.
 */
export function classifierTokens(foldedTexts: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const text of foldedTexts) {
    if (tokens.length > 0) tokens.push(FIELD_BREAK);
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      tokens.push(DIGITS.test(word) ? `#${Math.min(word.length, 9)}` : stemWord(word));
    }
  }
  return tokens;
}
