import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The entry points by audience, imported from the built package by its own name (Node resolves a package's
 * `exports` for code inside it), with `import` and with `require`. Run `npm run build` first.
 */
const run = (code: string, type: 'module' | 'commonjs'): unknown =>
  JSON.parse(execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { encoding: 'utf8' }));

const EXPECTED: Record<string, string[]> = {
  lurescan: ['score', 'createScanner', 'LurescanError'],
  'lurescan/rules': ['parseRulePack', 'testRules', 'RuleSchema', 'RuleSetError', 'LurescanError'],
  'lurescan/rule-examples': ['BUILTIN_RULE_EXAMPLES', 'withBuiltinExamples'],
  'lurescan/train': ['trainModel', 'crossValidate', 'formatModel', 'ModelError', 'LurescanError'],
  'lurescan/evaluate': ['evaluate', 'HitFrequencyCounter'],
};

describe.runIf(existsSync('dist/rules.js'))('the built entry points', () => {
  for (const [specifier, names] of Object.entries(EXPECTED)) {
    it(`${specifier} exports ${names.join(', ')} to import and to require`, () => {
      const imported = run(`const m = await import('${specifier}'); console.log(JSON.stringify(Object.keys(m)))`, 'module');
      const required = run(`console.log(JSON.stringify(Object.keys(require('${specifier}'))))`, 'commonjs');
      expect(imported).toEqual(expect.arrayContaining(names));
      expect(required).toEqual(expect.arrayContaining(names));
    });
  }

  it('shares one LurescanError class between entries, so instanceof holds across them', () => {
    const same = run(
      "const [a, b, c] = await Promise.all(['lurescan', 'lurescan/rules', 'lurescan/train'].map((s) => import(s)));" +
        'console.log(JSON.stringify(a.LurescanError === b.LurescanError && b.LurescanError === c.LurescanError))',
      'module',
    );
    expect(same).toBe(true);
  });

  it('runs a rule pack example through lurescan/rules', () => {
    const report = run(
      "const { testRules } = await import('lurescan/rules');" +
        "const rule = { id: 'board.gift-cards', title: 'Pay in gift cards', explanation: 'Wages in gift cards.', category: 'board', severity: 'medium'," +
        " indicators: ['claim.explicit_scam_work'], sources: ['HK-CD'], match: { phrases: { en: ['paid in gift cards'] } }, examples: { fire: ['Paid in gift cards', 'Salary paid in gift cards'], quiet: ['Gift shop', 'Paid weekly'] } };" +
        "console.log(JSON.stringify(testRules({ rules: [rule] }, { 'board.gift-cards': { fire: ['You are paid in gift cards weekly'], quiet: ['Gift shop cashier'] } })))",
      'module',
    );
    expect(report).toEqual({ passed: 6, failures: [] });
  });
});

describe('the scoring entry in a consumer bundle', () => {
  it('leaves training and evaluation out of a browser bundle that imports score', async () => {
    const result = await build({
      stdin: { contents: "import { score } from './src/index'; console.log(score('x').risk);", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    const included = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(included.length).toBeGreaterThan(50);
    expect(included.filter((path) => path.includes('src/classify/train/') || path.includes('src/evaluate/') || path.startsWith('node:'))).toEqual([]);
    // Nor the linear-time engine and validation that only createScanner's options need, nor the rules' examples.
    expect(
      included.filter((path) => /node_modules\/re2js\/|src\/rules\/(linear-regex|validate-rules|rule-pack)\.ts|rule-examples/.test(path)),
    ).toEqual([]);
  }, 60_000);
});
