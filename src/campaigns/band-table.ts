/**
 * One LSH band's buckets: an open-addressing hash table that stores only item numbers. The band's values are not
 * copied: `same(a, b)` compares them in the signatures the index already keeps, so a table of a million items
 * costs 8 MB (a power-of-two Int32Array at most half full).
 */
export class BandTable {
  private slots = new Int32Array(1024).fill(-1);
  private filled = 0;

  /**
   * `same(a, b)`: whether two items have equal band values; `hashOf(item)`: the hash of an item's band values,
   * recomputed when the table grows.
   */
  constructor(
    private readonly same: (left: number, right: number) => boolean,
    private readonly hashOf: (item: number) => number,
  ) {}

  /**
   * The first item stored with the same band values as `item`, or -1 after storing `item` as the first of its
   * bucket. `hash` is the hash of the item's band values.
   */
  findOrAdd(item: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot] ?? -1;
      if (stored === -1) {
        this.slots[slot] = item;
        this.filled += 1;
        if (this.filled * 2 > this.slots.length) this.rehash();
        return -1;
      }
      if (this.same(stored, item)) return stored;
    }
  }

  /** Doubles the table and places every stored item again. */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (const item of old) {
      if (item === -1) continue;
      let slot = this.hashOf(item) & mask;
      while ((this.slots[slot] ?? -1) !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = item;
    }
  }
}
