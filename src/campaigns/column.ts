type TypedArray = Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;

/** A typed array that grows by doubling: per-posting numbers of a million postings in a few MB, not in objects. */
export class Column<Array extends TypedArray> {
  private data: Array;
  length = 0;

  constructor(
    private readonly make: (size: number) => Array,
    /** Values to add per item (a MinHash signature has many). */
    private readonly width = 1,
  ) {
    this.data = make(1024 * width);
  }

  /** Appends one item's values and returns the item's index. */
  push(...values: number[]): number {
    this.reserve(this.length + 1);
    this.data.set(values, this.length * this.width);
    return this.length++;
  }

  /** Appends one item's values from an array of `width` numbers. */
  pushAll(values: ArrayLike<number>): number {
    this.reserve(this.length + 1);
    this.data.set(values, this.length * this.width);
    return this.length++;
  }

  get(item: number, offset = 0): number {
    return this.data[item * this.width + offset] ?? 0;
  }

  set(item: number, value: number, offset = 0): void {
    this.data[item * this.width + offset] = value;
  }

  /** The values of one item (a view, not a copy). */
  row(item: number): Array {
    return this.data.subarray(item * this.width, (item + 1) * this.width) as Array;
  }

  private reserve(items: number): void {
    if (items * this.width <= this.data.length) return;
    const larger = this.make(this.data.length * 2);
    larger.set(this.data);
    this.data = larger;
  }
}
