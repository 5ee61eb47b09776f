import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createScanner, parseRulePack, RuleSetError } from '../../src/index';

const RULE = {
  id: 'board.crypto-task',
  title: 'Paid tasks in crypto',
  explanation: 'Our trust team sees task scams that pay in crypto.',
  category: 'board',
  severity: 'medium',
  indicators: ['claim.explicit_scam_work'],
  sources: ['HK-CD'],
  match: { phrases: { en: ['usdt commission'] }, patterns: [{ regex: 'task[ -]?(?:order|grab)' }] },
  examples: { fire: ['USDT commission daily', 'task grab job'], quiet: ['commission in USD', 'task list'] },
};

function objectsIn(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(objectsIn)];
}

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).issues.map((issue) => `${issue.source ?? '-'} ${issue.ruleId ?? '-'} ${issue.path.join('.')}: ${issue.message}`);
  }
  throw new Error('expected a RuleSetError');
};

afterEach(() => {
  // Nothing a pack holds may reach the shared prototypes.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('parseRulePack', () => {
  it('loads rules and an allowlist that a scanner then runs', () => {
    const pack = parseRulePack({ version: '2025-06', rules: [RULE], allowlist: { employers: [{ name: 'Acme', websiteDomains: ['WWW.Acme.com'] }] } });
    expect(pack.rules.map((rule) => rule.id)).toEqual(['board.crypto-task']);
    expect(pack.allowlist?.employers[0]).toEqual({ name: 'Acme', accounts: [], emailDomains: [], websiteDomains: ['acme.com'] });
    const scanner = createScanner({ rules: pack.rules });
    expect(scanner.score('Easy task grab job, USDT commission').fired.rules).toContain('board.crypto-task');
  });

  it('names the file, the rule id and the field path of every problem', () => {
    const bad = { rules: [{ ...RULE, severity: 'extreme' }, { ...RULE, id: 'Bad Id' }, 42] };
    expect(problemsOf(() => parseRulePack(bad, { source: 'board-rules.yaml' }))).toEqual([
      expect.stringMatching(/^board-rules\.yaml board\.crypto-task severity: /),
      expect.stringMatching(/^board-rules\.yaml Bad Id id: expected a dotted kebab-case id/),
      expect.stringMatching(/^board-rules\.yaml rules\[2\] : /),
    ]);
    expect(problemsOf(() => parseRulePack({ rule: [] }, { source: 'typo.json' }))).toEqual([expect.stringMatching(/^typo\.json - : Unrecognized key: "rule"/)]);
  });

  it('refuses regexes that could backtrack catastrophically, or that are too long', () => {
    const redos = { ...RULE, match: { patterns: [{ regex: '(?:\\w+\\s?)+$' }, { regex: 'a'.repeat(2_001) }] } };
    expect(problemsOf(() => parseRulePack({ rules: [redos] }, { source: 'p.json' }))).toEqual([
      expect.stringMatching(/^p\.json board\.crypto-task match\.patterns\.1\.regex: Too big/),
    ]);
    // Nested repetition is no danger on the linear-time engine; lookarounds and back-references cannot run there.
    const nested = { ...RULE, match: { patterns: [{ regex: '(?:\\w+\\s?)+$' }] } };
    expect(parseRulePack({ rules: [nested] }).rules).toHaveLength(1);
    const lookaround = { ...RULE, match: { patterns: [{ regex: 'a(?=.*b)' }, { regex: '(a)\\1' }] } };
    expect(problemsOf(() => parseRulePack({ rules: [lookaround] }, { source: 'p.json' }))).toEqual([
      expect.stringMatching(/^p\.json board\.crypto-task match\.patterns\.0\.regex: regex .* refused: the lookahead \(\?=\.\*b\) has no linear-time matching/),
      expect.stringMatching(/^p\.json board\.crypto-task match\.patterns\.1\.regex: regex .* refused: the back-reference \\1/),
    ]);
  });

  it('bounds the size of a pack: rules, phrases and phrase length', () => {
    expect(problemsOf(() => parseRulePack({ rules: Array.from({ length: 1_001 }, () => RULE) }))).toEqual([expect.stringMatching(/rules: Too big/)]);
    const longPhrase = { ...RULE, match: { phrases: { en: ['x'.repeat(201)] } } };
    expect(problemsOf(() => parseRulePack({ rules: [longPhrase] }))).toEqual([expect.stringMatching(/match\.phrases\.en\.0: Too big/)]);
  });

  it.each([
    ['JSON', (text: string) => JSON.parse(text) as unknown],
    ['YAML', (text: string) => parseYaml(text) as unknown],
  ])('refuses __proto__, constructor and prototype keys from %s, and nothing is polluted', (_format, parse) => {
    const attacks = [
      '{"__proto__": {"polluted": true}, "rules": []}',
      '{"constructor": {"prototype": {"polluted": true}}, "rules": []}',
      `{"rules": [${JSON.stringify({ ...RULE, __proto__: { polluted: true } }).replace('{', '{"__proto__": {"polluted": true},')}]}`,
      `{"rules": [${JSON.stringify({ ...RULE, match: { phrases: { en: ['x'] } } }).replace('"en":', '"__proto__": ["polluted"], "en":')}]}`,
      '{"allowlist": {"employers": [{"name": "Acme", "prototype": {"polluted": true}}]}}',
    ];
    const outcomes = attacks.map((text) => {
      const value = parse(text);
      try {
        const pack = parseRulePack(value, { source: 'attack' });
        // Accepted only with the key dropped (zod leaves `__proto__` out of records): inert.
        expect(objectsIn(pack).every((object) => !Object.hasOwn(object, '__proto__') && [Object.prototype, Array.prototype].includes(Object.getPrototypeOf(object)))).toBe(true);
        return 'inert';
      } catch (error) {
        expect((error as RuleSetError).message).toMatch(/^Invalid rules: attack .*(__proto__|constructor|prototype)/);
        return 'refused';
      }
    });
    expect(outcomes).toEqual(['refused', 'refused', 'refused', 'inert', 'refused']);
  });

  it('holds data only: a function anywhere in a pack is refused, never called', () => {
    let called = false;
    const sneaky = { ...RULE, match: { phrases: { en: ['x'] }, patterns: [{ regex: { toString: () => ((called = true), 'x') } }] } };
    expect(problemsOf(() => parseRulePack({ rules: [sneaky] }))).toEqual([expect.stringMatching(/match\.patterns\.0\.regex: Invalid input: expected string/)]);
    expect(called).toBe(false);
  });
});
