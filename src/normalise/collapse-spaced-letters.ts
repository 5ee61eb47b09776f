import { disguiseBit } from './disguise-kind';
import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';

/** Fewest single letters that make a spaced-out word: "U.S.A." and "a b c" in honest prose stay as written. */
export const MIN_SPACED_LETTERS = 4;

const SPACED = disguiseBit('spaced');
// What may stand between spaced-out letters, in the original text: spaces, dots, dashes, stars, bullets, bars.
// Commas and semicolons are list punctuation ("a, b, c, d"), and a line break ends a run.
const SEPARATOR = /^[ \t\u00a0\u3000.\-_*·•|~/']{1,6}$/u;
const SINGLE_LETTER = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u;
const NON_ASCII_WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

const isAsciiLetter = (code: number): boolean => code >= 97 && code <= 122;
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return isAsciiLetter(code) || isAsciiDigit(code);
  // Surrogates are astral characters: letters and digits of other scripts, or emoji. Either way not a separator.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return NON_ASCII_WORD_CHARACTER.test(text.charAt(index));
}

/** A single letter or digit standing alone between separators. */
interface Unit {
  at: number;
  letter: boolean;
}

/**
 * Joins letters that were spaced or dotted out to slip past a filter: "T e l e g r a m", "w.h.a.t.s.a.p.p",
 * "v-1-s-a". A run needs MIN_SPACED_LETTERS or more single characters, mostly letters, joined by one and the same
 * separator in the original text; a wider separator inside the run ("C O N T A C T   V I A") is a word break and
 * becomes one space. Runs of digits alone (spaced phone numbers) are left to the phone finder.
 */
export function collapseSpacedLetters(buffer: FoldBuffer, original: string): FoldBuffer {
  const runs = findSpacedRuns(buffer, original);
  if (runs.length === 0) return buffer;
  const writer = new FoldBufferWriter(buffer);
  let copied = 0;
  for (const run of runs) {
    for (const [index, unit] of run.units.entries()) {
      if (index === 0) writer.copy(copied, unit.at);
      else if (run.wordStarts.has(unit)) writer.replace(copied, unit.at, ' ', 0);
      writer.replace(unit.at, unit.at + 1, buffer.text.charAt(unit.at), SPACED);
      copied = unit.at + 1;
    }
  }
  writer.copy(copied, buffer.text.length);
  return writer.finish();
}

interface SpacedRun {
  units: Unit[];
  /** Units that start a new word. */
  wordStarts: Set<Unit>;
}

function findSpacedRuns(buffer: FoldBuffer, original: string): SpacedRun[] {
  const { text } = buffer;
  const runs: SpacedRun[] = [];
  let chain: Unit[] = [];
  let separators: string[] = [];
  const closeChain = (): void => {
    runs.push(...spacedRunsOf(chain, separators));
    chain = [];
    separators = [];
  };

  let index = 0;
  while (index < text.length) {
    if (!isWordCharacter(text, index)) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < text.length && isWordCharacter(text, end)) end += 1;
    const character = text.charAt(index);
    if (end - index !== 1 || !(isAsciiDigit(text.charCodeAt(index)) || SINGLE_LETTER.test(character))) {
      if (chain.length > 0) closeChain();
      index = end;
      continue;
    }
    const previous = chain[chain.length - 1];
    if (previous !== undefined) {
      const separator = original.slice(buffer.ends[previous.at] ?? 0, buffer.starts[index] ?? 0);
      if (!SEPARATOR.test(separator)) closeChain();
      else separators.push(separator);
    }
    chain.push({ at: index, letter: !isAsciiDigit(text.charCodeAt(index)) });
    index = end;
  }
  if (chain.length > 0) closeChain();
  return runs;
}

/**
 * The deliberate runs in a chain of single characters: the separator used most (the narrowest on a tie) joins
 * letters; a wider one made of white space breaks words; any other separator ends the run.
 */
function spacedRunsOf(chain: readonly Unit[], separators: readonly string[]): SpacedRun[] {
  if (chain.length < MIN_SPACED_LETTERS) return [];
  const counts = new Map<string, number>();
  for (const separator of separators) counts.set(separator, (counts.get(separator) ?? 0) + 1);
  const [inner] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.length - b.length)[0] ?? [''];
  const isWordBreak = (separator: string): boolean => separator.length > inner.length && separator.trim() === inner.trim();

  const runs: SpacedRun[] = [];
  let units: Unit[] = [chain[0] as Unit];
  let wordStarts = new Set<Unit>();
  const closeRun = (): void => {
    // A digit at either end is a number next to the word ("w i t h i n 3 days"), not a swapped letter. Trimmed by
    // index: shifting a run of thousands of digits ("1.1.1.…") one at a time was quadratic.
    let from = 0;
    let to = units.length;
    while (from < to && !units[from]?.letter) from++;
    while (to > from && !units[to - 1]?.letter) to--;
    if (from > 0 || to < units.length) units = units.slice(from, to);
    const first = units[0];
    if (first !== undefined) wordStarts.delete(first);
    const letters = units.filter((unit) => unit.letter).length;
    const joined = units.length - 1 - wordStarts.size;
    if (joined >= MIN_SPACED_LETTERS - 1 && letters > units.length - letters) runs.push({ units, wordStarts });
    units = [];
    wordStarts = new Set();
  };
  separators.forEach((separator, index) => {
    const unit = chain[index + 1] as Unit;
    if (separator !== inner && !isWordBreak(separator)) closeRun();
    else if (separator !== inner) wordStarts.add(unit);
    units.push(unit);
  });
  closeRun();
  return runs;
}
