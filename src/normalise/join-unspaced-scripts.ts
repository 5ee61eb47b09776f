import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';

/**
 * Thai, Lao, Khmer and Burmese are written without spaces between words; a space there separates phrases, and
 * writers put it where they like: "ស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ" and "ស្នាក់នៅនិងអាហារឥតគិតថ្លៃ" are the same
 * words. A rule's phrase matches either way only if such spaces do not count, so a space between two letters of one
 * of these scripts is dropped. A space between a letter and a digit ("ເງິນເດືອນ 40,000"), next to Latin text, or
 * one that was a line break stays. Offsets are kept: the letters around a dropped space map back as before.
 *
 * It does no work on text without letters of these scripts.
 */
export function joinUnspacedScripts(buffer: FoldBuffer, original: string): FoldBuffer {
  const { text, starts, ends } = buffer;
  if (!UNSPACED_LETTER.test(text)) return buffer;
  let writer: FoldBufferWriter | null = null;
  let copied = 0;
  for (let index = text.indexOf(' '); index >= 0; index = text.indexOf(' ', index + 1)) {
    const script = scriptOf(text.charCodeAt(index - 1));
    if (script === NONE || script !== scriptOf(text.charCodeAt(index + 1))) continue;
    // A line break between two lines is a boundary the writer meant.
    if (LINE_BREAK.test(original.slice(starts[index] ?? 0, ends[index] ?? 0))) continue;
    writer ??= new FoldBufferWriter(buffer);
    writer.copy(copied, index);
    copied = index + 1;
  }
  if (writer === null) return buffer;
  writer.copy(copied, text.length);
  return writer.finish();
}

const UNSPACED_LETTER = /[\u0e01-\u0e4e\u0e81-\u0ecf\u1000-\u103f\u1050-\u108f\u1780-\u17d3]/;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000b\u000c]/;

const NONE = 0;
const THAI = 1;
const LAO = 2;
const MYANMAR = 3;
const KHMER = 4;

/** The script of a letter or mark of these four scripts (digits and punctuation are none). */
function scriptOf(code: number): number {
  if (code >= 0x0e01 && code <= 0x0e4e && code !== 0x0e3f) return THAI;
  if (code >= 0x0e81 && code <= 0x0ecf) return LAO;
  if ((code >= 0x1000 && code <= 0x103f) || (code >= 0x1050 && code <= 0x108f)) return MYANMAR;
  if (code >= 0x1780 && code <= 0x17d3) return KHMER;
  return NONE;
}
