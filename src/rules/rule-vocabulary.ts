import type { Rule } from './rule-schema';

// Escapes and Unicode classes in a regex source ("\\d", "\\p{L}", "\\u00a0") are not words of the language.
const REGEX_ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gu;

/**
 * Every text the rules look for: their phrases in every language and the literal words in their regexes ("month"
 * in "per (?:day|month)"). The normaliser undoes digit swaps only where they spell such a word.
 */
export function ruleVocabulary(rules: readonly Rule[]): string[] {
  const texts: string[] = [];
  for (const rule of rules) {
    for (const phrases of Object.values(rule.match?.phrases ?? {})) texts.push(...phrases);
    for (const pattern of rule.match?.patterns ?? []) texts.push(pattern.regex.replace(REGEX_ESCAPE, ' '));
  }
  return texts;
}
