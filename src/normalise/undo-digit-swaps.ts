import { disguiseBit } from './disguise-kind';
import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';
import { MIN_LEXICON_WORD, type Lexicon } from './lexicon';

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
 * Longest token worth spelling out, longer than any real word (the built-in lexicon's longest is far shorter), so
 * that a hostile 30,000-character "word" is passed over at once instead of spelled letter by letter.
 */
export const MAX_SWAPPED_TOKEN = 64;

// Distinct tokens remembered per pass: a wall of one repeated token ("v1sa v1sa ...") is spelled once.
const MAX_REMEMBERED = 4_096;

/**
 * Reads digits and symbols written for letters ("v1sa", "telegr4m", "wh@tsapp") as those letters, but only where
 * the word they then spell is in the lexicon: pure numbers, prices, phone numbers, times ("5pm"), pay ("rm1500",
 * "rp5jt") and product names ("b2b", "mp3") never spell a lexicon word, so they stay as written.
 */
export function undoDigitSwaps(buffer: FoldBuffer, lexicon: Lexicon): FoldBuffer {
  const { text } = buffer;
  if (!LETTER_NEXT_TO_SWAP.test(text)) return buffer;
  const remembered = new Map<string, string | null>();
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
    // Too short to spell a lexicon word (MIN_LEXICON_WORD letters at least): not even sliced.
    if (end - index < MIN_LEXICON_WORD) {
      index = end;
      continue;
    }
    const token = trimEdgeSymbols(text.slice(index, end));
    if (token.word.length > MAX_SWAPPED_TOKEN) {
      index = end;
      continue;
    }
    const tokenStart = index + token.lead;
    let plain = remembered.get(token.word);
    if (plain === undefined) {
      plain = plainSpelling(token.word, lexicon);
      if (remembered.size < MAX_REMEMBERED) remembered.set(token.word, plain);
    }
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
  // How many spellings the token has: each swap that stands for two letters doubles them.
  let count = 1;
  for (let index = 0; index < token.length; index++) {
    const character = token.charAt(index);
    if (character >= 'a' && character <= 'z') letters += 1;
    else {
      swaps += 1;
      count *= LETTERS_FOR[character]?.length ?? 1;
      inside ||= index > 0 && index < token.length - 1 && isLetterAround(token, index);
    }
  }
  // "1000", "2x4": a swap needs a word around it, with at least as many letters as swaps ("fr33").
  if (!inside || letters < 2 || letters < swaps || count > MAX_SPELLINGS) return null;
  // The spellings in the order the letters are listed in LETTERS_FOR, the first option varying slowest.
  for (let choice = 0; choice < count; choice++) {
    let spelling = '';
    let rest = count;
    for (const character of token) {
      const options = LETTERS_FOR[character];
      if (options === undefined) {
        spelling += character;
        continue;
      }
      rest /= options.length;
      spelling += options[Math.floor(choice / rest) % options.length] ?? character;
    }
    if (lexicon.has(spelling) && swapsInStem(token, spelling, lexicon)) return spelling;
  }
  return null;
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
