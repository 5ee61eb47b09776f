import { disguiseBit, type DisguiseKind } from './disguise-kind';
import { codeUnitClass } from './code-unit-class';
import { emojiCharacter, isRegionalIndicator } from './emoji-letters';
import { DisguiseHints } from './disguise-hints';
import type { FoldBuffer } from './fold-buffer';
import { smallCapitalLetter } from './small-capitals';
import { HANGUL_JOINING_LETTERS } from './hangul';

// A base character with the combining marks after it is folded as one cluster, so that NFD input
// ("lu\u031bo\u031bng") folds to the same text as NFC input ("lương").
// At most 30 marks are read as one cluster, as in Unicode's stream-safe text format (UAX #15): NFKC reorders a
// cluster's marks in quadratic time, and Zalgo text or a wall of Hebrew points is one cluster of thousands.
// The half-width kana voiced and semi-voiced marks (ﾞ ﾟ) are letters to Unicode, not marks, but NFKC composes them
// with the kana before them (ｶﾝﾎﾞｼﾞｱ -> カンボジア) only when both are folded together.
const MAX_CLUSTER_MARKS = 30;
// Hangul vowel and final letters (conjoining jamo) join the letter before them as marks do: Korean pasted from macOS
// is decomposed (NFD), and only folded together do its letters compose back into syllables (텔레그램, not ᄐ ᅦ ᆯ ...).
const JOINING = `\\p{M}\\uFF9E\\uFF9F${HANGUL_JOINING_LETTERS}`;
const MARK = `[${JOINING}]`;
// A cluster is what /[^JOINING]MARK{0,30}|MARK{1,30}/suy matches: clusterEnd reads it with table lookups.
const ASTRAL_MARK = new RegExp(`^${MARK}$`, 'u');
// A Latin letter (a small capital too) that keeps combining marks after NFKC composed what it could: orthographies
// write precomposed letters, but "C̵a̵m̵b̵o̵d̵i̵a̵" (a strike-through on every letter) and Zalgo stack marks to hide
// a word. The bare letter is read, without any of its marks.
const OVERLAID_LETTER = /^(\p{Script=Latin})\p{M}+$/u;
const COMBINING_MARK = new RegExp(`[\\p{M}${HANGUL_JOINING_LETTERS}]`, 'u');
const FORMAT = /^[\p{Cf}\uFE00-\uFE0F\u180B-\u180D]+$/u;
const FORMAT_CHARS = /\p{Cf}/gu;
const WHITE_SPACE = /^\s+$/u;
const WORD_CHARACTER = /^[\p{L}\p{N}]/u;
const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{N}]$/u;
// Format characters that hide inside a word to split it for a filter. Soft hyphens (honest hyphenation points in
// web text) and variation selectors (emoji presentation) are removed too, but are not counted as disguise.
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E]/u;
const ASCII_ALPHANUMERIC = /^[a-z0-9]+$/;
const INVISIBLE_BIT = disguiseBit('invisible');
const SMALL_CAPITAL_BIT = disguiseBit('small-capital');
const OVERLAY_BIT = disguiseBit('overlay');
// Regional indicators read as letters only in runs longer than one flag.
const MIN_REGIONAL_LETTERS = 3;

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

// Han and Hangul syllables are unchanged by NFKC and have no case: the bulk of Chinese and Korean ads takes the
// fast path. (Thai is not here: NFKC rewrites SARA AM.)
const isStableWide = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xac00 && code <= 0xd7a3);

/** Which disguise, if any, NFKC undid when it turned a character into plain ASCII letters or digits. */
function styleOf(code: number): DisguiseKind | null {
  if (code >= 0xff00 && code <= 0xffef) return 'wide';
  if (code >= 0x1d400 && code <= 0x1d7ff) return 'styled';
  if ((code >= 0x2460 && code <= 0x24ff) || (code >= 0x1f100 && code <= 0x1f1ff)) return 'enclosed';
  return null;
}

/** The folded characters, and what they tell about the disguises later passes may have to undo. */
export interface FoldedCharacters {
  buffer: FoldBuffer;
  hints: DisguiseHints;
  /** How much of the original was folded: all of it, unless the folded text reached `maxLength` first. */
  read: number;
}

/**
 * The first folding pass: Unicode NFKC, lower case, white space runs made one space, format characters removed,
 * emoji letters and digits read as plain ones; every character marked with the disguise it undid. Folding stops at
 * the first cluster boundary past `maxLength` folded code units: NFKC can multiply text ("ﷺ" is 18 letters).
 */
