import { disguiseBit } from './disguise-kind';
import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';
import type { Lexicon } from './lexicon';

const DIGIT_SWAP = disguiseBit('digit-swap');

// The letters each digit or symbol is written for ("1" for i or l, "4" and "@" for a).
const LETTERS_FOR: Readonly<Record<string, readonly string[]>> = {
  '0': ['o'],
  '1': ['i', 'l'],
  '2': ['z'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '6': ['g', 'b'],
  '7': ['t'],
  '8': ['b'],
  '9': ['g'],
  '@': ['a'],
  $: ['s'],
  '!': ['i', 'l'],
  '|': ['l', 'i'],
};

// A letter touching a digit or one of the symbols: where a swap could be.
const LETTER_NEXT_TO_SWAP = /[a-z][0-9@$!|]|[0-9][a-z]/;
const isTokenCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 64 || code === 36 || code === 33 || code === 124;
// Symbols stand for letters only inside a word ("wh@tsapp", "vi$a"); at its edges they are "@handle", "$500".
const SYMBOL = /[@$!|]/;
const MAX_SPELLINGS = 32;

/**
 * Reads digits and symbols written for letters ("v1sa", "telegr4m", "wh@tsapp") as those letters, but only where
 * the word they then spell is in the lexicon: pure numbers, prices, phone numbers, times ("5pm"), pay ("rm1500",
 * "rp5jt") and product names ("b2b", "mp3") never spell a lexicon word, so they stay as written.
 */
export function undoDigitSwaps(buffer: FoldBuffer, lexicon: Lexicon): FoldBuffer {
  const { text } = buffer;
  if (!LETTER_NEXT_TO_SWAP.test(text)) return buffer;
  let writer: FoldBufferWriter | null = null;
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    if (!isTokenCode(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length && isTokenCode(text.charCodeAt(end))) end += 1;
    const token = trimEdgeSymbols(text.slice(index, end));
    const tokenStart = index + token.lead;
    const plain = plainSpelling(token.word, lexicon);
    if (plain !== null) {
      writer ??= new FoldBufferWriter(buffer);
      writer.copy(copied, tokenStart);
      for (let k = 0; k < plain.length; k++) {
        const at = tokenStart + k;
        if (plain[k] === text[at]) writer.copy(at, at + 1);
        else writer.replace(at, at + 1, plain[k] ?? '', DIGIT_SWAP);
      }
      copied = tokenStart + plain.length;
    }
    index = end;
  }
  if (writer === null) return buffer;
  writer.copy(copied, text.length);
  return writer.finish();
}

function trimEdgeSymbols(token: string): { word: string; lead: number } {
  let start = 0;
  let end = token.length;
  while (start < end && SYMBOL.test(token.charAt(start))) start += 1;
  while (end > start && SYMBOL.test(token.charAt(end - 1))) end -= 1;
  return { word: token.slice(start, end), lead: start };
}

/**
 * The lexicon word a token with swapped letters spells, or null. A swap must sit inside the word, between letters:
 * a digit stuck to the end or start of a word ("experience5 years", "3days") is a lost space, not a disguise.
 * Through an inflection, the swaps must fall in the stem: "fl1ghts" is "flights", but "forward3d" (a company name)
 * is not "forwarded".
 */
function plainSpelling(token: string, lexicon: Lexicon): string | null {
  let letters = 0;
  let swaps = 0;
  let inside = false;
  for (let index = 0; index < token.length; index++) {
    const character = token.charAt(index);
    if (character >= 'a' && character <= 'z') letters += 1;
    else {
      swaps += 1;
      inside ||= index > 0 && index < token.length - 1 && isLetterAround(token, index);
    }
  }
  // "1000", "2x4": a swap needs a word around it, with at least as many letters as swaps ("fr33").
  if (!inside || letters < 2 || letters < swaps) return null;
  let spellings = [''];
  for (const character of token) {
    const options = LETTERS_FOR[character] ?? [character];
    spellings = spellings.flatMap((spelling) => options.map((option) => spelling + option));
    if (spellings.length > MAX_SPELLINGS) return null;
  }
  return spellings.find((spelling) => lexicon.has(spelling) && swapsInStem(token, spelling, lexicon)) ?? null;
}

/** A letter on each side of the swap at `index`, past any further swaps ("f00d" has letters around both zeros). */
function isLetterAround(token: string, index: number): boolean {
  const isLetter = (at: number): boolean => token.charAt(at) >= 'a' && token.charAt(at) <= 'z';
  let before = index - 1;
  while (before >= 0 && !isLetter(before)) before -= 1;
  let after = index + 1;
  while (after < token.length && !isLetter(after)) after += 1;
  return before >= 0 && after < token.length;
}

function swapsInStem(token: string, spelling: string, lexicon: Lexicon): boolean {
  const stemLength = lexicon.matchedLength(spelling);
  for (let index = stemLength; index < token.length; index++) {
    if (token.charAt(index) !== spelling.charAt(index)) return false;
  }
  return true;
}
