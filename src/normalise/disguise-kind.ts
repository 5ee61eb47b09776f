/**
 * The ways of writing a word around a keyword filter that the normaliser undoes. Each folded character carries a
 * bit set of the kinds that produced it, so a later stage can tell which words were disguised and how.
 */
export const DISGUISE_KINDS = [
  /** Zero-width and other invisible format characters inside a word: "Tele\u200bgram". */
  'invisible',
  /** Letters of another script that look Latin, in a Latin word: "Теlеgrаm" with Cyrillic Т, е, а. */
  'homoglyph',
  /** Letters spaced or dotted out: "T e l e g r a m", "w.h.a.t.s.a.p.p". */
  'spaced',
  /** Digits or symbols for letters: "v1sa", "telegr4m", "wh@tsapp". */
  'digit-swap',
  /** Mathematical bold, italic, script and other styled letters: "𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦". */
  'styled',
  /** Full-width letters: "ｖｉｓａ". */
  'wide',
  /** Circled, squared and regional-indicator letters: "ⓣⓔⓛⓔ", "🅣🅔🅛🅔", "🇹🇪🇱🇪". */
  'enclosed',
  /** Keycap and dingbat digits: "1️⃣2️⃣", "➊➋". */
  'emoji-digit',
  /** Latin small capitals, which NFKC leaves alone: "ᴄᴀᴍʙᴏᴅɪᴀ". */
  'small-capital',
  /** A combining mark (a stroke, an overlay, Zalgo) on letters, where it makes no letter of any language: "C̵a̵m̵b̵o̵". */
  'overlay',
] as const;
export type DisguiseKind = (typeof DISGUISE_KINDS)[number];

/** The bit of a kind in a character's disguise marks. */
export const disguiseBit = (kind: DisguiseKind): number => 1 << DISGUISE_KINDS.indexOf(kind);

/** The kinds whose bits are set in `marks`, in the order of DISGUISE_KINDS. */
export function disguiseKindsOf(marks: number): DisguiseKind[] {
  return DISGUISE_KINDS.filter((_kind, index) => (marks & (1 << index)) !== 0);
}
