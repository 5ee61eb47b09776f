import { foldPhrase } from './fold-phrase';
import { stemWord } from './stem-word';

/**
 * Folded text as a string of word stems separated by single spaces ("free flights provided" → "free flight
 * provid"), with a map from stem offsets back to folded offsets. English phrases are matched here too, so a rule
 * that lists "free flight" also finds "free flights". natural's tokenisers return tokens without offsets, so
 * tokens are found with an offset-keeping regex and only stemming is natural's.
 */
export interface StemmedText {
  readonly stems: string;
  /** Maps a span of `stems` to the span of folded text covering the whole words it touches. */
  toFolded(start: number, end: number): { start: number; end: number };
}

const WORD = /[\p{L}\p{N}]+/gu;

export function stemText(folded: string): StemmedText {
  const stemParts: string[] = [];
  const stemStarts: number[] = [];
  const foldedStarts: number[] = [];
  const foldedEnds: number[] = [];
  let length = 0;
  for (const match of folded.matchAll(WORD)) {
    const stem = stemWord(match[0]);
    if (stemParts.length > 0) length += 1;
    stemStarts.push(length);
    foldedStarts.push(match.index);
    foldedEnds.push(match.index + match[0].length);
    stemParts.push(stem);
    length += stem.length;
  }
  const stems = stemParts.join(' ');

  // The last word that starts at or before `offset` in the stem string.
  const wordAt = (offset: number): number => {
    let low = 0;
    let high = stemStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((stemStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    stems,
    toFolded(start, end) {
      if (stemStarts.length === 0) return { start: 0, end: 0 };
      const first = wordAt(start);
      const last = wordAt(Math.max(start, end - 1));
      return { start: foldedStarts[first] ?? 0, end: foldedEnds[last] ?? 0 };
    },
  };
}

/** The stem string of a phrase, or null when the phrase has characters a stem string cannot hold ("c++", "$"). */
export function stemPhrase(phrase: string): string | null {
  const folded = foldPhrase(phrase);
  const words = folded.match(WORD);
  if (words === null || words.join(' ') !== folded.replace(/[ -]+/gu, ' ')) return null;
  return words.map(stemWord).join(' ');
}