export function foldCharacters(original: string, maxLength = Infinity): FoldedCharacters {
  if (original.length <= maxLength && !NON_ASCII.test(original)) return foldAscii(original);
  // Folded code units and their spans go straight into typed arrays: one string per character, joined at the end,
  // and three growing arrays of numbers were most of the cost of folding text that is not plain ASCII.
  const out = new FoldWriter(Math.min(original.length, maxLength) + 16);
  const hints = new DisguiseHints();
  let lastWasSpace = true; // drops leading white space
  // An invisible character was dropped right after a letter or digit: the next letter or digit is marked.
  let invisibleAfterWord = false;
  // The run of regional indicators being read: where it ends and how many letters it has.
  let regionalRunEnd = -1;
  let regionalRunLetters = 0;

  // Characters of the slow path: anything but plain ASCII and Han or Hangul.
  const emit = (text: string, start: number, end: number, mark: number): void => {
    if (invisibleAfterWord) {
      if (WORD_CHARACTER.test(text)) mark |= INVISIBLE_BIT;
      invisibleAfterWord = false;
    }
    for (let k = 0; k < text.length; k++) {
      const unit = text.charCodeAt(k);
      out.push(unit, start, end, mark);
      hints.observe(unit);
    }
    lastWasSpace = false;
  };
  const emitSpace = (start: number, end: number): void => {
    invisibleAfterWord = false;
    if (lastWasSpace) return;
    out.push(32, start, end, 0);
    hints.observe(32);
    lastWasSpace = true;
  };

  let index = 0;
  while (index < original.length && out.length < maxLength) {
    const code = original.charCodeAt(index);
    const next = original.charCodeAt(index + 1);
    // Marks are at U+0300 and above: below that, the next character cannot join this one.
    const joinsNext = next >= 0x300 && isMarkUnit(next);
    if (code < 0x80 && !joinsNext) {
      if (isAsciiSpace(code)) emitSpace(index, index + 1);
      else {
        const lower = code >= 65 && code <= 90 ? code + 32 : code;
        if (invisibleAfterWord && ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57))) {
          emit(String.fromCharCode(lower), index, index + 1, INVISIBLE_BIT);
        } else {
          invisibleAfterWord = false;
          out.push(lower, index, index + 1, 0);
          hints.observe(lower);
          lastWasSpace = false;
        }
      }
      index += 1;
      continue;
    }
    if (isStableWide(code) && !joinsNext) {
      if (invisibleAfterWord) {
        emit(original.charAt(index), index, index + 1, INVISIBLE_BIT);
        index += 1;
        continue;
      }
      // A run of Han or Hangul syllables is copied as it is: each unit folds to itself.
      let end = index + 1;
      while (end < original.length && out.length + (end - index) < maxLength && isStableWide(original.charCodeAt(end))) end++;
      if (end < original.length && end - index > 1) {
        const after = original.charCodeAt(end);
        if (after >= 0x300 && isMarkUnit(after)) end--;
      }
      for (let at = index; at < end; at++) {
        out.push(original.charCodeAt(at), at, at + 1, 0);
        hints.observeWide();
      }
      lastWasSpace = false;
      index = end;
      continue;
    }
    // A code unit of the BMP alone in its cluster folds the same way wherever it stands: its folding is computed
    // once and remembered (the cluster path took about half a microsecond per character of Cyrillic or Thai).
    if (!joinsNext && (code < 0xd800 || code > 0xdfff) && next !== 0xff9e && next !== 0xff9f) {
      // Most such units fold to one unit with no disguise (a Cyrillic, Greek or Thai letter, a capital): a table read.
      const single = singleUnitFolding(code);
      if (single >= 0 && !invisibleAfterWord) {
        out.push(single, index, index + 1, 0);
        hints.observe(single);
        lastWasSpace = false;
        index += 1;
        continue;
      }
      const unit = unitFolding(code);
      if (unit !== null) {
        index += 1;
        if (unit.kind === UNIT_FORMAT) {
          if (unit.invisible && out.endsWithWordCharacter()) invisibleAfterWord = true;
        } else if (unit.kind === UNIT_SPACE) emitSpace(index - 1, index);
        else if (unit.kind === UNIT_TEXT) emit(unit.text, index - 1, index, unit.mark);
        continue;
      }
    }
    const end = clusterEnd(original, index);
    const cluster = original.slice(index, end);
    const start = index;
    index = end;
    if (FORMAT.test(cluster)) {
      if (INVISIBLE.test(cluster) && out.endsWithWordCharacter()) invisibleAfterWord = true;
      continue;
    }
    const point = cluster.codePointAt(0) ?? 0;
    if (!isRegionalIndicator(point)) {
      // Folded once per distinct cluster: Thai, Devanagari or Vietnamese written with combining marks, and Zalgo,
      // repeat a few clusters thousands of times, and NFKC per cluster was most of their cost.
      const folding = clusterFolding(cluster, point);
      if (folding.kind === UNIT_SPACE) emitSpace(start, end);
      else if (folding.kind === UNIT_TEXT) emit(folding.text, start, end, folding.mark);
      continue;
    }
    if (start >= regionalRunEnd) {
      regionalRunEnd = endOfRegionalRun(original, start);
      regionalRunLetters = (regionalRunEnd - start) / 2;
    }
    const emoji = regionalRunLetters < MIN_REGIONAL_LETTERS ? null : emojiCharacter(cluster, point);
    if (emoji !== null) {
      emit(emoji.text, start, end, disguiseBit(emoji.kind));
      continue;
    }
    const folding = foldCluster(cluster, point, false);
    if (folding.kind === UNIT_SPACE) emitSpace(start, end);
    else if (folding.kind === UNIT_TEXT) emit(folding.text, start, end, folding.mark);
  }
  hints.finish();
  return { buffer: out.finish(), hints, read: index };
}

