/**
 * The q-quantile (q in [0, 1]) of values already sorted ascending, interpolating linearly between the two nearest
 * ranks (Hyndman and Fan's type 7, the default of R and NumPy). Undefined for an empty array.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be in [0, 1], got ${q}`);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (upper - lower) * (position - below);
}
