/**
 * Words of an ad for comparing it with others: lower-cased, NFKC-folded runs of letters and digits. Every digit
 * becomes 0, so a changed phone number, salary or date leaves the wording the same; each Han, kana, Thai, Lao,
 * Khmer or Myanmar character is a word of its own, since those scripts do not put spaces between words.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const DIGITS = /\p{Nd}/gu;
const ASCII_DIGITS = /[0-9]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

export function templateTokens(text: string): string[] {
  // Most ads are ASCII: no folding to do, and a plain character class is several times faster than \p{...}.
  const ascii = !NOT_ASCII.test(text);
  const folded = ascii ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
  const words = folded.match(ascii ? ASCII_WORD : WORD) ?? [];
  const digits = ascii ? ASCII_DIGITS : DIGITS;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    if (/\d/.test(word) || !ascii) words[index] = word.replace(digits, '0');
  }
  return words;
}

/** A word of an ad with where it is in the text as written. */
export interface TokenSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of `templateTokens` with their spans in the text as written, to show a template in the ad's own words.
 * NFKC can change a string's length, so words are found in the original and each is folded on its own.
 */
export function templateTokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    for (const word of templateTokens(match[0])) spans.push({ word, start, end: start + match[0].length });
  }
  return spans;
}
