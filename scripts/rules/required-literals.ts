/**
 * The literals every match of a regex must contain, found at build time with ESLint's regex parser, as a
 * conjunction of clauses: every match contains, for each clause, one of its literals. A rule regex is then run only
 * on text that holds a literal of every clause. Each literal also records the word boundaries (`\b`) the regex puts
 * around it, so "top" in `\.(?:top|rest)\b` is not found inside "stop": a gate on "top" alone opened for
 * "stop" and "interest" and ran `link.low-trust` on most ads for nothing.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { WORD_END, WORD_START, type LiteralClause, type RequiredLiteral } from '../../src/rules/required-literal';

/**
 * Shorter literals filter too little to pay for their lookup (two Han or Hangul characters are rare enough). One
 * character of the scripts from Thai on (Thai, Lao, Burmese, Khmer, kana, Han, Hangul) is enough too: such a
 * character is common in its own script's text, where the gate opens as the regex would run anyway, and absent
 * from the others (a regex like `\d(?:天|日)…` then no longer runs on every English ad).
 */
const isSelective = (literal: string): boolean => {
  const letters = literal.replace(/[ -]/gu, '');
  if (letters.length === 1) return (letters.codePointAt(0) ?? 0) >= 0x0e00;
  return letters.length >= 3 || (letters.length === 2 && /[^\u0000-\u007f]/u.test(letters));
};
/** A disjunction of more alternatives than this is not worth indexing. */
const MAX_LITERALS = 64;
/** Clauses beyond the strongest few add lookups and filter little more. */
const MAX_CLAUSES = 4;

/** What a regex's matches need: a conjunction of clauses, each a disjunction of literals. */
type Clauses = Clause[];
interface Clause {
  literals: string[];
  /** Per literal, the `\b` the regex asserts right before and right after it. */
  starts: boolean[];
  ends: boolean[];
}

/**
 * The clauses of `source` with `flags`, strongest first, or null when the regex has none worth checking
 * (case-insensitive regexes, short or too many literals, anything the analysis cannot see).
 */
export function requiredLiteralClauses(source: string, flags: string): LiteralClause[] | null {
  if (flags.includes('i')) return null;
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u') || flags.includes('v') });
  } catch {
    return null;
  }
  const clauses = ofAlternatives(pattern.alternatives, false, false);
  if (clauses === null) return null;
  const kept = new Map<string, LiteralClause>();
  for (const clause of clauses) {
    if (clause.literals.length > MAX_LITERALS || !clause.literals.every(isSelective)) continue;
    const literals = new Map<string, number>();
    clause.literals.forEach((text, index) => {
      const flagsOf = (clause.starts[index] && isAsciiWordChar(text.charAt(0)) ? WORD_START : 0) |
        (clause.ends[index] && isAsciiWordChar(text.charAt(text.length - 1)) ? WORD_END : 0);
      // The same literal with and without a boundary: only the weaker requirement holds for sure.
      literals.set(text, (literals.get(text) ?? flagsOf) & flagsOf);
    });
    const sorted: RequiredLiteral[] = [...literals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify(sorted);
    if (!kept.has(key)) kept.set(key, sorted);
  }
  if (kept.size === 0) return null;
  return [...kept.values()].sort((a, b) => strength(b) - strength(a)).slice(0, MAX_CLAUSES);
}

/**
 * The literals, one of which is in every match (the strongest clause alone, without boundaries), or null; kept
 * for callers that want one set.
 */
export function requiredLiterals(source: string, flags: string): string[] | null {
  const clauses = requiredLiteralClauses(source, flags);
  return clauses === null ? null : (clauses[0] ?? []).map(([text]) => text);
}

// \b without the i flag is ASCII-only in JavaScript, u flag or not.
const isAsciiWordChar = (char: string): boolean => /^[A-Za-z0-9_]$/u.test(char);

const isWordBoundary = (element: AST.Element | undefined): boolean =>
  element !== undefined && element.type === 'Assertion' && element.kind === 'word' && !element.negate;

