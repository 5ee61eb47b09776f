/** mulberry32: a tiny seeded PRNG, so fold assignment (and so the trained model) is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number (0..folds-1) for each of `count` examples, balanced and shuffled by `seed`. */
export function assignFolds(count: number, folds: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, position) => position);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const assignment = new Int32Array(count);
  order.forEach((example, rank) => (assignment[example] = rank % folds));
  return assignment;
}
