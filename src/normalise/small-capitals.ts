/**
 * Latin small capitals ("ᴄᴀᴍʙᴏᴅɪᴀ"), which Unicode NFKC leaves alone, read as the lower-case letters they are
 * written for. They come from the IPA and phonetic blocks and from Latin Extended-D; no orthography writes a job ad
 * in them, so they are always read as Latin. (Latin has no small capital X.)
 */
const SMALL_CAPITALS: ReadonlyMap<number, string> = new Map([
  [0x1d00, 'a'], [0x0299, 'b'], [0x1d04, 'c'], [0x1d05, 'd'], [0x1d07, 'e'], [0xa730, 'f'], [0x0262, 'g'],
  [0x029c, 'h'], [0x026a, 'i'], [0x1d0a, 'j'], [0x1d0b, 'k'], [0x029f, 'l'], [0x1d0d, 'm'], [0x0274, 'n'],
  [0x1d0f, 'o'], [0x1d18, 'p'], [0xa7af, 'q'], [0x0280, 'r'], [0xa731, 's'], [0x1d1b, 't'], [0x1d1c, 'u'],
  [0x1d20, 'v'], [0x1d21, 'w'], [0x028f, 'y'], [0x1d22, 'z'],
]);

/** The letter a small capital stands for, or undefined. */
export const smallCapitalLetter = (code: number): string | undefined => SMALL_CAPITALS.get(code);
