import { foldPhrase } from './fold-phrase';
import { codeUnitClass } from './code-unit-class';
import type { FoldedText } from './folded-text';
import { stemWord } from './stem-word';

/**
 * Folded text as a string of word stems separated by single spaces ("free flights provided" → "free flight
 * provid"), with a map from stem offsets back to folded offsets. English phrases are matched here too, so a rule
 * that lists "free flight" also finds "free flights". natural's tokenisers return tokens without offsets, so
 * tokens are found with an offset-keeping regex and only stemming is natural's.
 */
export interface StemmedText {
  readonly stems: string;
  /** The stem of each word, in text order: `stems` split at its spaces. */
  readonly words: readonly string[];
  /** Maps a span of `stems` to the span of folded text covering the whole words it touches. */
  toFolded(start: number, end: number): { start: number; end: number };
  /** The span of folded text of word `index` (of `words`): where a classifier term is quoted from. */
  wordSpan(index: number): { start: number; end: number };
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// Whether each ASCII code unit is a letter or a digit; text past ASCII asks WORD_CHAR once per code point.
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, code) => (/[a-z0-9]/i.test(String.fromCharCode(code)) ? 1 : 0));

export function stemText(folded: string): StemmedText {
  const stemParts: string[] = [];
  const stemStarts: number[] = [];
  const foldedStarts: number[] = [];
  const foldedEnds: number[] = [];
  let length = 0;
  // The words of WORD, found by hand: matchAll allocated a match array per word and was half of stemming.
  let index = 0;
  while (index < folded.length) {
    const start = index;
    // The word's hash, for the word table, computed as its units are read.
    let hash = 0;
    while (index < folded.length) {
      const width = wordCharWidth(folded, index);
      if (width === 0) break;
      hash = (Math.imul(hash, 31) + folded.charCodeAt(index)) | 0;
      if (width === 2) hash = (Math.imul(hash, 31) + folded.charCodeAt(index + 1)) | 0;
      index += width;
    }
    if (index === start) {
      index += (folded.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const stem = tableStem(folded, start, index, hash);
    if (stemParts.length > 0) length += 1;
    stemStarts.push(length);
    foldedStarts.push(start);
    foldedEnds.push(index);
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
    words: stemParts,
    toFolded(start, end) {
      if (stemStarts.length === 0) return { start: 0, end: 0 };
      const first = wordAt(start);
      const last = wordAt(Math.max(start, end - 1));
      return { start: foldedStarts[first] ?? 0, end: foldedEnds[last] ?? 0 };
    },
    wordSpan(index) {
      return { start: foldedStarts[index] ?? 0, end: foldedEnds[index] ?? 0 };
    },
  };
}

/**
 * The word table: the stems of words seen, in slots chosen by a hash of the word's code units, which stemText
 * computes as it reads them. A word found in its slot costs no string and no hashing by V8; a word is cut from the
 * text and stemmed (stemWord, itself cached) only on a miss, and then takes the slot. Cutting every word out of the
 * text to look it up by string was most of the cost of stemming. Words are kept only up to TABLE_WORD_LENGTH
 * code units: V8 copies strings that short, where a longer one would be a view keeping its whole text alive.
 */
const TABLE_SIZE = 1 << 14;
const TABLE_WORD_LENGTH = 12;
const tableWords: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);
const tableStems: string[] = new Array<string>(TABLE_SIZE).fill('');

/** stemWord(text.slice(start, end)), through the word table. */
function tableStem(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  if (length > TABLE_WORD_LENGTH) return stemWord(text.slice(start, end));
  const slot = (hash ^ (hash >>> 14)) & (TABLE_SIZE - 1);
  const known = tableWords[slot];
  if (known !== undefined && known.length === length) {
    let same = true;
    for (let at = 0; at < length; at++) {
      if (known.charCodeAt(at) !== text.charCodeAt(start + at)) {
        same = false;
        break;
      }
    }
    if (same) return tableStems[slot] as string;
  }
  const word = text.slice(start, end);
  const stem = stemWord(word);
  tableWords[slot] = word;
  tableStems[slot] = stem;
  return stem;
}

const stemmedByText = new WeakMap<FoldedText, StemmedText>();

/**
 * The stems of a folded field, computed once however many stages read them (the matcher's stem phrases, and the
 * classifier's tokens, which are the same words and stems).
 */
export function stemFolded(text: FoldedText): StemmedText {
  let stemmed = stemmedByText.get(text);
  if (stemmed === undefined) {
    stemmed = stemText(text.folded);
    stemmedByText.set(text, stemmed);
  }
  return stemmed;
}

// Whether a BMP code unit (not a surrogate) is a letter or a digit.
const isWordCharUnit = codeUnitClass(WORD_CHAR);

/** How many code units of a word character (a letter or a digit) start at `index`: 0 for any other character. */
function wordCharWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_WORD_CHAR[code] ?? 0;
  if (code < 0xd800 || code > 0xdfff) {
    return isWordCharUnit(code) ? 1 : 0;
  }
  const point = text.codePointAt(index) ?? code;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/** The stem string of a phrase, or null when the phrase has characters a stem string cannot hold ("c++", "$"). */
export function stemPhrase(phrase: string): string | null {
  const folded = foldPhrase(phrase);
  const words = folded.match(WORD);
  if (words === null || words.join(' ') !== folded.replace(/[ -]+/gu, ' ')) return null;
  return words.map(stemWord).join(' ');
}
