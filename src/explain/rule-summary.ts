import type { ScannerRule } from '../rules/rule-schema';

/** A flag's title and one-line summary in the ad's language where the rule has them, else English. */
export function localisedText(rule: ScannerRule, language: string): { title: string; summary: string; language: string } {
  const translated = rule.translations?.[language];
  if (translated !== undefined) return { title: translated.title, summary: translated.summary ?? summaryOf(rule), language };
  return { title: rule.title, summary: summaryOf(rule), language: 'en' };
}

/**
 * The rule's `summary`, or the first sentence of its explanation without the parenthesised lists of phrases in
 * other languages: the verdict carries this line, and the whole explanation is for `lurescan explain`.
 */
export function summaryOf(rule: ScannerRule): string {
  if (rule.summary !== undefined) return rule.summary;
  // Derived once per rule, not once per flag of every verdict.
  let summary = derivedSummaries.get(rule);
  if (summary === undefined) {
    const plain = withoutForeignLists(rule.explanation);
    summary = /^.*?[.!?](?=\s|$)/su.exec(plain)?.[0] ?? plain;
    derivedSummaries.set(rule, summary);
  }
  return summary;
}

const derivedSummaries = new WeakMap<ScannerRule, string>();

/** Drops each (parenthesised group) that holds a non-ASCII character, with the space before it. */
function withoutForeignLists(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    const foreign = !inner.includes('(') && [...inner].some((char) => char.charCodeAt(0) > 0x7f);
    out += foreign ? text.slice(from, open).trimEnd() : text.slice(from, close + 1);
    from = close + 1;
  }
  return out + text.slice(from);
}
