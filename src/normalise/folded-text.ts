/**
 * Text folded for matching (Unicode NFKC, lower case, full width to ASCII, zero-width and other format characters
 * removed, runs of white space made one space) together with a map from every folded offset back to the original,
 * so that whatever a later stage finds in `folded` can be quoted exactly from `original`.
 */
export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  /** Maps a half-open span of `folded` to the half-open span of `original` it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// A base character with the combining marks after it is folded as one cluster, so that NFD input
// ("lu\u031bo\u031bng") folds to the same text as NFC input ("lương").
const CLUSTER = /\P{M}\p{M}*|\p{M}+/suy;
const COMBINING_MARK = /\p{M}/u;
const FORMAT = /^[\p{Cf}\uFE00-\uFE0F\u180B-\u180D]+$/u;
const FORMAT_CHARS = /\p{Cf}/gu;
const WHITE_SPACE = /^\s+$/u;

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

// Han and Hangul syllables are unchanged by NFKC and have no case: the bulk of Chinese and Korean ads takes the
// fast path. (Thai is not here: NFKC rewrites SARA AM.)
const isStableWide = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xac00 && code <= 0xd7a3);

export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  // For each folded code unit, the original span of the cluster it came from.
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true; // drops leading white space

  const emit = (text: string, start: number, end: number): void => {
    for (let k = 0; k < text.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    parts.push(text);
  };
  const emitSpace = (start: number, end: number): void => {
    if (!lastWasSpace) emit(' ', start, end);
    lastWasSpace = true;
  };

  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    const next = original.charCodeAt(index + 1);
    // Marks are at U+0300 and above: below that, the next character cannot join this one.
    const joinsNext = next >= 0x300 && COMBINING_MARK.test(original.charAt(index + 1));
    if (code < 0x80 && !joinsNext) {
      if (isAsciiSpace(code)) emitSpace(index, index + 1);
      else {
        emit(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original.charAt(index), index, index + 1);
        lastWasSpace = false;
      }
      index += 1;
      continue;
    }
    if (isStableWide(code) && !joinsNext) {
      emit(original.charAt(index), index, index + 1);
      lastWasSpace = false;
      index += 1;
      continue;
    }
    CLUSTER.lastIndex = index;
    const cluster = CLUSTER.exec(original)?.[0] ?? original.charAt(index);
    const end = index + cluster.length;
    if (!FORMAT.test(cluster)) {
      const out = cluster.normalize('NFKC').toLowerCase().replace(FORMAT_CHARS, '');
      if (WHITE_SPACE.test(out)) emitSpace(index, end);
      else if (out.length > 0) {
        emit(out, index, end);
        lastWasSpace = false;
      }
    }
    index = end;
  }

  const folded = parts.join('');
  return {
    original,
    folded,
    toOriginal(spanStart, spanEnd) {
      if (spanEnd <= spanStart) {
        const at = starts[spanStart] ?? original.length;
        return { start: at, end: at };
      }
      return { start: starts[spanStart] ?? original.length, end: ends[spanEnd - 1] ?? original.length };
    },
  };
}
