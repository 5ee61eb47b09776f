/**
 * A literal that a rule regex's matches need, as the build step writes it (pattern-literals.generated.json): the
 * text and the word boundaries the regex asserts around it, as bits.
 */
export type RequiredLiteral = readonly [text: string, boundaries: number];

/** One of these literals is in every match. A regex's clauses all hold in any text it matches. */
export type LiteralClause = readonly RequiredLiteral[];

/** The regex asserts `\b` right before the literal, whose first character is an ASCII word character. */
export const WORD_START = 1;
/** The regex asserts `\b` right after the literal, whose last character is an ASCII word character. */
export const WORD_END = 2;

// \b without the i flag counts only ASCII letters, digits and the underscore as word characters.
const isAsciiWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** True when `text` holds the literal at `start` with the boundaries the regex needs there. */
export function holdsLiteralAt(text: string, start: number, literal: string, boundaries: number): boolean {
  if (start < 0 || !text.startsWith(literal, start)) return false;
  if ((boundaries & WORD_START) !== 0 && start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) return false;
  const end = start + literal.length;
  if ((boundaries & WORD_END) !== 0 && end < text.length && isAsciiWordCode(text.charCodeAt(end))) return false;
  return true;
}
