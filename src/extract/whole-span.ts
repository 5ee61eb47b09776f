import { createLinkIndex, type LinkIndex } from './link-index';

/**
 * Widens a span of text so that it never starts or ends inside a word, a number or a link: a moderator shown "$60"
 * for "$600/week", or "https://" for a whole address, is shown something the ad does not say. Scripts written
 * without spaces (Han, kana, Thai, Lao, Khmer, Burmese) have no word boundaries to snap to, so spans there stay as
 * matched, and so does Hangul, whose particles attach to the word before them ("캄보디아에서"). Pass the text's
 * `links` when widening many spans of one text (building them is linear in the text).
 */
export function wholeSpan(
  text: string,
  start: number,
  end: number,
  links: LinkIndex = createLinkIndex(text),
): { start: number; end: number } {
  if (start >= end) return { start, end };
  let from = start;
  let to = end;
  const link = links.linkAround(from, to);
  if (link !== null) {
    from = Math.min(from, link.start);
    to = Math.max(to, link.end);
  }
  const floor = Math.max(0, from - MAX_WIDENING);
  const ceiling = Math.min(text.length, to + MAX_WIDENING);
  while (from > floor && joined(text, from)) from--;
  while (to < ceiling && joined(text, to)) to++;
  return { start: from, end: to };
}

/** A span grows by at most this many characters on each side, so one hostile 30,000-letter "word" stays cheap. */
export const MAX_WIDENING = 64;

const SPACED_WORD = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && SPACED_WORD.test(char) && !UNSPACED_SCRIPT.test(char);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** True when the boundary before `index` falls inside a word or a number ("1,8|00", "tele|gram", "1.|5"). */
function joined(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  if (isWordChar(before) && isWordChar(after)) return true;
  // A thousands or decimal separator between digits belongs to the number on both sides of it.
  if ((after === ',' || after === '.') && isDigit(before) && isDigit(text[index + 1])) return true;
  if ((before === ',' || before === '.') && isDigit(after) && isDigit(text[index - 2])) return true;
  return false;
}

