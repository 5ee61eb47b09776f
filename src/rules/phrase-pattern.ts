import { foldPhrase } from '../normalise/fold-phrase';
import { escapeRegex } from '../normalise/folded-regex';
import { HANGUL_SYLLABLES } from '../normalise/hangul';

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
      const previous = tokens[index - 1] ?? '';
      const touchesHyphen = token.startsWith('-') || previous.endsWith('-');
      const particle = endsWithHangul(previous) ? KOREAN_PARTICLE : '';
      return `${particle}${touchesHyphen ? ' ?' : '[ -]?'}${escapeRegex(token)}`;
    })
    .join('');
}

/**
 * Korean writes case and topic particles onto the word they follow: "경험이 없어도" (experience-SUBJECT even-without),
 * "항공권을 제공" (ticket-OBJECT provide), "숙소와 식사". A phrase says the idea once, bare ("경험 없어도", "항공권 제공"),
 * and matches with any one particle after each of its words but the last (the last is matched as a prefix anyway:
 * Hangul has no word boundary check). Longest first, so that "에서" is not read as "에" and a stray "서".
 */
const KOREAN_PARTICLE = '(?:에서는|에서도|으로는|으로도|에서|에게|한테|으로|까지|부터|에는|에도|과는|와는|이나|이랑|을|를|은|는|이|가|과|와|도|의|로|에|만)?';

const HANGUL_SYLLABLE_AT_END = new RegExp(`[${HANGUL_SYLLABLES}]$`, 'u');
const endsWithHangul = (token: string): boolean => HANGUL_SYLLABLE_AT_END.test(token);

/**
 * The literal under which a folded phrase is keyed in the phrase index, which must find a superset of the phrase's
 * starts: the whole phrase, except that a phrase whose words may take Korean particles (see KOREAN_PARTICLE) is keyed
 * by its first word, since a particle may sit between that word and the next.
 */
export function phraseIndexKey(folded: string): string {
  const firstSpace = folded.indexOf(' ');
  if (firstSpace <= 0) return folded;
  const tokens = folded.split(' ');
  return tokens.slice(0, -1).some(endsWithHangul) ? folded.slice(0, firstSpace) : folded;
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
