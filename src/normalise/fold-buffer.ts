/**
 * Folded text while it is being built: for every UTF-16 code unit of `text`, the half-open span of the original
 * text it came from, and the disguise kinds (bits of disguise-kind.ts) undone to produce it. `marks` stays null
 * until some character is marked, so that text without disguises never allocates it.
 */
export interface FoldBuffer {
  text: string;
  /** Typed arrays from the first pass (foldCharacters), growing arrays from later ones (FoldBufferWriter). */
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  marks: ArrayLike<number> | null;
}

/**
 * Writes a new buffer from an old one, piece by piece, keeping the map to the original text: copied units keep
 * their spans; a replacement maps to the whole span of the units it replaces and inherits their marks. Spans and
 * marks go into typed arrays sized from the source (a pass rarely lengthens the text), and marks are allocated
 * only when a unit carries one: arrays of numbers pushed one unit at a time were most of the cost of these passes.
 */
export class FoldBufferWriter {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private marks: Uint16Array | null = null;
  private length = 0;

  constructor(private readonly source: FoldBuffer) {
    this.starts = new Int32Array(source.text.length + 16);
    this.ends = new Int32Array(source.text.length + 16);
  }

  /** Copies units [from, to) of the source unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const { text, starts, ends, marks } = this.source;
    this.reserve(to - from);
    this.parts.push(text.slice(from, to));
    let at = this.length;
    for (let index = from; index < to; index++, at++) {
      this.starts[at] = starts[index] ?? 0;
      this.ends[at] = ends[index] ?? 0;
      const mark = marks?.[index] ?? 0;
      if (mark !== 0) this.mark(at, mark);
    }
    this.length = at;
  }

  /** Writes `replacement` for units [from, to) of the source, adding `mark` to the marks they had. */
  replace(from: number, to: number, replacement: string, mark: number): void {
    const { starts, ends, marks } = this.source;
    let inherited = 0;
    for (let index = from; index < to; index++) inherited |= marks?.[index] ?? 0;
    const start = starts[from] ?? 0;
    const end = ends[to - 1] ?? start;
    this.reserve(replacement.length);
    this.parts.push(replacement);
    for (let k = 0; k < replacement.length; k++) {
      const at = this.length++;
      this.starts[at] = start;
      this.ends[at] = end;
      if ((inherited | mark) !== 0) this.mark(at, inherited | mark);
    }
  }

  /** The buffer written; its marks are null when no unit carries one (as a first pass leaves them). */
  finish(): FoldBuffer {
    const { length } = this;
    return {
      text: this.parts.join(''),
      starts: this.starts.subarray(0, length),
      ends: this.ends.subarray(0, length),
      marks: this.marks === null ? null : this.marks.subarray(0, length),
    };
  }

  private mark(at: number, mark: number): void {
    this.marks ??= new Uint16Array(this.starts.length);
    this.marks[at] = mark;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.starts.length) return;
    const capacity = Math.max(this.starts.length * 2, this.length + count + 16);
    const grown = (array: Int32Array): Int32Array => {
      const copy = new Int32Array(capacity);
      copy.set(array.subarray(0, this.length));
      return copy;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    if (this.marks !== null) {
      const marks = new Uint16Array(capacity);
      marks.set(this.marks.subarray(0, this.length));
      this.marks = marks;
    }
  }
}
