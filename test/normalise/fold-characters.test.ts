import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/normalise/fold-characters';

describe('foldCharacters on plain ASCII text', () => {
  it('lower-cases, makes each run of white space one space, drops leading ones, and maps each unit back', () => {
    const { buffer, read } = foldCharacters('  Free\tFLIGHT \n\n to   Bangkok ');
    expect(buffer.text).toBe('free flight to bangkok ');
    expect(read).toBe(30);
    expect(buffer.starts.slice(0, 6)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(buffer.ends.slice(0, 6)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(buffer.marks).toBeNull();
  });

  // The fast path for text with no character past ASCII must fold exactly as the general path: a no-break space at
  // the end sends the same text down the general path, where it reads as one more blank.
  it('folds exactly as the general path does', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'Z', '1', '@', '$', '.', ' ', '\n', '\t', 'v', 'i', 's'), maxLength: 40 });
    fc.assert(
      fc.property(ascii, (text) => {
        const fast = foldCharacters(text);
        const general = foldCharacters(`${text}\u00a0`);
        const blank = fast.buffer.text.length === 0 || fast.buffer.text.endsWith(' ') ? '' : ' ';
        expect(general.buffer.text).toBe(fast.buffer.text + blank);
        expect(general.buffer.starts.slice(0, fast.buffer.text.length)).toEqual(fast.buffer.starts);
        expect(general.buffer.ends.slice(0, fast.buffer.text.length)).toEqual(fast.buffer.ends);
        expect(general.buffer.marks).toBe(fast.buffer.marks);
        const flags = ({ hints }: typeof fast): boolean[] => [hints.spacedLetters, hints.digitSwaps, hints.lookalikes];
        expect(flags(general)).toEqual(flags(fast));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps to the folded length it is given, as the general path does', () => {
    expect(foldCharacters('Visa paid, apply now', 4).buffer.text).toBe('visa');
    expect(foldCharacters('Visa paid, apply now', 4).read).toBe(4);
  });
});
