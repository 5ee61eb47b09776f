import { codeUnitClass } from './code-unit-class';
import { collapseSpacedLetters } from './collapse-spaced-letters';
import { disguiseKindsOf, type DisguiseKind } from './disguise-kind';
import { foldCharacters } from './fold-characters';
import { joinUnspacedScripts } from './join-unspaced-scripts';
import type { FoldBuffer } from './fold-buffer';
import type { Lexicon } from './lexicon';
import { mapConfusables } from './map-confusables';
import { undoDigitSwaps } from './undo-digit-swaps';
import { readUnmarkedVietnamese } from './vietnamese-unmarked';
import { readZawgyi } from './zawgyi-to-unicode';

/**
 * Text folded for matching (Unicode NFKC, lower case, full width to ASCII, zero-width and other format characters
 * removed, runs of white space made one space, disguises undone) together with a map from every folded offset back
 * to the original, so that whatever a later stage finds in `folded` can be quoted exactly from `original`.
 */
export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  /** Maps a half-open span of `folded` to the half-open span of `original` it came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The words of `folded` that were written in disguise, in text order; empty for most text. */
  readonly disguises: readonly DisguisedWord[];
}

/** A word the normaliser had to undisguise, e.g. "telegram" from "Т е l е g r а m". */
export interface DisguisedWord {
  /** Span of the word in `folded`. */
  start: number;
  end: number;
  /** The word as folded, e.g. "telegram". */
  word: string;
  kinds: DisguiseKind[];
  /** The word is one the rules look for (see Lexicon.isKeyword), so the disguise evades them. */
  keyword: boolean;
}

export interface FoldOptions {
  /** The words rules look for: digit swaps ("v1sa") are undone only where they spell one of them. */
  lexicon?: Lexicon;
  /**
   * Folds only the start of the text that yields about this many folded code units (NFKC can multiply text); the
   * FoldedText's `original` is then that start. Default: no limit.
   */
  maxFoldedLength?: number;
}

// The words disguised-word records are cut into: runs of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/gu).
const MAX_REMEMBERED_WORDS = 4_096;

export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const { buffer: characters, hints, read } = foldCharacters(text, options.maxFoldedLength);
  // Script-specific readings, each a no-op on text without its script: Zawgyi Burmese read as Unicode, Vietnamese
  // typed mostly without diacritics read without any, spaces between Thai, Lao, Khmer or Burmese words dropped.
  const folded = joinUnspacedScripts(readUnmarkedVietnamese(readZawgyi(characters)), text);
  const original = read < text.length ? text.slice(0, read) : text;
  // Each pass runs only where the hints say it may have work; a pass that changed the text can make work for the
  // next ("v 1 s a" becomes "v1sa", "v1sа" with a Cyrillic "а" becomes "v1sa").
  let buffer = hints.spacedLetters ? collapseSpacedLetters(folded, original) : folded;
  const spacedOut = buffer !== folded;
  const beforeLookalikes = buffer;
  if (hints.lookalikes) buffer = mapConfusables(buffer);
  const lookalikesRead = buffer !== beforeLookalikes;
  if (options.lexicon !== undefined && (hints.digitSwaps || spacedOut || lookalikesRead)) {
    buffer = undoDigitSwaps(buffer, options.lexicon);
  }

  const { starts, ends } = buffer;
  return {
    original,
    folded: buffer.text,
    toOriginal(spanStart, spanEnd) {
      if (spanEnd <= spanStart) {
        const at = starts[spanStart] ?? original.length;
        return { start: at, end: at };
      }
      return { start: starts[spanStart] ?? original.length, end: ends[spanEnd - 1] ?? original.length };
    },
    disguises: disguisedWords(buffer, options.lexicon),
  };
}

function disguisedWords(buffer: FoldBuffer, lexicon: Lexicon | undefined): DisguisedWord[] {
  const { text, marks } = buffer;
  if (marks === null) return [];
  const words: DisguisedWord[] = [];
  // A wall of disguised text repeats a few words thousands of times: each is looked up once.
  const keywords = new Map<string, boolean>();
  // The words that hold a marked unit, found from the marked units: the rest of the text is not cut
  // into words at all (a regex match per word of the whole text was most of this pass on a long field).
  for (let index = 0; index < text.length; index++) {
    if ((marks[index] ?? 0) === 0) continue;
    let start = codePointStart(text, index);
    if (!isWordCodePoint(text, start)) continue;
    while (start > 0) {
      const before = codePointStart(text, start - 1);
      if (!isWordCodePoint(text, before)) break;
      start = before;
    }
    let end = start;
    while (end < text.length && isWordCodePoint(text, end)) end += codePointWidth(text, end);
    let kinds = 0;
    for (let at = start; at < end; at++) kinds |= marks[at] ?? 0;
    const word = text.slice(start, end);
    let keyword = keywords.get(word);
    if (keyword === undefined) {
      keyword = lexicon?.isKeyword(word) ?? false;
      if (keywords.size < MAX_REMEMBERED_WORDS) keywords.set(word, keyword);
    }
    words.push({ start, end, word, kinds: disguiseKindsOf(kinds), keyword });
    index = end - 1;
  }
  return words;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Where the code point that covers unit `index` starts (the high surrogate before a paired low one). */
function codePointStart(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

function codePointWidth(text: string, index: number): number {
  return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
}

const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;
// Whether a BMP code unit is a word character (a lone surrogate is not).
const isWordUnit = codeUnitClass(WORD_CODE_POINT);

/** Whether the code point that starts at `index` is a letter, a mark or a digit, as the words above are cut. */
function isWordCodePoint(text: string, index: number): boolean {
  if (codePointWidth(text, index) === 2) return WORD_CODE_POINT.test(text.slice(index, index + 2));
  return isWordUnit(text.charCodeAt(index));
}
