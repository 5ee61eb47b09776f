import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinCompactModel, builtinEngineImage, builtinScannerRules } from '../../scripts/rules/engine-image';
import compactModel from '../../src/generated/model.generated.json';
import image from '../../src/generated/engine-image.generated.json';
import ruleSetFile from '../../src/generated/rule-set.generated.json';
import ruleTexts from '../../src/generated/rule-texts.generated.json';
import scannerRules from '../../src/generated/scanner-rules.generated.json';
import { foldPhrase } from '../../src/normalise/fold-phrase';
import { BUILTIN_RULE_SET } from '../../src/rules/builtin/builtin-rule-set';
import { BUILTIN_SCANNER_RULES } from '../../src/rules/builtin/builtin-scanner-rules';
import { builtinRuleSetImage } from '../../src/rules/builtin/engine-image';
import { compileRuleSet } from '../../src/rules/compile-rule-set';
import type { CompiledRuleSet } from '../../src/rules/compiled-rule';
import { createScanner } from '../../src/scanner';

// The scanner trusts the image for the built-in rules: a stale one would miss phrases the rules hold.
describe('engine-image.generated.json', () => {
  it('is what the build step writes from the built-in rules today', () => {
    expect(image).toEqual(builtinEngineImage());
    expect(builtinRuleSetImage()).toBeDefined();
  });

  it('holds every phrase of every built-in rule, folded, once', () => {
    const compiled = compileRuleSet('builtin', BUILTIN_SCANNER_RULES.rules, { safeRegexes: () => true, image: builtinRuleSetImage() });
    const folded = new Set(BUILTIN_RULE_SET.rules.flatMap((rule) => Object.values(rule.match?.phrases ?? {}).flat().map(foldPhrase)));
    const fromImage = compiled.vocabulary().filter((text) => folded.has(text));
    expect(new Set(fromImage)).toEqual(folded);
  });
});

describe('scanner-rules.generated.json and rule-texts.generated.json', () => {
  it('are what the build step writes from the built-in rules today', () => {
    const { scannerRules: expectedRules, texts } = builtinScannerRules();
    expect(scannerRules).toEqual(expectedRules);
    expect(JSON.parse(ruleTexts)).toEqual(texts);
  });

  it('give back the rules compile-rules wrote, keys in order', () => {
    expect(JSON.stringify(BUILTIN_RULE_SET)).toBe(JSON.stringify(ruleSetFile));
  });
});

describe('model.generated.json', () => {
  it('is the built-in model.json as the build step compacts it today', () => {
    expect(compactModel).toEqual(builtinCompactModel());
  });
});

describe('the built-in rules compiled from their image', () => {
  const builtin = BUILTIN_RULE_SET.rules;
  const options = { safeRegexes: () => true };
  const fromImage = compileRuleSet('builtin', builtin, { ...options, image: builtinRuleSetImage() });
  const built = compileRuleSet('builtin', builtin, options);

  const phrasesOf = (compiled: CompiledRuleSet): string[] =>
    compiled.baseRules.flatMap((rule) => [...(rule.phraseLiterals ?? []), ...rule.stemLiterals]);
  const somePhrases = phrasesOf(built).filter((_, position) => position % 97 === 0);

  it('has the rules, phrase shapes and gates of the rules compiled from scratch', () => {
    expect(fromImage.baseRules.map((rule) => rule.rule.id)).toEqual(built.baseRules.map((rule) => rule.rule.id));
    expect(fromImage.gateLiterals).toEqual(built.gateLiterals);
    for (const [position, rule] of fromImage.baseRules.entries()) {
      const other = built.baseRules[position];
      expect(rule.phraseAt === null).toBe(other?.phraseAt === null);
      expect(rule.stemAt === null).toBe(other?.stemAt === null);
      expect(rule.phraseRegex?.source).toBe(other?.phraseRegex?.source);
      expect(rule.stemRegex?.source).toBe(other?.stemRegex?.source);
      expect(rule.phraseLiterals).toEqual(other?.phraseLiterals);
      expect(rule.stemLiterals).toEqual(other?.stemLiterals);
    }
  });

  it('finds the same candidates in any text made of its phrases', () => {
    const piece = fc.oneof(fc.constantFrom(...somePhrases), fc.constantFrom(' ', '-', 'x', '日', ' the '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect([...fromImage.phraseIndex.candidates(text)]).toEqual([...built.phraseIndex.candidates(text)]);
        expect([...fromImage.literalIndex.candidates(text)]).toEqual([...built.literalIndex.candidates(text)]);
      }),
      { numRuns: 300 },
    );
  });

  it('compiles the runtime copy of the rules, phrases read from the image, as the whole rules', () => {
    const lean = compileRuleSet('builtin', BUILTIN_SCANNER_RULES.rules, { ...options, image: builtinRuleSetImage() });
    for (const [position, rule] of lean.baseRules.entries()) {
      const other = built.baseRules[position];
      expect(rule.phraseRegex?.source).toBe(other?.phraseRegex?.source);
      expect(rule.phraseLiterals).toEqual(other?.phraseLiterals);
      expect(rule.stemLiterals).toEqual(other?.stemLiterals);
    }
  });

  it('gives the verdict of a scanner that compiles the rules itself', () => {
    const fromImageScanner = createScanner();
    // Extra rules turn the image off: one that never fires changes nothing else.
    const never = {
      id: 'board.never',
      title: 'Never fires',
      explanation: 'A rule that needs a phrase no ad has.',
      category: 'board',
      severity: 'low',
      indicators: ['claim.explicit_scam_work'],
      sources: ['HK-CD'],
      match: { phrases: { en: ['zzqx never zzqx'] } },
      examples: { fire: ['zzqx never zzqx', 'ZZQX never zzqx!'], quiet: ['never', 'zzqx'] },
    };
    const builtScanner = createScanner({ rules: [never] });
    const ad =
      'URGENT: customer service in Sihanoukville, Cambodia. Salary $1,500/month, no experience needed, free flight ticket ' +
      'and visa, food and accommodation provided. Contact HR on Telegram @kh_hr_team. 工资日结，包吃住。';
    const { versions: _ignored, ...verdict } = fromImageScanner.score(ad);
    const { versions: _other, ...expected } = builtScanner.score(ad);
    expect(verdict).toEqual(expected);
    expect(verdict.risk).toBe('critical');
  });
});
