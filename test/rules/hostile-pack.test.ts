import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createScanner, parseRulePack, RuleSetError } from '../../src/index';

const rule = (id: string, match: object, examples = { fire: ['zz fire one', 'zz fire two'], quiet: ['calm ad one', 'calm ad two'] }) => ({
  id: `board.${id}`,
  title: 'A board rule',
  explanation: 'A rule a job board wrote.',
  category: 'board',
  severity: 'medium',
  indicators: ['claim.explicit_scam_work'],
  sources: ['HK-CD'],
  match,
  examples,
});

const issuesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  throw new Error('expected a RuleSetError');
};

// Each shape blocks V8's backtracking engine for seconds on a posting of a few dozen characters.
const SLOW_ON_V8: [string, string, string][] = [
  ['(a|a)*b', '', 'a'],
  ['(?:a|aa)*b', '', 'a'],
  ['(?:a?a)*b', '', 'a'],
  ['(?:\\w|\\d)*@', '', '1'],
  ['(?:\\p{L}|a)*1', '', 'a'],
  ['(a|A)*b', 'i', 'a'],
  ['(?:\\w{1,30}\\s?){1,30}@', '', 'abc '],
  ['\\d+\\d+x', '', '1'],
  ['.*.*.*=', '', 'x'],
  ['(a+)+b', '', 'a'],
];

describe('a hostile rule pack cannot hang the scanner', () => {
  it.each(SLOW_ON_V8)('runs /%s/%s in linear time: a 10 KB adversarial posting in under 50 ms', (source, flags, unit) => {
    const pack = parseRulePack({ rules: [rule('slow', { patterns: [{ regex: source, ...(flags === '' ? {} : { flags }) }] })] });
    const scanner = createScanner({ rules: pack.rules, model: null });
    const posting = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    scanner.score(posting); // the first verdict compiles what V8 compiles lazily
    // The best of three, so that a busy machine (the suite runs in parallel) does not decide it.
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      scanner.score(posting);
      return performance.now() - started;
    });
    expect(Math.min(...times)).toBeLessThan(50);
  });

  it('refuses lookarounds (an exponential part can hide in one) and back-references at load', () => {
    const hidden = rule('hidden', { patterns: [{ regex: 'x(?=(a+)+b)' }, { regex: 'a(?=.*b)' }, { regex: '(\\w)\\1' }] });
    expect(issuesOf(() => parseRulePack({ rules: [hidden] }))).toEqual([
      expect.stringMatching(/^match\.patterns\.0\.regex: .*lookahead/),
      expect.stringMatching(/^match\.patterns\.1\.regex: .*lookahead/),
      expect.stringMatching(/^match\.patterns\.2\.regex: .*back-reference/),
    ]);
    // createScanner, which takes rules without a pack, refuses them the same way.
    expect(issuesOf(() => createScanner({ rules: [hidden], model: null }))[0]).toMatch(/lookahead/);
  });

  it('matches a phrase of hyphen tokens in linear time (a space next to a hyphen no longer also eats one)', () => {
    const phrase = `x ${Array.from({ length: 26 }, () => '-').join(' ')}`;
    const pack = parseRulePack({ rules: [rule('hyphens', { phrases: { en: [phrase] } })] });
    const scanner = createScanner({ rules: pack.rules, model: null });
    const posting = `x ${'-'.repeat(60)}`;
    const started = performance.now();
    scanner.score(posting);
    expect(performance.now() - started).toBeLessThan(50);
    expect(scanner.score(`x ${'- '.repeat(26)}`).fired.rules).toContain('board.hyphens');
    expect(issuesOf(() => parseRulePack({ rules: [rule('lead', { phrases: { en: ['- x'] } })] }))).toEqual([
      expect.stringMatching(/^match\.phrases\.en\.0: a phrase may not begin with a hyphen/),
    ]);
  });

  it('refuses a YAML alias fan-out quickly, with bounded memory', () => {
    const phrases = Array.from({ length: 5_000 }, (_, index) => `  - "phrase ${index} ${'x'.repeat(150)}"`).join('\n');
    let text = `x: &p\n${phrases}\nrules:\n`;
    for (let index = 0; index < 99; index++) {
      text += `  - { id: board.r${index}, title: t, explanation: e, category: board, severity: low, indicators: [x], sources: [y], match: { phrases: { en: *p } }, examples: { fire: [a, b], quiet: [c, d] } }\n`;
    }
    const value = parseYaml(text, { maxAliasCount: 100, customTags: [] }) as object;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(issuesOf(() => parseRulePack(value))).toEqual([expect.stringMatching(/too large: more than 16,000,000 characters of text once aliases are expanded/)]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses conditions nested 5,000 deep with a RuleSetError, not a RangeError', () => {
    let when: unknown = 'board.a';
    for (let depth = 0; depth < 5_000; depth++) when = { not: when };
    const deep = { ...rule('deep', {}), match: undefined, when };
    expect(issuesOf(() => parseRulePack({ rules: [deep] }))).toEqual([expect.stringMatching(/too large: nested more than 40 levels deep/)]);
    expect(issuesOf(() => createScanner({ rules: [deep], model: null }))).toEqual([expect.stringMatching(/nested more than 32 levels deep/)]);
  });

  it('bounds the number of languages, so that 500 phrases per language bounds something', () => {
    const languages = Object.fromEntries(Array.from({ length: 41 }, (_, index) => [`x${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}`, ['word']]));
    expect(issuesOf(() => parseRulePack({ rules: [rule('babel', { phrases: languages })] }))).toEqual([expect.stringMatching(/^match\.phrases: at most 40 languages/)]);
  });

  it('bounds the examples a pack carries, since loading one scores them all', () => {
    const long = 'w'.repeat(9_000);
    const rules = Array.from({ length: 60 }, (_, index) => rule(`r${index}`, { phrases: { en: ['word'] } }, { fire: [long, long], quiet: [long, long] }));
    expect(issuesOf(() => parseRulePack({ rules }))).toEqual([expect.stringMatching(/^rules: examples hold \d+ characters; at most 2000000/)]);
  });
});
