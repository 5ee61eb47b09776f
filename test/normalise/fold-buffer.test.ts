import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldBufferWriter, type FoldBuffer } from '../../src/normalise/fold-buffer';
import { foldCharacters } from '../../src/normalise/fold-characters';

const plain = (text: string): FoldBuffer => ({
  text,
  starts: Array.from(text, (_, index) => index),
  ends: Array.from(text, (_, index) => index + 1),
  marks: null,
});

describe('FoldBufferWriter', () => {
  it('copies spans, maps a replacement to the whole span it replaces, and marks only what carries a mark', () => {
    const writer = new FoldBufferWriter(plain('v1sa ok'));
    writer.copy(0, 1);
    writer.replace(1, 2, 'i', 8);
    writer.copy(2, 7);
    const written = writer.finish();
    expect(written.text).toBe('visa ok');
    expect(Array.from(written.starts)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Array.from(written.marks ?? [])).toEqual([0, 8, 0, 0, 0, 0, 0]);
  });

  it('leaves marks null when no unit carries one, as a first pass does', () => {
    const writer = new FoldBufferWriter(plain('a b'));
    writer.copy(0, 1);
    writer.copy(2, 3);
    expect(writer.finish()).toMatchObject({ text: 'ab', marks: null });
  });

  it('grows past the source length: a replacement longer than what it replaces maps every unit back (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 40 }), (text, times) => {
        const writer = new FoldBufferWriter(plain(text));
        writer.replace(0, 1, 'x'.repeat(times), 0);
        writer.copy(1, text.length);
        const written = writer.finish();
        expect(written.text).toBe('x'.repeat(times) + text.slice(1));
        expect(written.starts).toHaveLength(written.text.length);
        for (let index = 0; index < times; index++) expect([written.starts[index], written.ends[index]]).toEqual([0, 1]);
        for (let index = times; index < written.text.length; index++) expect(written.starts[index]).toBe(index - times + 1);
      }),
    );
  });
});

describe('foldCharacters writes past its first guess of the folded length', () => {
  it('maps each unit of a long NFKC expansion back to the character it came from', () => {
    // "ﷺ" folds to 18 units: the typed arrays start at the original's length and must grow many times.
    const { buffer, read } = foldCharacters('ﷺ'.repeat(50));
    expect(read).toBe(50);
    expect(buffer.text).toBe('ﷺ'.normalize('NFKC').toLowerCase().repeat(50));
    expect(buffer.starts).toHaveLength(buffer.text.length);
    const perCharacter = buffer.text.length / 50;
    for (let index = 0; index < buffer.text.length; index++) expect(buffer.starts[index]).toBe(Math.floor(index / perCharacter));
  });
});
