import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/cli/input/read-lines';
import { chunksOf, collect } from '../run-cli';

const texts = async (...chunks: string[]) => (await collect(readLines(chunksOf(...chunks)))).map(({ line, text }) => [line, text]);

describe('readLines', () => {
  it('numbers physical lines from 1 and accepts LF and CRLF', async () => {
    expect(await texts('first\r\nsecond\nthird\r\n')).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'third'],
    ]);
  });

  it('keeps blank lines as lines, adds none for a final line end, and reads a last line without one', async () => {
    expect(await texts('a\n\n\nb')).toEqual([
      [1, 'a'],
      [2, ''],
      [3, ''],
      [4, 'b'],
    ]);
    expect(await texts('')).toEqual([]);
    expect(await texts('\n')).toEqual([[1, '']]);
  });

  it('keeps a lone CR inside its line instead of splitting there', async () => {
    expect(await texts('{"a":1,\r"b":2}\nnext')).toEqual([
      [1, '{"a":1,\r"b":2}'],
      [2, 'next'],
    ]);
  });

  it('joins lines across chunk boundaries, including a CRLF split between chunks', async () => {
    expect(await texts('Nurse in Ma', 'nila\r', '\nCook in Dubai\r', '\n')).toEqual([
      [1, 'Nurse in Manila'],
      [2, 'Cook in Dubai'],
    ]);
  });

  it('gives the same lines however the text is cut into chunks', async () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\r', '包', ',', '"') });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), async (lines, cuts) => {
        const text = lines.map((l) => `${l}\n`).join('');
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, index) => text.slice(start, [...points, text.length][index]));
        const read = await collect(readLines(chunksOf(...chunks)));
        expect(read.map((l) => l.line)).toEqual(lines.map((_, index) => index + 1));
        expect(read.map((l) => l.text)).toEqual(lines.map((l) => l.replace(/\r$/, '')));
      }),
    );
  });

  it('marks a line past the limit as too long, keeps only its start, and goes on with the next line', async () => {
    const read = await collect(readLines(chunksOf('short\n', 'x'.repeat(8), 'y'.repeat(8), '\nafter\n'), 10));
    expect(read).toEqual([
      { line: 1, text: 'short', tooLong: false },
      { line: 2, text: 'xxxxxxxxyy', tooLong: true },
      { line: 3, text: 'after', tooLong: false },
    ]);
  });
});
