import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBelow, overlapTester } from '../../src/extract/span-overlap';

const span = fc.tuple(fc.nat(200), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));

describe('overlapTester', () => {
  it('answers as asking every span would, in any order', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, query) => {
        const naive = spans.some((other) => query.start < other.end && other.start < query.end);
        expect(overlapTester(spans)(query.start, query.end)).toBe(naive);
      }),
    );
  });

  it('counts the values below a limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, limit) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(countBelow(sorted, limit)).toBe(sorted.filter((value) => value < limit).length);
      }),
    );
  });
});