/** A disjunction: one alternative alone gives all its clauses; several give one clause, the union of their best. */
function ofAlternatives(alternatives: readonly AST.Alternative[], before: boolean, after: boolean): Clauses | null {
  if (alternatives.length === 1) return ofSequence((alternatives[0] as AST.Alternative).elements, before, after);
  const union: Clause = { literals: [], starts: [], ends: [] };
  for (const alternative of alternatives) {
    const found = ofSequence(alternative.elements, before, after);
    const best = found === null ? null : strongest(found);
    if (best === null) return null;
    union.literals.push(...best.literals);
    union.starts.push(...best.starts);
    union.ends.push(...best.ends);
  }
  return [union];
}

/**
 * In a sequence every element must match, so each element's clauses hold. Runs of elements whose strings are
 * known exactly (characters, and groups of plain alternatives such as `(?:xyz|top)`) are joined into literals:
 * `\.(?:xyz|top)` needs ".xyz" or ".top", which "stop" does not hold.
 */
function ofSequence(elements: readonly AST.Element[], before: boolean, after: boolean): Clauses | null {
  const clauses: Clauses = [];
  // The exact run being joined, and whether a \b comes right before it.
  const state: { run: string[] | null; start: boolean } = { run: null, start: false };
  const endRun = (boundaryAfter: boolean): void => {
    const run = state.run;
    if (run !== null && run.every((literal) => literal.length > 0)) {
      clauses.push({ literals: run, starts: run.map(() => state.start), ends: run.map(() => boundaryAfter) });
    }
    state.run = null;
  };
  const boundaryBefore = (index: number): boolean => (index === 0 ? before : isWordBoundary(elements[index - 1]));
  const boundaryAfter = (index: number): boolean => (index === elements.length - 1 ? after : isWordBoundary(elements[index + 1]));
  for (const [index, element] of elements.entries()) {
    const exact = exactStrings(element);
    if (exact !== null) {
      const run = state.run;
      if (run === null) {
        state.run = exact;
        state.start = boundaryBefore(index);
      } else if (run.length * exact.length <= MAX_LITERALS) {
        state.run = run.flatMap((head) => exact.map((tail) => head + tail));
      } else {
        // Too many joined strings: start a new run. When every string before it ends with a non-word character,
        // a \b holds where the new run starts (if it starts with a word character).
        const afterNonWord = run.every((literal) => !isAsciiWordChar(literal.charAt(literal.length - 1)));
        endRun(false);
        state.run = exact;
        state.start = afterNonWord;
      }
      if (index === elements.length - 1) endRun(boundaryAfter(index));
      continue;
    }
    endRun(isWordBoundary(element));
    const found = ofElement(element, boundaryBefore(index), boundaryAfter(index));
    if (found !== null) clauses.push(...found);
  }
  return clauses.length > 0 ? clauses : null;
}

/** Every string `element` can match when it is a character or a group of such (a few only), else null. */
function exactStrings(element: AST.Element): string[] | null {
  if (element.type === 'Character') return [String.fromCodePoint(element.value)];
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') return null;
  const strings: string[] = [];
  for (const alternative of element.alternatives) {
    let product = [''];
    for (const part of alternative.elements) {
      const exact = exactStrings(part);
      if (exact === null || product.length * exact.length > MAX_LITERALS) return null;
      product = product.flatMap((head) => exact.map((tail) => head + tail));
    }
    strings.push(...product);
  }
  return strings.length <= MAX_LITERALS ? strings : null;
}

function ofElement(element: AST.Element, before: boolean, after: boolean): Clauses | null {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives, before, after);
    case 'Quantifier':
      // What a repeated element needs, its first repetition holds; boundaries around the whole do not carry over.
      return element.min >= 1 ? ofElement(element.element, false, false) : null;
    default:
      // Classes, sets, escapes, assertions and backreferences consume nothing certain.
      return null;
  }
}

function strongest(clauses: Clauses): Clause | null {
  let best: Clause | null = null;
  for (const clause of clauses) if (best === null || strengthOf(clause.literals) > strengthOf(best.literals)) best = clause;
  return best;
}

/** How well a set filters: by its shortest literal, then by having fewer literals. */
function strengthOf(literals: readonly string[]): number {
  if (literals.length === 0) return -Infinity;
  return Math.min(...literals.map((literal) => literal.length)) * 1000 - literals.length;
}

const strength = (clause: LiteralClause): number =>
  strengthOf(clause.map(([text]) => text)) + (clause.every(([, flags]) => flags !== 0) ? 500 : 0);
