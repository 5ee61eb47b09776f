import { codeUnitClass } from './code-unit-class';
import { disguiseBit } from './disguise-kind';
import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';
import { latinConfusables } from './latin-confusables';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LOOKALIKE_SCRIPT_LETTER =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}\p{Script=Canadian_Aboriginal}]/u;
// Whether a BMP code unit is a letter of a look-alike script.
const isLookalikeScriptUnit = codeUnitClass(LOOKALIKE_SCRIPT_LETTER);
const HOMOGLYPH = disguiseBit('homoglyph');

/**
 * Reads look-alike letters of other scripts as the Latin letters they imitate (UTS #39 confusable skeletons), but
 * only in words that then become plain Latin words:
 * - a word that mixes Latin with look-alikes ("Теlеgrаm" with Cyrillic Т, е, а) is always read as Latin: UTS #39
 *   counts one word in two such scripts as suspicious in itself;
 * - a word made only of look-alikes ("ѕсаm", "раѕѕроrt") is read as Latin only when the text around it is mostly
 *   Latin, so that Russian, Greek or Armenian text ("рос", "ακ") stays as it is.
 */
export function mapConfusables(buffer: FoldBuffer): FoldBuffer {
  const { table, anyLookalike } = latinConfusables();
  const text = buffer.text;
  if (!anyLookalike.test(text)) return buffer;
  const latinText = mostlyLatin(text);

  // Hostile text repeats a few words thousands of times: each is judged once.
  const judged = new Map<string, boolean>();
  let writer: FoldBufferWriter | null = null;
  let copied = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // No real word is that long: a hostile run of look-alikes ("ѕ" 30,000 times) is left as it is.
    if (word.length > MAX_WORD_LENGTH) continue;
    let reads = judged.get(word);
    if (reads === undefined) {
      reads = readsAsLatin(word, table) && (latinText || /[a-z]/.test(word));
      if (judged.size < MAX_JUDGED) judged.set(word, reads);
    }
    if (!reads) continue;
    writer ??= new FoldBufferWriter(buffer);
    // Runs of Latin letters between look-alikes are copied whole.
    let at = match.index;
    for (const character of word) {
      const latin = table.get(character);
      if (latin !== undefined) {
        writer.copy(copied, at);
        writer.replace(at, at + character.length, latin, HOMOGLYPH);
        copied = at + character.length;
      }
      at += character.length;
    }
  }
  if (writer === null) return buffer;
  writer.copy(copied, text.length);
  return writer.finish();
}

const MAX_JUDGED = 4_096;
/** Longest word read back: longer than any real one ("pneumonoultramicroscopicsilicovolcanoconiosis" is 45). */
export const MAX_WORD_LENGTH = 64;

/** True when the word has a look-alike and, once they are replaced, only ASCII letters and digits. */
function readsAsLatin(word: string, table: ReadonlyMap<string, string>): boolean {
  let lookalike = false;
  for (const character of word) {
    const code = character.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
    if (!table.has(character)) return false;
    lookalike = true;
  }
  return lookalike;
}

/** More ASCII letters than letters of the look-alike scripts, counted in one pass with no regex per ASCII letter. */
function mostlyLatin(text: string): boolean {
  let balance = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 97 && code <= 122) balance += 1;
      continue;
    }
    const point = text.codePointAt(index) ?? code;
    if (point > 0xffff) {
      // Astral: Lisu Supplement and the like, rare enough to ask the regex.
      if (LOOKALIKE_SCRIPT_LETTER.test(String.fromCodePoint(point))) balance -= 1;
      index += 1;
      continue;
    }
    if (isLookalikeScriptUnit(code)) balance -= 1;
  }
  return balance > 0;
}
