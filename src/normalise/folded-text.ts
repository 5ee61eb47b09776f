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
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const FORMAT = /^[\p{Cf}\uFE00-\uFE0F\u180B-\u180D]+$/u;
const WHITE_SPACE = /^\s+$/u;
const ASCII_CHAR = /^[\x21-\x7e]$/;

export function foldText(original: string): FoldedText {
  let folded = '';
  // For each folded code unit, the original span of the cluster it came from.
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true; // drops leading white space

  const emit = (text: string, start: number, end: number): void => {
    for (let k = 0; k < text.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    folded += text;
  };

  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const end = start + cluster.length;
    if (ASCII_CHAR.test(cluster)) {
      emit(cluster.toLowerCase(), start, end);
      lastWasSpace = false;
      continue;
    }
    if (WHITE_SPACE.test(cluster)) {
      if (!lastWasSpace) emit(' ', start, end);
      lastWasSpace = true;
      continue;
    }
    if (FORMAT.test(cluster)) continue;
    const out = cluster.normalize('NFKC').toLowerCase().replace(/[\p{Cf}]/gu, '');
    if (out.length === 0) continue;
    if (WHITE_SPACE.test(out)) {
      if (!lastWasSpace) emit(' ', start, end);
      lastWasSpace = true;
      continue;
    }
    emit(out, start, end);
    lastWasSpace = false;
  }

  return {
    original,
    folded,
    toOriginal(spanStart, spanEnd) {
      if (spanEnd <= spanStart) {
        const at = spanStart < starts.length ? (starts[spanStart] ?? original.length) : original.length;
        return { start: at, end: at };
      }
      return { start: starts[spanStart] ?? original.length, end: ends[spanEnd - 1] ?? original.length };
    },
  };
}
