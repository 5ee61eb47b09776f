import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalise/folded-text';
import { stemFolded, stemText } from '../../src/normalise/stemmed-text';
import { stemWord } from '../../src/normalise/stem-word';

// The definition of a word that stemText's hand-written scanner must keep: a run of letters and digits.
const WORD = /[\p{L}\p{N}]+/gu;
const byRegex = (folded: string): string => [...folded.matchAll(WORD)].map((match) => stemWord(match[0])).join(' ');

describe('stemText', () => {
  it('stems each word of a folded ad and maps a stem span back to the words it covers', () => {
    const folded = foldText('Free flights PROVIDED, 月薪 10000 — apply via Telegram').folded;
    const stemmed = stemText(folded);
    expect(stemmed.stems).toBe('free flight provid 月薪 10000 appli via telegram');
    const start = stemmed.stems.indexOf('flight');
    const span = stemmed.toFolded(start, start + 'flight provid'.length);
    expect(folded.slice(span.start, span.end)).toBe('flights provided');
  });

  it('gives the stem stemWord gives for every word, however many words share a slot of the word table', () => {
    // 40,000 distinct words of up to 12 letters, more than the table has slots, each read twice.
    const words = Array.from({ length: 40_000 }, (_, index) => `w${index.toString(36)}ing`);
    const text = [...words, ...words.slice().reverse()].join(' ');
    expect(stemText(text).words).toEqual([...words, ...words.slice().reverse()].map(stemWord));
  });

  it('lists the stem of each word, and stems a folded field once for every stage that reads it', () => {
    const text = foldText('Drivers WANTED for Dubai');
    const stemmed = stemFolded(text);
    expect(stemmed.words).toEqual(['driver', 'want', 'for', 'dubai']);
    expect(stemFolded(text)).toBe(stemmed);
    expect(stemFolded(foldText('Drivers WANTED for Dubai'))).not.toBe(stemmed);
  });

  it('finds the words the regex /[\\p{L}\\p{N}]+/gu finds, in any script and around astral characters', () => {
    const pieces = fc.constantFrom('visa', 'flights', ' ', '-', '月薪', 'ขาย', '𝐚', '😀', '\ud800', 'é', '42', '.', 'Ⅻ', '가');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(stemText(text).stems).toBe(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('stemWord on a hostile "word"', () => {
  it('keeps a word longer than any English word as it is, at once (the Porter stemmer is quadratic)', async () => {
    const { stemWord, MAX_STEMMED_LENGTH } = await import('../../src/normalise/stem-word');
    const word = 'ltd'.repeat(11_000);
    const started = performance.now();
    expect(stemWord(word)).toBe(word);
    expect(performance.now() - started).toBeLessThan(50);
    expect(stemWord('y'.repeat(MAX_STEMMED_LENGTH + 1))).toBe('y'.repeat(MAX_STEMMED_LENGTH + 1));
    expect(stemWord('flights')).toBe('flight');
  });
});
