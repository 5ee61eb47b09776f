import { describe, expect, it } from 'vitest';
import { createScanner } from '../src/scanner';
import { parsePosting } from '../src/posting/parse-posting';
import { PostingValidationError } from '../src/posting/posting-validation-error';
import { RuleSetError } from '../src/rules/rule-set-error';
import { ModelError } from '../src/classify/model-error';

const lure = {
  id: 'ad-17',
  title: 'Online customer service (Cambodia)',
  description:
    'Work in Sihanoukville, Cambodia. No experience needed, basic computer skills only. Salary $1,500 per month. ' +
    'Free flight ticket, visa and accommodation provided. Contact HR on Telegram: @kh_jobs_hr',
};

const honest = {
  id: 'ad-18',
  title: 'Registered Nurse, Medical-Surgical Unit',
  companyName: "St. Luke's Medical Center",
  location: 'Quezon City, Philippines',
  description:
    'We are looking for a registered nurse with a valid PRC licence and at least one year of hospital experience. ' +
    'Apply through our careers portal; shortlisted applicants will be invited to an interview.',
};

const customRule = {
  id: 'board.banned-phrase',
  title: 'Phrase banned on this board',
  explanation: 'Our trust team bans this phrase.',
  category: 'board',
  severity: 'high',
  indicators: ['claim.explicit_scam_work'],
  sources: ['HK-CD'],
  match: { phrases: { en: ['guaranteed profit'] } },
  examples: { fire: ['guaranteed profit daily', 'Guaranteed profit!'], quiet: ['profit sharing', 'no guarantee'] },
};

