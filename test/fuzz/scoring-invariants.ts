import assert from 'node:assert/strict';
import { PostingValidationError, type Scanner, type Verdict } from '../../src/index';

/**
 * What holds for any input: `score` throws only PostingValidationError, `safeScore` never throws, scores lie in
 * [0, 1], a verdict is the same when scored again, and Object.prototype is never touched. node:assert, so that
 * both vitest and the `npm run fuzz` script can run it.
 */
export function checkHostileInput(scanner: Scanner, input: unknown): void {
  const safe = scanner.safeScore(input);
  let thrown: unknown;
  let verdict: Verdict | undefined;
  try {
    verdict = scanner.score(input as never);
  } catch (error) {
    thrown = error;
  }
  if (safe.success) {
    assert.equal(thrown, undefined, 'score threw on an input safeScore accepted');
    assert.deepEqual(verdict, safe.verdict, 'two scorings of one input differ');
    assert.ok(safe.verdict.score >= 0 && safe.verdict.score <= 1, `score ${safe.verdict.score} outside [0, 1]`);
  } else {
    assert.ok(thrown instanceof PostingValidationError, `score threw ${String(thrown)}, not a PostingValidationError`);
    assert.ok(safe.error.issues.length > 0, 'a validation error without issues');
  }
  assert.deepEqual(Object.keys(Object.prototype), [], 'Object.prototype was polluted');
}
