import { seededRandom } from './seeded-random';

/**
 * Fold number (0..folds-1) per example such that every group (near-copies, see `nearCopyGroups`) lies in one fold,
 * and positives and negatives are spread evenly: groups are shuffled by `seed`, taken largest first, and each goes
 * to the fold that has the fewest of its majority class so far (ties to the lower fold). Deterministic.
 */
export function assignGroupFolds(groups: ArrayLike<number>, positives: readonly boolean[], folds: number, seed: number): Int32Array {
  if (!Number.isInteger(folds) || folds < 2) throw new RangeError(`folds must be an integer of at least 2, got ${folds}`);
  const members = new Map<number, number[]>();
  for (let example = 0; example < groups.length; example++) {
    const group = groups[example] as number;
    const list = members.get(group);
    if (list === undefined) members.set(group, [example]);
    else list.push(example);
  }
  const random = seededRandom(seed);
  const order = [...members.values()];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number[], order[i] as number[]];
  }
  // A stable sort: equal sizes keep their shuffled order.
  order.sort((a, b) => b.length - a.length);

  const positiveCounts = new Array<number>(folds).fill(0);
  const negativeCounts = new Array<number>(folds).fill(0);
  const assignment = new Int32Array(groups.length);
  for (const group of order) {
    const groupPositives = group.filter((example) => positives[example]).length;
    const counts = groupPositives * 2 >= group.length ? positiveCounts : negativeCounts;
    let fold = 0;
    for (let candidate = 1; candidate < folds; candidate++) if ((counts[candidate] as number) < (counts[fold] as number)) fold = candidate;
    positiveCounts[fold] = (positiveCounts[fold] as number) + groupPositives;
    negativeCounts[fold] = (negativeCounts[fold] as number) + group.length - groupPositives;
    for (const example of group) assignment[example] = fold;
  }
  return assignment;
}

/** How many groups hold a positive, and how many hold none: k-fold needs k of each, or some fold lacks a class. */
export function groupsPerClass(groups: ArrayLike<number>, positives: readonly boolean[]): { positive: number; negative: number } {
  const hasPositive = new Map<number, boolean>();
  for (let example = 0; example < groups.length; example++) {
    const group = groups[example] as number;
    hasPositive.set(group, (hasPositive.get(group) ?? false) || (positives[example] ?? false));
  }
  const positive = [...hasPositive.values()].filter(Boolean).length;
  return { positive, negative: hasPositive.size - positive };
}
