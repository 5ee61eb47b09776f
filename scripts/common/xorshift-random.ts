/** xorshift32: the same numbers in [0, 1) for the same seed on every run, so generated data sets are reproducible. */
export function xorshiftRandom(seed: number): () => number {
  let state = seed || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
