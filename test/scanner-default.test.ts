import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_EXAMPLES } from '../src/rules/builtin/builtin-rule-examples';
import { BUILTIN_RULE_SET } from '../src/rules/builtin/builtin-rule-set';
import { compileRuleSet } from '../src/rules/compile-rule-set';
import { RuleSetError } from '../src/rules/rule-set-error';
import { summaryOf } from '../src/explain/rule-summary';
import type { ScannerRule } from '../src/rules/rule-schema';
import { createDefaultScanner, createScanner } from '../src/scanner';

// `score` uses createDefaultScanner, built without the code only options need: it must be createScanner() exactly.
const full = createScanner();
const lean = createDefaultScanner();

describe('the default scanner', () => {
  it('holds the runtime copy of the rules createScanner() reads whole, and the same versions and policy', () => {
    // The runtime copy leaves out the phrases (the engine image holds them) and all of the explanation but its summary.
    expect(lean.rules.map((rule) => rule.id)).toEqual(full.rules.map((rule) => rule.id));
    for (const [index, rule] of lean.rules.entries()) {
      const whole = full.rules[index];
      const { phrases: _phrases, ...match } = whole?.match ?? {};
      expect(rule).toEqual({ ...whole, explanation: rule.explanation, ...(whole?.match && { match }) });
      expect(summaryOf(rule)).toBe(summaryOf(whole as ScannerRule));
      expect(rule.match?.phrases).toBeUndefined();
    }
    expect(lean.versions).toEqual(full.versions);
    expect(lean.policy).toEqual(full.policy);
  });

  it('gives the verdict createScanner() gives on every built-in rule example', () => {
    const examples = Object.values(BUILTIN_RULE_EXAMPLES.examples).flatMap(({ fire, quiet }) => [...fire, ...quiet]);
    expect(examples.length).toBeGreaterThan(500);
    for (const example of examples) expect(lean.score(example)).toEqual(full.score(example));
  });

  it('gives the verdict createScanner() gives on text made of lure and honest words', () => {
    const words = ['Telegram', '@hr_team', 'Cambodia', 'salary', '$1,500/month', 'no experience', 'free flight', 'visa', 'typing job', 'nurse', 'hospital', 'WhatsApp +855 12 345 678', '月薪', '柬埔寨', 'ค่าจ้าง', 'gaji', 'lương cao'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (chosen) => {
        const text = chosen.join(' ');
        expect(lean.score(text)).toEqual(full.score(text));
      }),
      { numRuns: 60 },
    );
  });
});

describe('compileRuleSet without a linear-time engine', () => {
  it('refuses a regex no one vouched for, naming the rule and the field', () => {
    const rule = { ...(BUILTIN_RULE_SET.rules.find((candidate) => (candidate.match?.patterns?.length ?? 0) > 0) ?? BUILTIN_RULE_SET.rules[0]!), id: 'board.unvouched' };
    const compile = (): unknown => compileRuleSet('test', [rule], {});
    expect(compile).toThrow(RuleSetError);
    expect(compile).toThrow(/no linear-time regex engine/);
  });
});
