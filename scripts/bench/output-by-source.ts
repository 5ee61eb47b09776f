/**
 * Which source each byte of a bundled file came from, read from its source map: esbuild's metafile gives each
 * input's minified bytes, but not the text, so it cannot say what an input costs gzipped. Here each input's
 * output text is gathered, so that it can be gzipped on its own.
 */
export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((character, value) => [character, value]));

/** The output text of `code` by source path: each mapped segment runs to the next segment's start. */
export function outputBySource(code: string, map: SourceMapV3): Map<string, string> {
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  let source = 0;
  map.mappings.split(';').forEach((group, line) => {
    const text = lines[line] ?? '';
    // The generated column restarts at each line; the source index carries over.
    let column = 0;
    const starts: { column: number; source: number }[] = [];
    for (const segment of group === '' ? [] : group.split(',')) {
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      starts.push({ column, source: fields.length >= 4 ? source : -1 });
    }
    starts.forEach((start, index) => {
      if (start.source < 0) return;
      const path = map.sources[start.source] ?? '(unknown)';
      const list = pieces.get(path) ?? [];
      list.push(text.slice(start.column, starts[index + 1]?.column ?? text.length));
      pieces.set(path, list);
    });
  });
  return new Map([...pieces].map(([path, list]) => [path, list.join('')]));
}

/** One base64 VLQ segment of a source map's mappings, as its signed numbers. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = DIGIT.get(character);
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: ${character}`);
    value += (digit & 31) * 2 ** shift;
    if ((digit & 32) !== 0) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}