/**
 * The folded code units being written, each with the span of the original it came from and its disguise marks, in
 * typed arrays that double when full. Marks are allocated at the first marked unit (typed arrays start at zero).
 */
class FoldWriter {
  length = 0;
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private marks: Uint16Array | null = null;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number, mark: number): void {
    if (this.length === this.codes.length) this.grow();
    const at = this.length++;
    this.codes[at] = code;
    this.starts[at] = start;
    this.ends[at] = end;
    if (mark !== 0) {
      this.marks ??= new Uint16Array(this.codes.length);
      this.marks[at] = mark;
    }
  }

  /** Whether the last unit written ends a letter or a digit (the whole code point, for a surrogate pair). */
  endsWithWordCharacter(): boolean {
    if (this.length === 0) return false;
    const last = this.codes[this.length - 1] as number;
    if (last < 0x80) return (last >= 97 && last <= 122) || (last >= 48 && last <= 57) || (last >= 65 && last <= 90);
    const before = this.length > 1 ? (this.codes[this.length - 2] as number) : 0;
    const character = last >= 0xdc00 && last <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? String.fromCharCode(before, last) : String.fromCharCode(last);
    return ENDS_WITH_WORD_CHARACTER.test(character);
  }

  finish(): FoldBuffer {
    const { length } = this;
    // Chunks well under any engine's limit on arguments; concatenated, a string is built in a few ns per unit.
    let text = '';
    for (let from = 0; from < length; from += TEXT_CHUNK) {
      text += String.fromCharCode.apply(null, this.codes.subarray(from, Math.min(length, from + TEXT_CHUNK)) as unknown as number[]);
    }
    return {
      text,
      starts: this.starts.subarray(0, length),
      ends: this.ends.subarray(0, length),
      marks: this.marks === null ? null : this.marks.subarray(0, length),
    };
  }

  private grow(): void {
    const capacity = this.codes.length * 2 + 16;
    const grown = <T extends Uint16Array | Int32Array>(array: T, make: (size: number) => T): T => {
      const copy = make(capacity);
      copy.set(array);
      return copy;
    };
    this.codes = grown(this.codes, (size) => new Uint16Array(size));
    this.starts = grown(this.starts, (size) => new Int32Array(size));
    this.ends = grown(this.ends, (size) => new Int32Array(size));
    if (this.marks !== null) this.marks = grown(this.marks, (size) => new Uint16Array(size));
  }
}

const TEXT_CHUNK = 4096;

const UNIT_FORMAT = 0;
const UNIT_SPACE = 1;
const UNIT_TEXT = 2;
const UNIT_NOTHING = 3;

/** How one BMP code unit that is a cluster of its own folds: what the cluster path does with it. */
type UnitFolding =
  | { kind: typeof UNIT_FORMAT; invisible: boolean }
  | { kind: typeof UNIT_SPACE }
  | { kind: typeof UNIT_TEXT; text: string; mark: number }
  | { kind: typeof UNIT_NOTHING };

