/**
 * Disjoint sets over 0..n-1 (Tarjan), growing as items are added: union by size and path halving keep every
 * operation near constant time. Typed arrays, so a million items cost 8 MB.
 */
export class UnionFind {
  private parent: Int32Array = new Int32Array(1024);
  private sizes: Int32Array = new Int32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Adds a new singleton and returns its index. */
  add(): number {
    if (this.count === this.parent.length) {
      this.parent = grow(this.parent);
      this.sizes = grow(this.sizes);
    }
    const item = this.count++;
    this.parent[item] = item;
    this.sizes[item] = 1;
    return item;
  }

  find(item: number): number {
    let current = item;
    for (;;) {
      const parent = this.parent[current] ?? current;
      if (parent === current) return current;
      const grandparent = this.parent[parent] ?? parent;
      this.parent[current] = grandparent;
      current = grandparent;
    }
  }

  /** Joins the sets of `left` and `right`; returns false when they were already one. */
  union(left: number, right: number): boolean {
    let a = this.find(left);
    let b = this.find(right);
    if (a === b) return false;
    if ((this.sizes[a] ?? 0) < (this.sizes[b] ?? 0)) [a, b] = [b, a];
    this.parent[b] = a;
    this.sizes[a] = (this.sizes[a] ?? 0) + (this.sizes[b] ?? 0);
    return true;
  }

  sizeOf(item: number): number {
    return this.sizes[this.find(item)] ?? 1;
  }

  /**
   * A set number per item: 0 for the first item's set, then each new set the next number up, so the numbering
   * depends only on which items were joined, never on the order of the joins.
   */
  setNumbers(): Int32Array {
    const numbers = new Map<number, number>();
    return Int32Array.from({ length: this.count }, (_, item) => {
      const root = this.find(item);
      let number = numbers.get(root);
      if (number === undefined) numbers.set(root, (number = numbers.size));
      return number;
    });
  }
}

/** A UnionFind of `size` singletons. */
export function unionFindOf(size: number): UnionFind {
  const sets = new UnionFind();
  for (let item = 0; item < size; item++) sets.add();
  return sets;
}

function grow(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
