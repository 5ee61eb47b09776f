import { describe, expect, it } from 'vitest';
import { createScanner, type ScannerOptions } from '../src/index';

describe('createScanner options', () => {
  it('refuses a misplaced key, naming where it belongs, rather than ignoring it', () => {
    const misplaced = { thresholds: { medium: 0.05, high: 0.3, critical: 0.95 } } as unknown as ScannerOptions;
    expect(() => createScanner(misplaced)).toThrow(TypeError);
    expect(() => createScanner(misplaced)).toThrow(/unknown option 'thresholds' \(it belongs in scoring: \{ thresholds \}\)/);
  });

  it('refuses unknown keys at the top and inside scoring, all named at once', () => {
    const options = { rule: [], maxLength: 10, scoring: { threshold: 0.5, bias: -3 } } as unknown as ScannerOptions;
    expect(() => createScanner(options)).toThrow(/unknown options 'rule', 'maxLength', 'scoring.threshold' \(known options: rules, /);
  });

  it('accepts every documented key', () => {
    const scanner = createScanner({
      rules: [],
      builtinRules: true,
      model: undefined,
      allowlist: { employers: [] },
      scoring: { thresholds: { medium: 0.05, high: 0.3, critical: 0.95 }, actions: { low: 'allow', medium: 'allow', high: 'review', critical: 'block' } },
      maxFieldLength: 1000,
      maxPostingLength: 2000,
    });
    expect(scanner.policy.thresholds.medium).toBe(0.05);
  });
});
