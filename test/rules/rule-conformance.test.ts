import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_EXAMPLES } from '../../src/rules/builtin/builtin-rule-examples';
import { BUILTIN_RULE_SET } from '../../src/rules/builtin/builtin-rule-set';
import { referencedIds } from '../../src/rules/compile-rule-set';

// Like typescript-eslint's rule-set tests: checks over the rule set as a whole.
const catalogue = (name: string): Record<string, string> =>
  parse(readFileSync(new URL(`../../rules/catalogue/${name}`, import.meta.url), 'utf8')) as Record<string, string>;
const sources = catalogue('sources.yaml');
const indicators = catalogue('indicators.yaml');
const rules = BUILTIN_RULE_SET.rules;
const ids = new Set(rules.map((rule) => rule.id));

describe('the built-in rule set', () => {
  it('has unique ids', () => {
    expect(ids.size).toBe(rules.length);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s cites known sources and indicators', (_id, rule) => {
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(rule.sources.filter((key) => !(key in sources))).toEqual([]);
    expect(rule.indicators.filter((key) => !(key in indicators))).toEqual([]);
    expect(BUILTIN_RULE_EXAMPLES.examples[rule.id]?.fire.length).toBeGreaterThanOrEqual(2);
    expect(BUILTIN_RULE_EXAMPLES.examples[rule.id]?.quiet.length).toBeGreaterThanOrEqual(2);
  });

  it('patterns name only rules that exist', () => {
    const unknown = rules.flatMap((rule) => (rule.when ? referencedIds(rule.when).filter((id) => !ids.has(id)) : []));
    expect(unknown).toEqual([]);
  });

  it('every building block is used by some pattern', () => {
    const used = new Set(rules.flatMap((rule) => (rule.when ? referencedIds(rule.when) : [])));
    const unused = [...ids].filter((id) => id.startsWith('__') && !used.has(id));
    expect(unused).toEqual([]);
  });

  it('covers every indicator of the catalogue that text can show', () => {
    // meta.mass_template needs many postings (template reuse across accounts), not one ad's text.
    const notVisibleInOneAd = new Set(['meta.mass_template']);
    const cited = new Set(rules.flatMap((rule) => rule.indicators));
    const uncovered = Object.keys(indicators).filter((key) => !cited.has(key) && !notVisibleInOneAd.has(key));
    expect(uncovered).toEqual([]);
  });

  it('covers the languages lures are posted in', () => {
    const languages = new Set(rules.flatMap((rule) => Object.keys(rule.match?.phrases ?? {})));
    for (const language of ['en', 'zh', 'vi', 'id', 'th', 'tl', 'ko', 'ja']) expect(languages).toContain(language);
  });
});
