/**
 * The built-in rules with every phrase lexicon grown `factor` times by synthetic phrases, for the bench only: the
 * engine must take the lexicon growth the lure work brings without slowing down. Each synthetic phrase is a real
 * one with the last character of each word changed (within its own Unicode block), so it shares the real phrases'
 * prefixes, and the tries walk as deep as they would on real phrases, but it almost never matches an ad.
 */
import { linearRegexProblem } from '../../src/rules/linear-regex';
import type { Rule } from '../../src/rules/rule-schema';

/** The schema's bound on phrases per language in one rule. */
const MAX_PHRASES = 500;

export function grownRules(rules: readonly Rule[], factor: number): { rules: Rule[]; phrases: number; grownPhrases: number } {
  let state = 0x2545f491;
  // xorshift32: a fixed seed, so every run of the bench grows the lexicons alike.
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  let phrases = 0;
  let grownPhrases = 0;
  const grown = rules.map((rule): Rule => {
    const lexicons = rule.match?.phrases;
    if (rule.match === undefined || lexicons === undefined) return rule;
    const grownLexicons = Object.fromEntries(
      Object.entries(lexicons).map(([language, list]) => {
        const all = new Set(list);
        for (let round = 1; round < factor && all.size < MAX_PHRASES; round++) {
          for (const phrase of list) if (all.size < MAX_PHRASES) all.add(mutate(phrase, next));
        }
        phrases += list.length;
        grownPhrases += all.size;
        return [language, [...all]];
      }),
    );
    return { ...rule, match: { ...rule.match, phrases: grownLexicons } };
  });
  return { rules: grown, phrases, grownPhrases };
}

function mutate(phrase: string, random: () => number): string {
  return phrase
    .split(' ')
    .map((word) => {
      const points = [...word];
      const last = points.length - 1;
      const code = points[last]?.codePointAt(0);
      if (code === undefined || points.length < 2) return word;
      // A neighbour in the same block of 64 code points: a Latin letter stays Latin, a Han character Han.
      const block = code & ~63;
      points[last] = String.fromCodePoint(block + ((code - block + 1 + Math.floor(random() * 62)) % 64));
      return points.join('');
    })
    .join(' ');
}

/**
 * The rules without the regexes a rule pack may not hold (see linearRegexProblem: lookarounds and back-references), and without
 * rules left with nothing to match, so that the built-in rules load as a pack for the lexicon-growth comparison.
 */
export function packableRules(rules: readonly Rule[]): Rule[] {
  return rules.flatMap((rule): Rule[] => {
    const patterns = rule.match?.patterns;
    if (rule.match === undefined || patterns === undefined) return [rule];
    const kept = patterns.filter((pattern) => linearRegexProblem(pattern.regex, pattern.flags ?? '') === null);
    const { patterns: _dropped, ...rest } = rule.match;
    if (kept.length > 0) return [{ ...rule, match: { ...rest, patterns: kept } }];
    return rest.phrases !== undefined || rest.facts !== undefined ? [{ ...rule, match: rest }] : [];
  });
}
