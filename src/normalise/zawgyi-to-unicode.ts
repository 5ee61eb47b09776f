import { FoldBufferWriter, type FoldBuffer } from './fold-buffer';
import { isZawgyi } from './zawgyi-detect';

/**
 * Reads Zawgyi-encoded Burmese as Unicode Burmese, so that the rules' Unicode phrases ("ထိုင်းမှာ", "အတွေ့အကြုံ")
 * match an ad typed in a Zawgyi font ("ထိုင္းမွာ", "အေတြ႕အႀကံဳ"). Each syllable is converted whole: its code points
 * are mapped by the table below and put in Unicode's storage order (UTN #11: kinzi, consonant, stacked consonant,
 * medials Y R W H, vowel E, upper, lower and A vowels, anusvara, dot below, asat, visarga). Every converted
 * character maps back to the whole original syllable, so evidence quotes the Zawgyi text as written.
 *
 * It does no work on text without Myanmar letters, and none on Unicode Burmese (zawgyi-detect.ts decides).
 */
export function readZawgyi(buffer: FoldBuffer): FoldBuffer {
  const { text } = buffer;
  const first = text.search(MYANMAR);
  if (first < 0 || !isZawgyi(text)) return buffer;
  const writer = new FoldBufferWriter(buffer);
  let copied = 0;
  let index = first;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (!isZawgyiSyllableStart(code)) {
      index += 1;
      continue;
    }
    const end = syllableEnd(text, index);
    const converted = convertSyllable(text, index, end);
    if (converted !== text.slice(index, end)) {
      writer.copy(copied, index);
      writer.replace(index, end, converted, 0);
      copied = end;
    }
    index = end;
  }
  if (copied === 0) return buffer;
  writer.copy(copied, text.length);
  return writer.finish();
}

const MYANMAR = /[\u1000-\u109f]/;

/** Where a piece of a syllable goes in Unicode storage order. */
const Slot = {
  Kinzi: 0,
  Base: 1,
  Stacked: 2,
  MedialY: 3,
  MedialR: 4,
  MedialW: 5,
  MedialH: 6,
  VowelE: 7,
  VowelUpper: 8,
  VowelLower: 9,
  VowelA: 10,
  Anusvara: 11,
  DotBelow: 12,
  Asat: 13,
  Visarga: 14,
  Other: 15,
} as const;
type Slot = (typeof Slot)[keyof typeof Slot];

type Piece = readonly [text: string, slot: Slot];

const KINZI = '\u1004\u103a\u1039';
const stacked = (consonant: string): Piece => [`\u1039${consonant}`, Slot.Stacked];

