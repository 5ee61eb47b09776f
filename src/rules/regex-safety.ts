import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';

/** Longest regex source a rule may carry; the longest built-in one is about 1,300 characters. */
export const MAX_REGEX_LENGTH = 2_000;

/**
 * Why a rule's regex is refused, or null when it may run on untrusted text. Rules loaded at run time may come from
 * someone else, and a regex that backtracks catastrophically would let one posting stall the scanner, so this runs
 * on every rule a scanner compiles. It is a cheap structural check, small enough to ship to browsers:
 *
 * - nested repetition where one level is unbounded (`(a+)+`, `(\w+ ?){2,}`): the classic exponential shape;
 * - back-references outside lookarounds, which make matching exponential in general and which no rule needs;
 * - a lookbehind at the start of an alternative: V8 can then no longer skip ahead to the pattern's first
 *   characters and runs the lookbehind at every position of the text (seen: 36% of scoring time on three rules);
 * - sources longer than `MAX_REGEX_LENGTH`.
 *
 * It does not find every polynomial case (`\d+x` searched over a long run of digits): the test suite runs a full
 * analyser over the built-in rules, and fields are cut to `maxFieldLength` before matching, which bounds the rest.
 */
export function regexSafetyProblem(source: string, flags: string): string | null {
  if (source.length > MAX_REGEX_LENGTH) return `the regex is ${source.length} characters long; at most ${MAX_REGEX_LENGTH} are allowed`;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const problems: string[] = [];
  visitRegExpAST(pattern, {
    onBackreferenceEnter(node) {
      // Inside a lookaround ("not the same word again") a back-reference is one comparison, not a search.
      if (!inLookaround(node, pattern)) problems.push(`back-reference ${node.raw} makes matching exponential in the worst case`);
    },
    onQuantifierEnter(node) {
      const nested = innerRepetition(node);
      if (nested !== null) problems.push(`nested repetition ${node.raw} can backtrack catastrophically (inner ${nested.raw})`);
    },
  });
  const leading = pattern.alternatives.map((alternative) => alternative.elements[0]).find(isLookbehind);
  if (leading !== undefined) {
    problems.push(`starts with the lookbehind ${leading.raw}, which runs at every position of the text; put it after the first literal`);
  }
  return problems[0] ?? null;
}

const repeats = (quantifier: AST.Quantifier): boolean => quantifier.max > 1;

/** A repeating quantifier inside a repeating `outer`, when either of the two is unbounded. */
function innerRepetition(outer: AST.Quantifier): AST.Quantifier | null {
  if (!repeats(outer)) return null;
  let found: AST.Quantifier | null = null;
  visitRegExpAST(outer.element, {
    onQuantifierEnter(inner) {
      // Inside a lookaround the inner quantifier runs once per attempt, not once per repetition of `outer`.
      if (found === null && repeats(inner) && (outer.max === Infinity || inner.max === Infinity) && !inLookaround(inner, outer)) {
        found = inner;
      }
    },
  });
  return found;
}

function inLookaround(node: AST.Node, stop: AST.Node): boolean {
  for (let parent = node.parent; parent !== null && parent !== stop; parent = parent.parent) {
    if (parent.type === 'Assertion' && (parent.kind === 'lookahead' || parent.kind === 'lookbehind')) return true;
  }
  return false;
}

function isLookbehind(element: AST.Element | undefined): element is AST.LookbehindAssertion {
  return element !== undefined && element.type === 'Assertion' && element.kind === 'lookbehind';
}
