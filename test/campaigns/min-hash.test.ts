import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateJaccard, MinHasher } from '../../src/campaigns/min-hash';
import { shingleHashes } from '../../src/campaigns/shingle-hashes';
import { templateTokens } from '../../src/campaigns/template-tokens';

describe('MinHasher', () => {
  const hasher = new MinHasher(256);
  const range = (from: number, to: number): Uint32Array => Uint32Array.from({ length: to - from }, (_, index) => from + index);

  it('estimates Jaccard similarity within a few points', () => {
    // |A ∩ B| = 500, |A ∪ B| = 1500: J = 1/3.
    const estimate = estimateJaccard(hasher.signature(range(0, 1000)), hasher.signature(range(500, 1500)));
    expect(estimate).toBeGreaterThan(0.25);
    expect(estimate).toBeLessThan(0.42);
    expect(estimateJaccard(hasher.signature(range(0, 1000)), hasher.signature(range(5000, 6000)))).toBeLessThan(0.05);
  });

  it('gives equal sets equal signatures, whatever the order and repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 200 }), (values) => {
        const forward = hasher.signature(Uint32Array.from(values));
        const backward = hasher.signature(Uint32Array.from([...values, ...values].reverse()));
        expect(estimateJaccard(forward, backward)).toBe(1);
      }),
    );
  });

  it('refuses a size it cannot bin', () => {
    expect(() => new MinHasher(0)).toThrow(RangeError);
  });
});

describe('templateTokens and shingleHashes', () => {
  it('folds case, width and digits, and splits Han characters', () => {
    expect(templateTokens('Call ＴＯＤＡＹ: +855 12-345, 月入过万')).toEqual(['call', 'today', '000', '00', '000', '月', '入', '过', '万']);
  });

  it('makes one shingle of a short text and none of an empty one', () => {
    expect(shingleHashes(['a', 'b'])).toHaveLength(1);
    expect(shingleHashes([])).toHaveLength(0);
    expect(shingleHashes(['a', 'b', 'c', 'd', 'e', 'a', 'b', 'c', 'd', 'e'])).toHaveLength(5);
  });
});
