import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { KNOWN_UPWARD_IMPORTS, layerOf, pipelineOrder } from '../../scripts/lint/pipeline-order.js';

const linter = new Linter({ cwd: '/repo' });
const lint = (file: string, code: string): string[] =>
  linter
    .verify(
      code,
      [{ files: ['**/*.ts'], plugins: { lurescan: { rules: { 'pipeline-order': pipelineOrder } } }, rules: { 'lurescan/pipeline-order': 'error' } }],
      `/repo/${file}`,
    )
    .map((message) => message.message);

describe('the pipeline-order lint rule', () => {
  it('refuses an import from a later stage, and names both files', () => {
    expect(lint('src/extract/pay/find-pay.ts', "import { createScanner } from '../../scanner';")).toEqual([
      expect.stringContaining('src/extract/pay/find-pay (layer 3) imports src/scanner (layer 10)'),
    ]);
    expect(lint('src/normalise/fold.ts', "export { x } from '../cli/main';")).toHaveLength(1);
  });

  it('allows imports from the same or an earlier stage, and from packages', () => {
    const code = ["import { fold } from '../normalise/fold';", "import { a } from './same-stage';", "import { z } from 'zod';"].join('\n');
    expect(lint('src/extract/facts-of.ts', code)).toEqual([]);
    expect(lint('src/cli/main.ts', "import { score } from '../index';")).toEqual([]);
  });

  it('lists no known upward import: the shared parts have all moved down', () => {
    expect([...KNOWN_UPWARD_IMPORTS]).toEqual([]);
    expect(lint('src/rules/compiled-rule.ts', "import { i } from '../match/match-base-rules';")).toHaveLength(1);
  });

  it('places training above the scanner, and the entries above both', () => {
    expect(layerOf('src/classify/train/train-model')).toBeGreaterThan(layerOf('src/scanner') ?? Infinity);
    expect(layerOf('src/classify/score-classifier')).toBeLessThan(layerOf('src/scanner') ?? -Infinity);
    expect(layerOf('src/entry/train')).toBeGreaterThan(layerOf('src/classify/train/train-model') ?? Infinity);
  });
});
