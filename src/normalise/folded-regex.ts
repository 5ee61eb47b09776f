/** Text as a regex source that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex whose source is folded like the text it runs on: NFKC rewrites some characters in folded text (Thai
 * "ำ" becomes "ํา"), so a source written with the unfolded character would never match.
 */
export function foldedRegex(source: string, flags: string): RegExp {
  return new RegExp(source.normalize('NFKC'), flags);
}
