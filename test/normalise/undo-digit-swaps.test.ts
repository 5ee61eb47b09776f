import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/normalise/fold-characters';
import { createLexicon, type Lexicon } from '../../src/normalise/lexicon';
import { MAX_SWAPPED_TOKEN, undoDigitSwaps } from '../../src/normalise/undo-digit-swaps';

/** A lexicon that counts the words it is asked about: the work the pass does, without timing it. */
function countingLexicon(): { lexicon: Lexicon; asked: () => number } {
  const inner = createLexicon(['free visa', 'contact us on telegram', 'whatsapp', 'flight']);
  let asked = 0;
  return {
    lexicon: {
      has: (word) => {
        asked += 1;
        return inner.has(word);
      },
      matchedLength: (word) => inner.matchedLength(word),
      isKeyword: (word) => inner.isKeyword(word),
    },
    asked: () => asked,
  };
}

const undo = (text: string, lexicon: Lexicon): string => undoDigitSwaps(foldCharacters(text).buffer, lexicon).text;

describe('undoDigitSwaps', () => {
  it('reads swapped letters back where they spell a lexicon word, and leaves pay and times alone', () => {
    const { lexicon } = countingLexicon();
    expect(undo('Free v1sa and fl1ghts, ask on telegr4m or wh@tsapp. Pay rm1500, start 5pm.', lexicon)).toBe(
      'free visa and flights, ask on telegram or whatsapp. pay rm1500, start 5pm.',
    );
  });

  it('spells a token repeated thousands of times once', () => {
    const { lexicon, asked } = countingLexicon();
    const wall = Array.from({ length: 5_000 }, () => 'v1sa t3legram').join(' ');
    expect(undo(wall, lexicon) === wall.replaceAll('v1sa', 'visa').replaceAll('t3legram', 'telegram')).toBe(true);
    // "v1sa" is "visa" at its first spelling, "t3legram" has one: two questions, not 10,000.
    expect(asked()).toBe(2);
  });

  it('never spells a token longer than any word, however long', () => {
    const { lexicon, asked } = countingLexicon();
    const long = 'v1sa'.repeat(8_000);
    expect(undo(`${long} ok`, lexicon) === `${long} ok`).toBe(true);
    expect(undo(`${'v1sa'.repeat(MAX_SWAPPED_TOKEN / 4 + 1)} ok`, lexicon)).toContain('v1sa');
    expect(asked()).toBe(0);
  });

  it('asks about each distinct token at most as many times as it has spellings (32 at most)', () => {
    const { lexicon, asked } = countingLexicon();
    const tokens = Array.from({ length: 2_000 }, (_, index) => `a1b${index.toString(36).replace(/\d/g, 'x')}1c`);
    undo(tokens.join(' '), lexicon);
    const distinct = new Set(tokens).size;
    expect(asked()).toBeLessThanOrEqual(4 * distinct);
  });
});