describe('createScanner', () => {
  const scanner = createScanner();

  it('gives the scam-compound lure a critical verdict with the compound pattern and exact evidence', () => {
    const verdict = scanner.score(lure);
    expect(verdict.id).toBe('ad-17');
    expect(verdict.risk).toBe('critical');
    expect(verdict.fired.patterns).toContain('pattern.compound-lure');
    for (const flag of verdict.flags) {
      for (const evidence of flag.evidence) {
        const source = lure[evidence.field as keyof typeof lure];
        expect(source.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
    expect(verdict.extracted.places.some((place) => place.hub && place.name === 'Sihanoukville')).toBe(true);
    expect(verdict.extracted.contacts.some((contact) => contact.channel === 'telegram')).toBe(true);
  });

  it('keeps an honest overseas-employer ad low', () => {
    const verdict = scanner.score(honest);
    expect(verdict.risk).toBe('low');
    expect(verdict.id).toBe('ad-18');
  });

  it('makes the contributions, including the classifier, add up to the score', () => {
    for (const posting of [lure, honest]) {
      const verdict = scanner.score(posting);
      expect(verdict.classifier).toBeDefined();
      const logit =
        verdict.bias + verdict.flags.reduce((sum, flag) => sum + flag.contribution, 0) + (verdict.classifier?.contribution ?? 0);
      expect(verdict.score).toBeCloseTo(1 / (1 + Math.exp(-logit)), 10);
    }
  });

  it('stamps the model hash beside the rule set, and maps the risk to an action', () => {
    const verdict = scanner.score(lure);
    expect(verdict.versions.model).toMatch(/^[0-9a-f]{16}$/);
    expect(verdict.action).toBe('block');
    expect(scanner.score(honest).action).toBe('allow');
  });

  it('scores with the rules alone when the model is null, and takes actions from the policy', () => {
    const rulesOnly = createScanner({ model: null, scoring: { actions: { low: 'allow', medium: 'allow', high: 'review', critical: 'review' } } });
    const verdict = rulesOnly.score(lure);
    expect(verdict.classifier).toBeUndefined();
    expect(verdict.versions.model).toBeUndefined();
    expect(verdict.bias).toBe(-3);
    expect(verdict.action).toBe('review');
  });

  it('refuses an invalid model with the path of each problem', () => {
    expect(() => createScanner({ model: { format: 'lurescan-model/1', classifier: { bias: 'x' } } })).toThrow(ModelError);
    try {
      createScanner({ model: { format: 'lurescan-model/1', classifier: { bias: 'x', terms: {} } } });
    } catch (error) {
      const paths = (error as ModelError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toContain('classifier.bias');
      expect(paths).toContain('combiner');
    }
  });

  it('throws a typed error listing every problem with its field path', () => {
    let caught: unknown;
    try {
      scanner.score({ title: 5, telecommuting: 'yes' } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PostingValidationError);
    const paths = (caught as PostingValidationError).issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'telecommuting']));
  });

  it('rejects a posting with no text at all', () => {
    const result = scanner.safeScore({ id: 3, telecommuting: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/at least one text field/);
  });

  it('returns the error from safeScore instead of throwing, for any value', () => {
    for (const value of [null, 42, [], { title: ['x'] }, undefined]) {
      const result = scanner.safeScore(value);
      expect(result.success).toBe(false);
    }
  });

  it('runs a job board’s own rules beside the built-in ones', () => {
    const custom = createScanner({ rules: [customRule] });
    expect(custom.score('Guaranteed profit every day').fired.rules).toContain('board.banned-phrase');
    expect(custom.versions.ruleSet).toMatch(/custom/);
    const only = createScanner({ rules: [customRule], builtinRules: false });
    expect(only.rules.map((rule) => rule.id)).toEqual(['board.banned-phrase']);
  });

  it('refuses invalid custom rules with the rule id and field path', () => {
    expect(() => createScanner({ rules: [{ ...customRule, severity: 'extreme' }] })).toThrow(RuleSetError);
    try {
      createScanner({ rules: [{ ...customRule, match: { patterns: [{ regex: '(unclosed' }] } }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      expect((error as RuleSetError).message).toContain('board.banned-phrase');
      expect((error as RuleSetError).issues[0]?.path).toEqual(['match', 'patterns', 0, 'regex']);
    }
  });

  it('runs a rule regex that would backtrack catastrophically on V8 in linear time, and refuses a lookbehind', () => {
    const nested = { ...customRule, match: { patterns: [{ regex: '(?:[a-z]+ ?)+fee' }] } };
    const scanner = createScanner({ rules: [nested], model: null });
    const started = performance.now();
    scanner.score('abcdefgh '.repeat(400));
    expect(performance.now() - started).toBeLessThan(500);
    expect(scanner.score('an agency fee').fired.rules).toContain('board.banned-phrase');
    const lookbehind = { ...customRule, match: { patterns: [{ regex: '(?<!no )fee' }] } };
    try {
      createScanner({ rules: [lookbehind] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      expect((error as RuleSetError).issues).toEqual([
        { ruleId: 'board.banned-phrase', path: ['match', 'patterns', 0, 'regex'], message: expect.stringContaining('/(?<!no )fee/ refused: the lookbehind') },
      ]);
    }
  });

  it('refuses a phrase list beyond the limits', () => {
    const huge = { ...customRule, match: { phrases: { en: Array.from({ length: 501 }, (_, index) => `phrase ${index}`) } } };
    expect(() => createScanner({ rules: [huge] })).toThrow(/match\.phrases\.en: Too big/);
  });

  it('refuses a pattern that names an unknown rule, and duplicate ids', () => {
    const pattern = { ...customRule, id: 'board.combo', match: undefined, when: { all: ['board.nope'] } };
    expect(() => createScanner({ rules: [pattern] })).toThrow(/unknown rule "board.nope"/);
    expect(() => createScanner({ rules: [customRule, customRule] })).toThrow(/duplicate rule id/);
  });
});

describe('read limits', () => {
  const lureText = 'Free flight and visa to Sihanoukville, contact Telegram @kh_jobs_hr. ';

  it('cuts a field past maxFieldLength, says so in the verdict, and still quotes evidence exactly', () => {
    const scanner = createScanner({ maxFieldLength: 200 });
    const description = lureText + 'x'.repeat(1_000) + ' no experience needed';
    const verdict = scanner.score({ title: 'Customer service', description });
    expect(verdict.truncated).toEqual([{ field: 'description', originalLength: description.length }]);
    expect(verdict.fired.rules).toContain('dest.sea-hotspot');
    expect(verdict.fired.rules).not.toContain('req.no-qualifications');
    for (const evidence of verdict.flags.flatMap((flag) => flag.evidence).filter((item) => item.field === 'description')) {
      expect(evidence.end).toBeLessThanOrEqual(200);
      expect(description.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('shares maxPostingLength fairly among fields, and leaves `truncated` out when nothing is cut', () => {
    const scanner = createScanner({ maxFieldLength: 100, maxPostingLength: 150 });
    // benefits needs 10 of an equal 50; description and title split the 140 left: 70 each.
    const verdict = scanner.score({ title: 'a'.repeat(120), description: 'b'.repeat(80), benefits: 'c'.repeat(10) });
    expect(verdict.truncated).toEqual([
      { field: 'title', originalLength: 120 },
      { field: 'description', originalLength: 80 },
    ]);
    expect(verdict.fired.rules).toContain('evasion.text-cut');
    expect(verdict.action).not.toBe('allow');
    expect(createScanner().score(lureText)).not.toHaveProperty('truncated');
  });

  it('never cuts a surrogate pair in two', () => {
    const parsed = parsePosting('ab😀😀😀 Sihanoukville', { limits: { maxFieldLength: 5, maxPostingLength: 100 } });
    expect(parsed.success && parsed.parsed.fields.map((field) => field.text.original)).toEqual(['ab😀']);
    expect(parsed.success && parsed.parsed.truncated).toEqual([{ field: 'text', originalLength: 22 }]);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createScanner({ maxFieldLength: 0 })).toThrow(/maxFieldLength must be a positive integer/);
    expect(() => createScanner({ maxPostingLength: Number.NaN })).toThrow(/maxPostingLength/);
  });
});
