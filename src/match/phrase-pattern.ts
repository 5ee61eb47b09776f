import { foldPhrase } from '../normalise/fold-phrase';
import { escapeRegex } from '../normalise/folded-regex';

// Scripts written with spaces between words: a phrase in them must match whole words only.
const SPACED_SCRIPT_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;

/**
 * The regex source for one literal phrase, as it matches folded text (lower case, single spaces). Word boundaries
 * are not part of the source: a lookbehind in front of every alternative stops V8 from scanning for the phrases'
 * first characters and made a 1,000-character Chinese ad take 250 ms on one rule. `isWholeWordHit` checks them.
 */
export function phrasePattern(phrase: string): string {
  return foldedPhrasePattern(foldPhrase(phrase));
}

/** `phrasePattern` of a phrase already folded with `foldPhrase`. */
export function foldedPhrasePattern(folded: string): string {
  // A space in a phrase also matches a hyphen or nothing: "free flight", "free-flight", "freeflight". Next to a
  // token that begins or ends with a hyphen it matches a space or nothing: `-[ -]?-` could read one hyphen two
  // ways, and a phrase of such tokens (a rule pack's "- - - …") would backtrack exponentially.
  const tokens = folded.split(' ');
  return tokens
    .map((token, index) => {
      if (index === 0) return escapeRegex(token);
      const touchesHyphen = token.startsWith('-') || (tokens[index - 1] ?? '').endsWith('-');
      return `${touchesHyphen ? ' ?' : '[ -]?'}${escapeRegex(token)}`;
    })
    .join('');
}

/**
 * True unless the hit begins or ends inside a word of a spaced script ("visa" inside "visas", "line" inside
 * "online"). Scripts without spaces (Chinese, Japanese, Thai) have no such boundary to respect, and a Latin word
 * run into kana, Han or Hangul is still a word: "DMで", "dm으로", "LINEで連絡".
 */
export function isWholeWordHit(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  const last = text.charAt(end - 1);
  if (SPACED_SCRIPT_CHAR.test(first) && start > 0 && SPACED_SCRIPT_CHAR.test(charBefore(text, start))) return false;
  if (SPACED_SCRIPT_CHAR.test(last) && end < text.length && SPACED_SCRIPT_CHAR.test(charAt(text, end))) return false;
  return true;
}

// Whole code points, so that an astral letter next to a hit is seen as a letter.
function charBefore(text: string, index: number): string {
  const code = text.codePointAt(index - 1) ?? 0;
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? String.fromCodePoint(text.codePointAt(index - 2) ?? 0) : String.fromCodePoint(code);
}

function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}
