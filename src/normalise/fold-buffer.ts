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
 * their spans; a replacement maps to the whole span of the units it replaces and inherits their marks.
 */
export class FoldBufferWriter {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly marks: number[] = [];

  constructor(private readonly source: FoldBuffer) {}

  /** Copies units [from, to) of the source unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const { text, starts, ends, marks } = this.source;
    this.parts.push(text.slice(from, to));
    for (let index = from; index < to; index++) {
      this.starts.push(starts[index] ?? 0);
      this.ends.push(ends[index] ?? 0);
      this.marks.push(marks?.[index] ?? 0);
    }
  }

  /** Writes `replacement` for units [from, to) of the source, adding `mark` to the marks they had. */
  replace(from: number, to: number, replacement: string, mark: number): void {
    const { starts, ends, marks } = this.source;
    let inherited = 0;
    for (let index = from; index < to; index++) inherited |= marks?.[index] ?? 0;
    const start = starts[from] ?? 0;
    const end = ends[to - 1] ?? start;
    this.parts.push(replacement);
    for (let k = 0; k < replacement.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
      this.marks.push(inherited | mark);
    }
  }

  finish(): FoldBuffer {
    return { text: this.parts.join(''), starts: this.starts, ends: this.ends, marks: this.marks };
  }
}
