/**
 * Calls `visit` with each run of letters and digits in `text`: the same words as /[\p{L}\p{N}]+/gu finds, without a
 * match object per word. The classifier reads every word of every ad, so this loop is its hot path.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let width = 1;
    let isWordChar: boolean;
    if (code < 0x80) {
      isWordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
    } else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const codePoint = text.codePointAt(index) as number;
      width = codePoint > 0xffff ? 2 : 1;
      isWordChar = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    } else {
      isWordChar = isBmpWordChar(code);
    }
    if (isWordChar) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      visit(text.slice(start, index));
      start = -1;
    }
    index += width - 1;
  }
  if (start >= 0) visit(text.slice(start));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither. Filled on first sight, 64 KiB at most.
const BMP_CLASS = new Uint8Array(0x10000);

function isBmpWordChar(code: number): boolean {
  let known = BMP_CLASS[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = known;
  }
  return known === 1;
}
