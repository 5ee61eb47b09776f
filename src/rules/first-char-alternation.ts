/**
 * An alternation of phrase patterns split by the first code unit of each phrase, for sticky matching at one offset:
 * only the alternatives that start with the character there are tried, in their original order, so the match is
 * the one the whole alternation would give (an alternative that starts with another character cannot match
 * there). One sticky regex of hundreds of alternatives tried them one by one at every candidate offset, which made
 * a rule's cost grow with its lexicon.
 */
export interface FirstCharAlternation {
  /** The sticky regex of the alternatives that start with `code`, or undefined when none does. */
  at(code: number): RegExp | undefined;
}

/** `alternatives` in priority order, each a regex source with the literal its matches start with. */
export function createFirstCharAlternation(alternatives: readonly { source: string; literal: string }[]): FirstCharAlternation {
  const sources = new Map<number, string[]>();
  for (const { source, literal } of alternatives) {
    const code = literal.charCodeAt(0);
    const list = sources.get(code);
    if (list === undefined) sources.set(code, [source]);
    else list.push(source);
  }
  // Compiled on first use: most first characters never start a candidate in a given run.
  const regexes = new Map<number, RegExp>();
  return {
    at(code) {
      let regex = regexes.get(code);
      if (regex === undefined) {
        const list = sources.get(code);
        if (list === undefined) return undefined;
        regex = new RegExp(list.join('|'), 'uy');
        regexes.set(code, regex);
      }
      return regex;
    },
  };
}
