import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { RE2JS } from 're2js';
import { MAX_REGEX_LENGTH } from './regex-safety';
import type { TextMatcher } from './text-matcher';

/**
 * Rule packs and rules given to `createScanner` are untrusted, and no structural check over V8's backtracking
 * engine refuses every slow shape: overlapping alternation (`(a|a)*b`), bounded nesting, lookaheads over `.*` and
 * the polynomial shapes (`\d+\d+x`) all pass simple checks. So their regexes run on re2js, a pure-JavaScript port
 * of RE2, whose automaton matches in time linear in the text whatever the pattern (Node and browsers alike). RE2
 * has no lookarounds and no back-references, which have no linear-time algorithm: such a regex is refused with a
 * message saying so. The built-in rules keep V8's engine: they are audited by the test suite and are faster there.
 *
 * The source is first parsed as a JavaScript regex (with `u`), so a pack's regex means what it would mean in
 * JavaScript; the few escapes the two syntaxes write differently are rewritten for RE2.
 */
export function linearRegex(source: string, flags: string): TextMatcher {
  const problem = linearRegexProblem(source, flags);
  if (problem !== null) throw new SyntaxError(problem);
  return new LinearRegex(RE2JS.compile(toRe2Syntax(source), re2Flags(flags)));
}

/** Why `source` cannot run on the linear-time engine, or null when it can. */
export function linearRegexProblem(source: string, flags: string): string | null {
  if (source.length > MAX_REGEX_LENGTH) return `the regex is ${source.length} characters long; at most ${MAX_REGEX_LENGTH} are allowed`;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true, unicodeSets: false });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const unsupported: string[] = [];
  visitRegExpAST(pattern, {
    onAssertionEnter(node) {
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') unsupported.push(`the ${node.kind} ${node.raw}`);
    },
    onBackreferenceEnter(node) {
      unsupported.push(`the back-reference ${node.raw}`);
    },
  });
  if (unsupported.length > 0) {
    return `${unsupported[0] ?? ''} has no linear-time matching; rule pack regexes run on a linear-time engine (RE2), which has no lookarounds or back-references`;
  }
  try {
    RE2JS.compile(toRe2Syntax(source), re2Flags(flags));
  } catch (error) {
    return `the linear-time engine (RE2) cannot run it: ${error instanceof Error ? error.message : String(error)}`;
  }
  return null;
}

function re2Flags(flags: string): number {
  return (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) | (flags.includes('s') ? RE2JS.DOTALL : 0);
}

// One escape at a time, so that an escaped backslash (`\\u`) is never read as the start of another escape.
const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|([pP])\{(?:Script|sc|General_Category|gc)=([A-Za-z_]+)\}|[\s\S])/gu;

/** JavaScript escapes that RE2 writes otherwise: `\u{…}` and `\uXXXX` are `\x{…}`, `\p{Script=Latin}` is `\p{Latin}`. */
function toRe2Syntax(source: string): string {
  return source.replace(ESCAPE, (escape, braced?: string, four?: string, property?: string, value?: string) => {
    const hex = braced ?? four;
    if (hex !== undefined) return `\\x{${hex}}`;
    if (property !== undefined && value !== undefined) return `\\${property}{${value}}`;
    return escape;
  });
}

/** An RE2 program behind the `exec`/`lastIndex` shape of a global `RegExp`; offsets are UTF-16, as in JavaScript. */
class LinearRegex implements TextMatcher {
  lastIndex = 0;
  readonly #program: RE2JS;

  constructor(program: RE2JS) {
    this.#program = program;
  }

  exec(text: string): { index: number; 0: string } | null {
    if (this.lastIndex > text.length) {
      this.lastIndex = 0;
      return null;
    }
    const matcher = this.#program.matcher(text);
    if (!matcher.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const start = matcher.start();
    const end = matcher.end();
    this.lastIndex = end;
    return { index: start, 0: text.slice(start, end) };
  }
}
