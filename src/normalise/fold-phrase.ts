/**
 * A rule's phrase folded the way `foldText` folds posting text (NFKC, lower case, one space between words), so
 * that "ＶＩＳＡ  Provided" in a rule file matches "visa provided" in an ad.
 */
export function foldPhrase(phrase: string): string {
  return phrase.normalize('NFKC').toLowerCase().trim().replace(/\s+/gu, ' ');
}
