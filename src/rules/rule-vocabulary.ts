import type { ScannerRule } from './rule-schema';

// Escapes and Unicode classes in a regex source ("\\d", "\\p{L}", "\\u00a0") are not words of the language.
const REGEX_ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gu;
// An optional space or hyphen between two words ("kerja ?sama", "free[ -]?flight"): the joined word is written too.
const OPTIONAL_SPACE = / \?|\[[ -]{1,2}\]\?/g;

/**
 * Every text the rules look for: their phrases in every language and the literal words in their regexes ("month"
 * in "per (?:day|month)", "kerjasama" in "kerja ?sama"). The normaliser undoes digit swaps only where they spell
 * such a word. Phrases need no joined form: a phrase's spaces already match nothing ("freeflight").
 */
export function ruleVocabulary(rules: readonly ScannerRule[]): string[] {
  const texts: string[] = [];
  for (const rule of rules) {
    for (const phrases of Object.values(rule.match?.phrases ?? {})) texts.push(...phrases);
    for (const pattern of rule.match?.patterns ?? []) {
      const source = pattern.regex.replace(REGEX_ESCAPE, ' ');
      texts.push(source, source.replace(OPTIONAL_SPACE, ''));
    }
  }
  return texts;
}
