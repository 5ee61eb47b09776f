/** Text as a regex source that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A rule regex's source with the Hangul compatibility letters (ㄱ-ㅣ, as Korean slang writes initials: ㅌㄹ for
 * Telegram, ㄱㄱ for "go go") folded to the conjoining jamo that NFKC makes of them in text. Only those: NFKC of a
 * whole source would fold full-width "？" into the quantifier "?".
 */
export function foldKoreanLettersInRegex(source: string): string {
  return source.replace(/[\u3131-\u318e]/gu, (letter) => letter.normalize('NFKC'));
}

/**
 * A regex whose source is folded like the text it runs on: NFKC rewrites some characters in folded text (Thai
 * "ำ" becomes "ํา"), so a source written with the unfolded character would never match.
 */
export function foldedRegex(source: string, flags: string): RegExp {
  return new RegExp(source.normalize('NFKC'), flags);
}
