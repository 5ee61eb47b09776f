import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createScanner } from '../../src/index';
import { hostileText, hostileValue } from './hostile-arbitraries';
import { checkHostileInput } from './scoring-invariants';

// CI runs a few hundred cases; `npm run fuzz` runs the same properties over 100,000.
const scanner = createScanner();

describe('score on hostile input (property)', () => {
  it('any string: a verdict in [0, 1], the same from score and safeScore', () => {
    fc.assert(fc.property(hostileText, (text) => checkHostileInput(scanner, text)), { numRuns: 300 });
  });

  it('any value (wrong types, prototype keys, Maps, BigInts, null prototypes): only PostingValidationError', () => {
    fc.assert(fc.property(hostileValue, (value) => checkHostileInput(scanner, value)), { numRuns: 500 });
  });
});
