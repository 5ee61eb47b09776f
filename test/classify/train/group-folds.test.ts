import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignGroupFolds } from '../../../src/classify/train/group-folds';

describe('assignGroupFolds', () => {
  it('never splits a group, spreads positives evenly, and is deterministic (a property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean()), { minLength: 1, maxLength: 200 }), fc.integer({ min: 2, max: 6 }), (rows, folds) => {
        const groups = rows.map(([group]) => group);
        const positives = rows.map(([, positive]) => positive);
        const assignment = assignGroupFolds(groups, positives, folds, 7);
        expect([...assignGroupFolds(groups, positives, folds, 7)]).toEqual([...assignment]);
        const foldOf = new Map<number, number>();
        groups.forEach((group, i) => {
          expect(assignment[i]).toBeGreaterThanOrEqual(0);
          expect(assignment[i]).toBeLessThan(folds);
          expect(foldOf.get(group) ?? assignment[i]).toBe(assignment[i]);
          foldOf.set(group, assignment[i] as number);
        });
      }),
    );
  });

  it('balances singleton positives across folds', () => {
    const positives = Array.from({ length: 100 }, (_, i) => i % 4 === 0);
    const assignment = assignGroupFolds(Array.from({ length: 100 }, (_, i) => i), positives, 5, 1);
    const perFold = [0, 1, 2, 3, 4].map((fold) => positives.filter((positive, i) => positive && assignment[i] === fold).length);
    expect(perFold).toEqual([5, 5, 5, 5, 5]);
  });
});
