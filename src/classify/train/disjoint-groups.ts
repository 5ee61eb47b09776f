/**
 * Items 0..size-1 joined into groups (union-find with path halving), then numbered in order of first appearance so
 * that the numbering depends only on which items were joined, never on the order of the joins.
 */
export class DisjointGroups {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }

  join(left: number, right: number): void {
    const [a, b] = [this.root(left), this.root(right)];
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }

  /** A group number per item: 0 for the first item's group, then each new group the next number up. */
  numbers(): Int32Array {
    const numbers = new Map<number, number>();
    return Int32Array.from(this.parent, (_, index) => {
      const root = this.root(index);
      let number = numbers.get(root);
      if (number === undefined) numbers.set(root, (number = numbers.size));
      return number;
    });
  }

  private root(index: number): number {
    while (this.parent[index] !== index) index = this.parent[index] = this.parent[this.parent[index] as number] as number;
    return index;
  }
}