/** Zawgyi code points whose Unicode reading differs, or that take a fixed place in the syllable. */
const TABLE: ReadonlyMap<number, readonly Piece[]> = new Map<number, readonly Piece[]>([
  [0x102b, [['\u102b', Slot.VowelA]]],
  [0x102c, [['\u102c', Slot.VowelA]]],
  [0x102d, [['\u102d', Slot.VowelUpper]]],
  [0x102e, [['\u102e', Slot.VowelUpper]]],
  [0x1032, [['\u1032', Slot.VowelUpper]]],
  [0x102f, [['\u102f', Slot.VowelLower]]],
  [0x1033, [['\u102f', Slot.VowelLower]]],
  [0x1030, [['\u1030', Slot.VowelLower]]],
  [0x1034, [['\u1030', Slot.VowelLower]]],
  [0x1031, [['\u1031', Slot.VowelE]]],
  [0x1036, [['\u1036', Slot.Anusvara]]],
  [0x1037, [['\u1037', Slot.DotBelow]]],
  [0x1094, [['\u1037', Slot.DotBelow]]],
  [0x1095, [['\u1037', Slot.DotBelow]]],
  [0x1038, [['\u1038', Slot.Visarga]]],
  // Zawgyi's asat, medial YA, RA (and its width variants), WA and HA.
  [0x1039, [['\u103a', Slot.Asat]]],
  [0x103a, [['\u103b', Slot.MedialY]]],
  [0x103b, [['\u103c', Slot.MedialR]]],
  [0x107e, [['\u103c', Slot.MedialR]]],
  [0x107f, [['\u103c', Slot.MedialR]]],
  [0x1080, [['\u103c', Slot.MedialR]]],
  [0x1081, [['\u103c', Slot.MedialR]]],
  [0x1082, [['\u103c', Slot.MedialR]]],
  [0x1083, [['\u103c', Slot.MedialR]]],
  [0x1084, [['\u103c', Slot.MedialR]]],
  [0x103c, [['\u103d', Slot.MedialW]]],
  [0x103d, [['\u103e', Slot.MedialH]]],
  [0x1087, [['\u103e', Slot.MedialH]]],
  [0x108a, [['\u103d', Slot.MedialW], ['\u103e', Slot.MedialH]]],
  [0x1088, [['\u103e', Slot.MedialH], ['\u102f', Slot.VowelLower]]],
  [0x1089, [['\u103e', Slot.MedialH], ['\u1030', Slot.VowelLower]]],
  // Tall AA with asat, and the upper signs written as one glyph.
  [0x105a, [['\u102b', Slot.VowelA], ['\u103a', Slot.Asat]]],
  [0x108e, [['\u102d', Slot.VowelUpper], ['\u1036', Slot.Anusvara]]],
  // Kinzi (a syllable-final NGA stacked over the next consonant), alone or with an upper sign.
  [0x1064, [[KINZI, Slot.Kinzi]]],
  [0x108b, [[KINZI, Slot.Kinzi], ['\u102d', Slot.VowelUpper]]],
  [0x108c, [[KINZI, Slot.Kinzi], ['\u102e', Slot.VowelUpper]]],
  [0x108d, [[KINZI, Slot.Kinzi], ['\u1036', Slot.Anusvara]]],
  // Stacked (subscript) consonants.
  [0x1060, [stacked('\u1000')]],
  [0x1061, [stacked('\u1001')]],
  [0x1062, [stacked('\u1002')]],
  [0x1063, [stacked('\u1003')]],
  [0x1065, [stacked('\u1005')]],
  [0x1066, [stacked('\u1006')]],
  [0x1067, [stacked('\u1006')]],
  [0x1068, [stacked('\u1007')]],
  [0x1069, [stacked('\u1008')]],
  [0x106c, [stacked('\u100b')]],
  [0x106d, [stacked('\u100c')]],
  [0x1070, [stacked('\u100f')]],
  [0x1071, [stacked('\u1010')]],
  [0x1072, [stacked('\u1010')]],
  [0x1073, [stacked('\u1011')]],
  [0x1074, [stacked('\u1011')]],
  [0x1075, [stacked('\u1012')]],
  [0x1076, [stacked('\u1013')]],
  [0x1077, [stacked('\u1014')]],
  [0x1078, [stacked('\u1015')]],
  [0x1079, [stacked('\u1016')]],
  [0x107a, [stacked('\u1017')]],
  [0x107b, [stacked('\u1018')]],
  [0x1093, [stacked('\u1018')]],
  [0x107c, [stacked('\u1019')]],
  [0x1085, [stacked('\u101c')]],
  // Consonant glyph variants, and consonants written with their stacked partner as one glyph.
  [0x106a, [['\u1009', Slot.Base]]],
  [0x106b, [['\u100a', Slot.Base]]],
  [0x108f, [['\u1014', Slot.Base]]],
  [0x1090, [['\u101b', Slot.Base]]],
  [0x1086, [['\u103f', Slot.Base]]],
  [0x106e, [['\u100d\u1039\u100d', Slot.Base]]],
  [0x106f, [['\u100d\u1039\u100e', Slot.Base]]],
  [0x1091, [['\u100f\u1039\u100d', Slot.Base]]],
  [0x1092, [['\u100b\u1039\u100c', Slot.Base]]],
  [0x1097, [['\u100b\u1039\u100b', Slot.Base]]],
]);

const isConsonantOrVowelLetter = (code: number): boolean => (code >= 0x1000 && code <= 0x102a) || code === 0x103f;
/** Written before the consonant in Zawgyi: the vowel sign E and the medial RA. */
const isPrefix = (code: number): boolean => code === 0x1031 || code === 0x103b || (code >= 0x107e && code <= 0x1084);
const isBase = (code: number): boolean => isConsonantOrVowelLetter(code) || TABLE.get(code)?.[0]?.[1] === Slot.Base;
const isDependent = (code: number): boolean => TABLE.has(code) && !isBase(code) && !isPrefix(code);
const isZawgyiSyllableStart = (code: number): boolean => isPrefix(code) || isBase(code) || TABLE.has(code);

/** End of the syllable that starts at `start`: its prefixes, one base, then the signs that depend on it. */
function syllableEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && isPrefix(text.charCodeAt(index))) index += 1;
  if (index < text.length && isBase(text.charCodeAt(index))) index += 1;
  while (index < text.length && isDependent(text.charCodeAt(index))) index += 1;
  return Math.max(index, start + 1);
}

function convertSyllable(text: string, start: number, end: number): string {
  const pieces: Piece[] = [];
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const mapped = TABLE.get(code);
    if (mapped !== undefined) pieces.push(...mapped);
    else pieces.push([text.charAt(index), isConsonantOrVowelLetter(code) ? Slot.Base : Slot.Other]);
  }
  // A stable sort keeps two pieces of one slot in the order they were typed.
  return pieces
    .map((piece, order) => ({ piece, order }))
    .sort((a, b) => a.piece[1] - b.piece[1] || a.order - b.order)
    .map(({ piece }) => piece[0])
    .join('')
    .replace(/\u1025\u102e/g, '\u1026');
}
