import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPrefix, shareFairly } from '../../src/posting/read-budget';

describe('shareFairly', () => {
  it('gives small demands in full and splits the rest evenly among the large ones', () => {
    expect(shareFairly([120, 80, 10], 150)).toEqual([70, 70, 10]);
    expect(shareFairly([100, 100], 1000)).toEqual([100, 100]);
    expect(shareFairly([32_768, 32_768, 200], 65_536)).toEqual([32_668, 32_668, 200]);
  });

  it('is max-min fair: within budget, within demand, and a field cut short gets at least any other field (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { maxLength: 13 }), fc.nat({ max: 200_000 }), (demands, budget) => {
        const shares = shareFairly(demands, budget);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBeLessThanOrEqual(budget);
        shares.forEach((share, index) => {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(demands[index] ?? 0);
          // Rounding down may leave one unit less than an equal split: never more.
          if (share < (demands[index] ?? 0)) for (const other of shares) expect(share).toBeGreaterThanOrEqual(other - 1);
        });
      }),
    );
  });
});

describe('readPrefix', () => {
  it('does not spend the budget on zero-width characters, soft hyphens or runs of blanks', () => {
    const padding = '\u200b'.repeat(1000) + '\u00ad'.repeat(1000) + ' '.repeat(1000) + '\ufeff\u2060\u{e0041}';
    expect(readPrefix(`${padding}visa`, 4, 10_000)).toEqual({ end: padding.length + 4, visible: 4 });
    expect(readPrefix('a     b', 10, 100).visible).toBe(3);
  });

  it('stops at the raw bound however little is visible', () => {
    expect(readPrefix('\u200b'.repeat(5000), 10, 300).end).toBe(300);
  });

  it('never cuts a surrogate pair, and stays within both bounds (property)', () => {
    const unit = fc.constantFrom('a', ' ', '\u200b', '😀', '\u{e0041}', '高', '\u0301', '\u00ad', '\u3000');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.nat({ max: 40 }), fc.nat({ max: 80 }), (units, visible, raw) => {
        const text = units.join('');
        const read = readPrefix(text, visible, raw);
        expect(read.end).toBeLessThanOrEqual(Math.min(raw, text.length));
        expect(read.visible).toBeLessThanOrEqual(visible);
        const last = text.charCodeAt(read.end - 1);
        if (read.end < text.length) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        // Reading more never reads less.
        expect(readPrefix(text, visible + 1, raw + 2).end).toBeGreaterThanOrEqual(read.end);
      }),
    );
  });

  // parsePosting reads a field once when it is granted its whole demand: the second read would stop at the same place.
  it('read again with exactly the visible units it spent, stops where it stopped (property)', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\u200b', '😀', '\u{e0041}', '高', '\u00ad', '\u3000');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.nat({ max: 40 }), fc.nat({ max: 80 }), (units, visible, raw) => {
        const text = units.join('');
        const read = readPrefix(text, visible, raw);
        expect(readPrefix(text, read.visible, raw)).toEqual(read);
      }),
      { numRuns: 1000 },
    );
  });
});
