import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionFindOf } from '../../src/campaigns/union-find';

describe('UnionFind', () => {
  it('joins sets and numbers them by first appearance', () => {
    const sets = unionFindOf(5);
    sets.union(3, 1);
    sets.union(4, 0);
    expect([...sets.setNumbers()]).toEqual([0, 1, 2, 1, 0]);
    expect(sets.sizeOf(1)).toBe(2);
  });

  it('numbers sets the same whatever the order of the joins (a property)', () => {
    const pairs = fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 20 });
    fc.assert(
      fc.property(pairs, (joins) => {
        const forward = unionFindOf(12);
        const backward = unionFindOf(12);
        for (const [a, b] of joins) forward.union(a, b);
        for (const [a, b] of [...joins].reverse()) backward.union(b, a);
        expect([...forward.setNumbers()]).toEqual([...backward.setNumbers()]);
        for (const [a, b] of joins) expect(forward.find(a)).toBe(forward.find(b));
      }),
    );
  });
});
