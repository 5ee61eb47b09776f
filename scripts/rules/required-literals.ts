/**
 * Literals that every match of a regex must contain ("work" or "shift" for `\b(?:work|shifts?)\b...`), found at
 * build time with ESLint's regex parser. A rule regex is then run only on text that holds one of them: most rule
 * regexes match nothing in most postings, and 160 scans per field were 40% of the scoring time.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Shorter literals filter too little to pay for their lookup (two Han or Hangul characters are rare enough). */
const isSelective = (literal: string): boolean => {
  const letters = literal.replace(/[ -]/gu, '');
  return letters.length >= 3 || (letters.length === 2 && /[^\u0000-\u007f]/u.test(letters));
};
/** A disjunction of more alternatives than this is not worth indexing. */
const MAX_LITERALS = 64;

type Required = string[] | null;

/**
 * The literals, one of which is in every match of `source` with `flags`, or null when the regex has no such set
 * that is worth checking (case-insensitive regexes, short or too many literals, anything the analysis cannot see).
 */
export function requiredLiterals(source: string, flags: string): string[] | null {
  if (flags.includes('i')) return null;
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u') || flags.includes('v') });
  } catch {
    return null;
  }
  const found = ofAlternatives(pattern.alternatives);
  if (found === null || found.length > MAX_LITERALS || !found.every(isSelective)) return null;
  return [...new Set(found)].sort();
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Required {
  const union: string[] = [];
  for (const alternative of alternatives) {
    const found = ofSequence(alternative.elements);
    if (found === null) return null;
    union.push(...found);
  }
  return union;
}

// In a sequence every element must match, so any one element's set will do: the one that filters best. Runs of
// plain characters are joined into one literal.
function ofSequence(elements: readonly AST.Element[]): Required {
  const candidates: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length > 0) candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    endRun();
    const found = ofElement(element);
    if (found !== null) candidates.push(found);
  }
  endRun();
  let best: Required = null;
  for (const candidate of candidates) if (best === null || strength(candidate) > strength(best)) best = candidate;
  return best;
}

function ofElement(element: AST.Element): Required {
  switch (element.type) {
    case 'Character':
      return [String.fromCodePoint(element.value)];
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : null;
    default:
      // Classes, sets, escapes, assertions and backreferences consume nothing certain.
      return null;
  }
}

/** How well a set filters: by its shortest literal, then by having fewer literals. */
function strength(literals: readonly string[]): number {
  if (literals.length === 0) return -Infinity;
  return Math.min(...literals.map((literal) => literal.length)) * 1000 - literals.length;
}
