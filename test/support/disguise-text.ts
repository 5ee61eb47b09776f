import fc from 'fast-check';

/**
 * Disguises the way recruiters write around keyword filters, for property tests: each takes one word of an ad
 * and returns it written in disguise. Which words each kind may touch follows how it is used and what the
 * normaliser promises (see test/rules/disguised-examples.test.ts).
 */
export type Disguise = (word: string, seed: number) => string;

// Cyrillic letters that look like Latin ones (a subset of the UTS #39 confusables the normaliser reads back).
const CYRILLIC_LOOKALIKE: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К',
  M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};
// The digits and symbols swapped for letters, one per letter.
const SWAP: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', A: '4', E: '3', I: '1', O: '0', S: '5' };
const SMALL_CAPITAL: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwyz'].map((letter, index) => [letter, [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ'][index] ?? letter]),
);
const OVERLAY_MARKS = ['\u0335', '\u0336', '\u0338', '\u0332', '\u0334'];
const SEPARATORS = [' ', '.', '-', '_', '*', ' . '];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

const mapLetters = (word: string, map: (character: string, code: number) => string): string =>
  [...word].map((character) => map(character, character.charCodeAt(0))).join('');

const offset = (code: number, upperBase: number, lowerBase: number): string | null => {
  if (code >= 65 && code <= 90) return String.fromCodePoint(upperBase + code - 65);
  if (code >= 97 && code <= 122) return String.fromCodePoint(lowerBase + code - 97);
  return null;
};

export const DISGUISES = {
  /** A zero-width character inside the word. */
  invisible: (word, seed) => {
    const characters = [...word];
    const at = 1 + (seed % (characters.length - 1));
    return [...characters.slice(0, at), INVISIBLE[seed % INVISIBLE.length], ...characters.slice(at)].join('');
  },
  /** Some letters, never all, replaced by Cyrillic look-alikes. */
  homoglyph: (word, seed) => {
    const swappable = [...word].flatMap((character, index) => (character in CYRILLIC_LOOKALIKE ? [index] : []));
    const chosen = new Set(swappable.filter((_index, k) => ((seed >> k) & 1) === 1 || k === seed % swappable.length));
    if (chosen.size === word.length) chosen.delete(swappable[0] ?? -1);
    return [...word].map((character, index) => (chosen.has(index) ? CYRILLIC_LOOKALIKE[character] : character)).join('');
  },
  /** Every letter separated by one separator: "T e l e g r a m", "w.h.a.t.s.a.p.p". */
  spaced: (word, seed) => [...word].join(SEPARATORS[seed % SEPARATORS.length]),
  /** One letter inside the word (never the first or last) replaced by a digit. */
  'digit-swap': (word, seed) => {
    const inner = [...word].flatMap((character, index) => (index > 0 && index < word.length - 1 && character in SWAP ? [index] : []));
    const at = inner[seed % Math.max(1, inner.length)];
    return at === undefined ? word : word.slice(0, at) + SWAP[word.charAt(at)] + word.slice(at + 1);
  },
  /** Mathematical bold or bold italic letters. */
  styled: (word, seed) =>
    mapLetters(word, (character, code) =>
      seed % 2 === 0 ? (offset(code, 0x1d400, 0x1d41a) ?? character) : (offset(code, 0x1d468, 0x1d482) ?? character),
    ),
  /** Full-width letters. */
  wide: (word) => mapLetters(word, (character, code) => offset(code, 0xff21, 0xff41) ?? character),
  /** Negative circled or squared letters, or regional indicators. */
  enclosed: (word, seed) => {
    const bases = [0x1f150, 0x1f170, 0x1f1e6];
    const base = bases[seed % bases.length] ?? 0x1f150;
    return mapLetters(word, (character, code) => offset(code, base, base) ?? character);
  },
  /** Small capitals (Latin has none for x, which stays as it is). */
  'small-capital': (word) => mapLetters(word, (character) => SMALL_CAPITAL[character.toLowerCase()] ?? character),
  /** A combining mark on every letter: a strike-through, an overlay or a low line. */
  overlay: (word, seed) => mapLetters(word, (character) => character + (OVERLAY_MARKS[seed % OVERLAY_MARKS.length] ?? '\u0335')),
} satisfies Record<string, Disguise>;

/** Keycap digits for the digits of a number: "0812" → "0️⃣8️⃣1️⃣2️⃣". */
export const keycapDigits = (text: string): string => text.replace(/[0-9]/g, (digit) => `${digit}\uFE0F\u20E3`);

export type WordDisguiseKind = keyof typeof DISGUISES;

/** The spans of the words a kind may disguise in `text`. */
export function disguisableWords(text: string, kind: WordDisguiseKind): { start: number; end: number }[] {
  // ASCII words of four or more letters, as the normaliser's lexicon and spaced-letter rules expect; a zero-width
  // character can go into a word of any script.
  const pattern = kind === 'invisible' ? /[\p{L}\p{M}]{2,}/gu : /(?<![\p{L}\p{N}])[A-Za-z]{4,}(?![\p{L}\p{N}])/gu;
  const words = [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (kind !== 'spaced') return words;
  // Spaced out, a word next to a one-letter word ("get a v i s a") would join it: the normaliser cannot tell them
  // apart, and recruiters space out the handle or keyword itself.
  return words.filter(({ start, end }) => !/(?:^|[^\p{L}\p{N}])\p{L}[^\p{L}\p{N}]*$/u.test(text.slice(0, start)) && !/^[^\p{L}\p{N}]*\p{L}(?:[^\p{L}\p{N}]|$)/u.test(text.slice(end)));
}

/**
 * `text` with its `index`-th disguisable word (modulo their number) written in disguise; unchanged if none. Only
 * words that `accept` are disguised.
 */
export function disguiseOneWord(
  text: string,
  kind: WordDisguiseKind,
  index: number,
  seed: number,
  accept: (word: string) => boolean = () => true,
): string {
  const words = disguisableWords(text, kind).filter(({ start, end }) => accept(text.slice(start, end)));
  const word = words[index % Math.max(1, words.length)];
  if (word === undefined) return text;
  return text.slice(0, word.start) + DISGUISES[kind](text.slice(word.start, word.end), seed) + text.slice(word.end);
}

export const disguiseArguments = fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1 << 16 }));