const unitFoldings = new Map<number, UnitFolding | null>();
// Per BMP code unit: 0 not yet known, else 1 + what singleUnitFolding returns (so 0 for no single unit).
const singleUnits = new Int32Array(0x10000);
const NOT_SINGLE = -1;

/**
 * The one code unit that a BMP unit (not a surrogate, alone in its cluster) folds to with no disguise mark, or -1
 * when its folding is anything else (nothing, a space, several units, a marked unit, or the cluster path's).
 */
function singleUnitFolding(code: number): number {
  const known = singleUnits[code] as number;
  if (known !== 0) return known - 1;
  const unit = unitFolding(code);
  const single = unit !== null && unit.kind === UNIT_TEXT && unit.mark === 0 && unit.text.length === 1 ? unit.text.charCodeAt(0) : NOT_SINGLE;
  singleUnits[code] = single + 1;
  return single;
}
/** Whether a code unit is a combining mark, as `COMBINING_MARK.test(text.charAt(i))` says (a lone surrogate is not). */
const isMarkUnit = codeUnitClass(COMBINING_MARK);

/**
 * The folding of a BMP code unit (not a surrogate) that is a cluster on its own, as the cluster path computes it,
 * remembered; null for a unit that always takes the cluster path (a mark, or a half-width voiced mark, which
 * start clusters of their own kind).
 */
function unitFolding(code: number): UnitFolding | null {
  let folding = unitFoldings.get(code);
  if (folding !== undefined) return folding;
  const cluster = String.fromCharCode(code);
  if (isMarkUnit(code) || code === 0xff9e || code === 0xff9f) folding = null;
  else if (FORMAT.test(cluster)) folding = { kind: UNIT_FORMAT, invisible: INVISIBLE.test(cluster) };
  else {
    const emoji = emojiCharacter(cluster, code);
    const small = smallCapitalLetter(code);
    if (emoji !== null) folding = { kind: UNIT_TEXT, text: emoji.text, mark: disguiseBit(emoji.kind) };
    else if (small !== undefined) folding = { kind: UNIT_TEXT, text: small, mark: SMALL_CAPITAL_BIT };
    else {
      const out = cluster.normalize('NFKC').toLowerCase().replace(FORMAT_CHARS, '');
      if (WHITE_SPACE.test(out)) folding = { kind: UNIT_SPACE };
      else if (out.length === 0) folding = { kind: UNIT_NOTHING };
      else {
        const style = out !== cluster ? styleOf(code) : null;
        const styled = style !== null && ASCII_ALPHANUMERIC.test(out);
        folding = { kind: UNIT_TEXT, text: out, mark: styled ? disguiseBit(style) : 0 };
      }
    }
  }
  unitFoldings.set(code, folding);
  return folding;
}

const clusterFoldings = new Map<string, UnitFolding>();
const MAX_CLUSTER_FOLDINGS = 10_000;

/** The folding of a cluster that is no format character and no regional indicator, remembered (bounded). */
function clusterFolding(cluster: string, point: number): UnitFolding {
  let folding = clusterFoldings.get(cluster);
  if (folding === undefined) {
    folding = foldCluster(cluster, point, true);
    if (clusterFoldings.size >= MAX_CLUSTER_FOLDINGS) clusterFoldings.clear();
    clusterFoldings.set(cluster, folding);
  }
  return folding;
}

/**
 * How the cluster path folds a cluster (not a format character): an emoji letter or digit (when `emoji` is asked
 * for), a small capital, a letter under stacked marks, white space, or its NFKC lower case.
 */
function foldCluster(cluster: string, point: number, emoji: boolean): UnitFolding {
  const emojiFolding = emoji ? emojiCharacter(cluster, point) : null;
  if (emojiFolding !== null) return { kind: UNIT_TEXT, text: emojiFolding.text, mark: disguiseBit(emojiFolding.kind) };
  const small = smallCapitalLetter(point);
  if (small !== undefined && cluster.length === 1) return { kind: UNIT_TEXT, text: small, mark: SMALL_CAPITAL_BIT };
  const out = cluster.normalize('NFKC').toLowerCase().replace(FORMAT_CHARS, '');
  const overlaid = cluster.length > 1 ? OVERLAID_LETTER.exec(out) : null;
  if (overlaid !== null) {
    // Marks stacked that high are not spelling: the bare letter is read ("Ć̵" is "c").
    const base = (overlaid[1] ?? '').normalize('NFD').charAt(0);
    const letter = smallCapitalLetter(base.codePointAt(0) ?? 0) ?? base;
    return { kind: UNIT_TEXT, text: letter, mark: OVERLAY_BIT | (letter === base ? 0 : SMALL_CAPITAL_BIT) };
  }
  if (WHITE_SPACE.test(out)) return { kind: UNIT_SPACE };
  if (out.length === 0) return { kind: UNIT_NOTHING };
  const style = out !== cluster ? styleOf(point) : null;
  const styled = style !== null && ASCII_ALPHANUMERIC.test(out);
  return { kind: UNIT_TEXT, text: out, mark: styled ? disguiseBit(style) : 0 };
}

