/**
 * A contact value as written in the original text: Unicode-normalised (NFKC, so full-width "＠ｈｒ" reads "@hr"),
 * invisible format characters removed, white space collapsed. Case is kept because URL paths and short-link codes
 * are case-sensitive.
 */
export function contactValue(originalText: string): string {
  return originalText
    .normalize('NFKC')
    .replace(/[\p{Cf}\uFE00-\uFE0F]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
