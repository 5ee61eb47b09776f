/**
 * The longest common subsequence of two word lists by Myers' O(ND) diff (1986): for each word of `left`, the index
 * of the word of `right` it is matched with, or -1. Near-duplicates differ in few words, so D is small. Past
 * `maxEdits` differences the middle is left unmatched: such texts are not one template anyway.
 */
export function matchTokens(left: readonly string[], right: readonly string[], maxEdits = 500): Int32Array {
  const matches = new Int32Array(left.length).fill(-1);
  // The common head and tail are matched directly; the diff runs on what lies between.
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head]) {
    matches[head] = head;
    head += 1;
  }
  let tail = 0;
  while (tail < left.length - head && tail < right.length - head && left[left.length - 1 - tail] === right[right.length - 1 - tail]) {
    matches[left.length - 1 - tail] = right.length - 1 - tail;
    tail += 1;
  }
  const a = left.slice(head, left.length - tail);
  const b = right.slice(head, right.length - tail);
  for (const [x, y] of myersMatches(a, b, maxEdits)) matches[head + x] = head + y;
  return matches;
}

function myersMatches(a: readonly string[], b: readonly string[], maxEdits: number): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return [];
}

/** Walks the saved frontiers back from the end, collecting the diagonal (matched) steps. */
function backtrack(trace: readonly Int32Array[], n: number, m: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d] ?? new Int32Array(0);
    // trace[d] holds diagonals -d-1 .. d+1 of the frontier before step d.
    const at = (k: number): number => frontier[k + d + 1] ?? 0;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      pairs.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  return pairs.reverse();
}