/**
 * Where the cluster that starts at `index` ends: a character that joins nothing before it and up to
 * MAX_CLUSTER_MARKS joining ones after it, or that many joining ones alone. Read code point by code point from the
 * mark table (a sticky regex per cluster was most of the cost of text written with combining marks).
 */
function clusterEnd(text: string, index: number): number {
  let end = index;
  let width = joiningWidth(text, end);
  if (width < 0) {
    end += -width;
    width = end < text.length ? joiningWidth(text, end) : -1;
  }
  for (let marks = 0; width > 0 && marks < MAX_CLUSTER_MARKS; marks++) {
    end += width;
    width = end < text.length ? joiningWidth(text, end) : -1;
  }
  return end;
}

const astralMarks = new Map<number, boolean>();

/** The width of the code point at `at` (1 or 2 units): positive when it joins the one before, negative if not. */
function joiningWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      let joins = astralMarks.get(point);
      if (joins === undefined) {
        joins = ASTRAL_MARK.test(String.fromCodePoint(point));
        if (astralMarks.size >= MAX_CLUSTER_FOLDINGS) astralMarks.clear();
        astralMarks.set(point, joins);
      }
      return joins ? 2 : -2;
    }
    return -1;
  }
  return isMarkUnit(code) || code === 0xff9e || code === 0xff9f ? 1 : -1;
}

/** Where the run of regional indicators (two code units each) that starts at `start` ends. */
function endOfRegionalRun(original: string, start: number): number {
  let at = start;
  while (at < original.length && isRegionalIndicator(original.codePointAt(at) ?? 0)) at += 2;
  return at;
}

const NON_ASCII = /[^\0-\x7f]/;

/**
 * `foldCharacters` of plain ASCII text (most ads), in one loop with no per-character strings or calls: lower case,
 * white space runs made one space (leading ones dropped), each unit mapped to the one it came from. Nothing is
 * marked: no disguise is undone.
 */
function foldAscii(original: string): FoldedCharacters {
  const text = original.toLowerCase().trimStart().replace(ASCII_SPACE_RUN, ' ');
  // Typed arrays: no per-element boxing or growth, and a 64 KiB field's map is two 256 KiB blocks.
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let length = 0;
  let lastWasSpace = true;
  for (let index = 0; index < original.length; index++) {
    if (isAsciiSpace(original.charCodeAt(index))) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    starts[length] = index;
    ends[length] = index + 1;
    length++;
  }
  // What DisguiseHints would say after observing every unit, read from the folded text by two linear regexes (a
  // test holds them to the general path's hints): no look-alike script in ASCII.
  const hints = new DisguiseHints();
  hints.digitSwaps = ASCII_DIGIT_SWAP.test(text);
  hints.spacedLetters = hasSpacedLetters(text);
  return { buffer: { text, starts, ends, marks: null }, hints, read: original.length };
}

// A digit or @ $ ! | between two letters of one token ("v1sa", "wh@ts"): the run of them is scanned once per letter
// before it.
const ASCII_DIGIT_SWAP = /[a-z][0-9@$!|]+[a-z]/;
/**
 * Whether lower-case ASCII text has four one-character words in a row ("t e l e", "w.h.a.t"), words being runs of
 * letters and digits: what /(?<![a-z0-9])[a-z0-9](?![a-z0-9])(?:[^a-z0-9]+[a-z0-9](?![a-z0-9])){3}/ finds, in one
 * loop (V8 tried that regex's look-behind at every offset of every ad).
 */
export function hasSpacedLetters(text: string): boolean {
  let inRow = 0;
  let run = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      run++;
      continue;
    }
    if (run === 0) continue;
    inRow = run === 1 ? inRow + 1 : 0;
    if (inRow >= 4) return true;
    run = 0;
  }
  return false;
}

// Runs to make one space: two blanks or more, or a blank other than a space (single spaces, most of them, stay).
const ASCII_SPACE_RUN = /[\t-\r ]{2,}|[\t-\r]/g;
