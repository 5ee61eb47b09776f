import { disguiseBit } from './disguise-kind';
import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';
import { latinConfusables } from './latin-confusables';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII_LETTER = /[a-z]/g;
const LOOKALIKE_SCRIPT_LETTER =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}\p{Script=Canadian_Aboriginal}]/gu;
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
  const latinText = count(text, ASCII_LETTER) > count(text, LOOKALIKE_SCRIPT_LETTER);

  let writer: FoldBufferWriter | null = null;
  let copied = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!readsAsLatin(word, table) || (!latinText && !/[a-z]/.test(word))) continue;
    writer ??= new FoldBufferWriter(buffer);
    writer.copy(copied, match.index);
    let at = match.index;
    for (const character of word) {
      const latin = table.get(character);
      if (latin === undefined) writer.copy(at, at + character.length);
      else writer.replace(at, at + character.length, latin, HOMOGLYPH);
      at += character.length;
    }
    copied = at;
  }
  if (writer === null) return buffer;
  writer.copy(copied, text.length);
  return writer.finish();
}

/** True when the word has a look-alike and, once they are replaced, only ASCII letters and digits. */
function readsAsLatin(word: string, table: ReadonlyMap<string, string>): boolean {
  let lookalike = false;
  for (const character of word) {
    if (table.has(character)) lookalike = true;
    else if (!/^[a-z0-9]$/.test(character)) return false;
  }
  return lookalike;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let total = 0;
  while (pattern.exec(text) !== null) total += 1;
  return total;
}
