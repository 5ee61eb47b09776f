/** A half-open span [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Whether a span overlaps any of `spans`, in O(log n) per question (after an O(n log n) sort): asking
 * `spans.some(...)` for each of thousands of candidates in a field with thousands of contacts was quadratic. A span
 * overlaps one of them iff, among those that start before it ends, the furthest end lies past its start.
 */
export function overlapTester(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((span) => span.start);
  const furthestEnds: number[] = [];
  for (const span of sorted) furthestEnds.push(Math.max(span.end, furthestEnds[furthestEnds.length - 1] ?? -Infinity));
  return (start, end) => {
    const before = countBelow(starts, end); // spans that start before `end`
    return before > 0 && (furthestEnds[before - 1] ?? -Infinity) > start;
  };
}

/** How many of the ascending `values` are below `limit`. */
export function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
