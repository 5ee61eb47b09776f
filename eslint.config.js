// @ts-check
// `npm run lint`: typescript-eslint strict and type-aware on src/, and the pipeline-order rule (issue 11, item 5).
import tseslint from 'typescript-eslint';
import { pipelineOrder } from './scripts/lint/pipeline-order.js';

/**
 * Files with a lint finding today that another helper is editing this round: the rule stays on for every other
 * file, so no new finding lands, and the next round fixes these in place (and deletes this list).
 */
const KNOWN_FINDINGS = {
  '@typescript-eslint/no-deprecated': ['src/posting/posting-schema.ts', 'src/rules/rule-schema.ts'],
  '@typescript-eslint/no-misused-spread': ['src/explain/rule-summary.ts', 'src/normalise/latin-confusables.ts'],
  '@typescript-eslint/no-unnecessary-boolean-literal-compare': ['src/cli/bin.ts'],
  '@typescript-eslint/no-unnecessary-condition': ['src/cli/evaluate/label-reader.ts', 'src/rules/regex-safety.ts'],
  '@typescript-eslint/no-unnecessary-type-arguments': ['src/cli/workers/campaign-worker.ts'],
  '@typescript-eslint/no-unnecessary-type-assertion': [
    'src/classify/train/train-classifier.ts',
    'src/classify/train/train-combiner.ts',
    'src/classify/train/train-model.ts',
  ],
  // Defensive: the value is typed as a risk level but comes from the caller's data at run time.
  '@typescript-eslint/no-unnecessary-type-conversion': ['src/evaluate/risk-level-confusion.ts'],
  '@typescript-eslint/require-await': ['src/cli/commands/rules.ts'],
  '@typescript-eslint/unbound-method': ['src/cli/spool-stdin.ts', 'src/match/match-base-rules.ts'],
};

export default tseslint.config(
  { ignores: ['dist/', 'playground/dist/', 'node_modules/', '**/*.generated.*', 'src/types/web-platform-globals.d.ts'] }, // declarations for tsconfig.core.json only
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { lurescan: { rules: { 'pipeline-order': pipelineOrder } } },
    rules: {
      'lurescan/pipeline-order': 'error',
      // Messages interpolate numbers and booleans on purpose (counts, offsets, flags); objects are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // The house marks a deliberately unused binding with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `(x) => list.push(x)` style callbacks are common and read clearly.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  ...Object.entries(KNOWN_FINDINGS).map(([rule, files]) => ({ files, rules: { [rule]: 'off' } })),
);
