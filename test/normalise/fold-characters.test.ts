import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharacters, hasSpacedLetters } from '../../src/normalise/fold-characters';

describe('foldCharacters on plain ASCII text', () => {
  it('lower-cases, makes each run of white space one space, drops leading ones, and maps each unit back', () => {
    const { buffer, read } = foldCharacters('  Free\tFLIGHT \n\n to   Bangkok ');
    expect(buffer.text).toBe('free flight to bangkok ');
    expect(read).toBe(30);
    expect(Array.from(buffer.starts).slice(0, 6)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(Array.from(buffer.ends).slice(0, 6)).toEqual([3, 4, 5, 6, 7, 8]);
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
        expect(Array.from(general.buffer.starts).slice(0, fast.buffer.text.length)).toEqual(Array.from(fast.buffer.starts));
        expect(Array.from(general.buffer.ends).slice(0, fast.buffer.text.length)).toEqual(Array.from(fast.buffer.ends));
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

describe('foldCharacters on characters that are clusters of their own', () => {
  // Such a character's folding is remembered; it must be what the cluster path gives, wherever the character stands
  // (a combining mark after it makes it part of a larger cluster, which is folded afresh).
  it('folds a character alone and before a combining mark as the cluster path does', () => {
    expect(foldCharacters('Жж').buffer.text).toBe('жж');
    expect(foldCharacters('ｶﾞ').buffer.text).toBe('ガ');
    expect(foldCharacters('ｶ ｶﾞ').buffer.text).toBe('カ ガ');
    expect(foldCharacters('㈱㈱').buffer.text).toBe('(株)(株)');
    expect(foldCharacters('a\u00a0\u3000b').buffer.text).toBe('a b');
    const smallCapitals = foldCharacters('ᴄᴀᴍ');
    expect(smallCapitals.buffer.text).toBe('cam');
    expect(Array.from(smallCapitals.buffer.marks ?? []).every((mark) => mark !== 0)).toBe(true);
    expect(Array.from(foldCharacters('ｖｉｓａ').buffer.marks ?? []).every((mark) => mark !== 0)).toBe(true);
    // A zero-width space inside a word marks the letter after it, as before.
    expect(Array.from(foldCharacters('ж\u200bж').buffer.marks ?? [])).toEqual([0, expect.any(Number)]);
    // A combining mark after a character makes one cluster of both: "ж̵" is not read as a remembered "ж".
    expect(Array.from(foldCharacters('жж\u0335').buffer.starts)).toEqual([0, 1, 1]);
  });

  it('gives the same folding for a character however often it is met (property)', () => {
    const unit = fc.constantFrom('ж', 'Ж', 'ก', 'ั', 'ﾞ', 'ｶ', '\u200b', '\u00ad', '\u3000', '½', 'ⓣ', '➊', 'ᴍ', 'Ω', '\u0301', 'x', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        // Folding is a function of the text: the same text folds alike before and after its characters are remembered.
        const first = foldCharacters(text);
        const again = foldCharacters(text);
        expect(again.buffer).toEqual(first.buffer);
        // And a text folds as the concatenation of its halves when the cut falls between two plain ASCII spaces.
        const joined = foldCharacters(`${text}  ${text}`);
        expect(joined.buffer.text.startsWith(first.buffer.text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldCharacters remembers how a cluster folds', () => {
  it('folds a cluster the same in a wall of thousands as alone, with the same offsets', () => {
    const cluster = 'C\u0335';
    const alone = foldCharacters(`${cluster} ok`);
    const wall = foldCharacters(`${cluster.repeat(5_000)} ok`);
    expect(alone.buffer.text).toBe('c ok');
    expect(wall.buffer.text === `${'c'.repeat(5_000)} ok`).toBe(true);
    expect([wall.buffer.starts[4_999], wall.buffer.ends[4_999]]).toEqual([9_998, 10_000]);
    expect(wall.buffer.marks?.[4_999]).toBe(alone.buffer.marks?.[0]);
  });
});

describe('foldCharacters on decomposed Hangul', () => {
  // Korean pasted from macOS arrives decomposed (NFD): each syllable as conjoining letters. Folded as clusters, they
  // compose back into the syllables every Korean phrase and regex is written in.
  it('folds decomposed Korean as its composed form', () => {
    const text = '캄보디아 고수익 알바, 텔레그램 문의';
    expect(foldCharacters(text.normalize('NFD')).buffer.text).toBe(foldCharacters(text).buffer.text);
  });

  it('folds any run of syllables the same decomposed or composed (property)', () => {
    const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));
    const text = fc.array(fc.oneof(syllable, fc.constantFrom(' ', ', ', '1', 'a')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (composed) => {
        expect(foldCharacters(composed.normalize('NFD')).buffer.text).toBe(foldCharacters(composed).buffer.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasSpacedLetters', () => {
  const SPACED = /(?<![a-z0-9])[a-z0-9](?![a-z0-9])(?:[^a-z0-9]+[a-z0-9](?![a-z0-9])){3}/;
  it('says what the look-behind regex it replaces says, on any lower-case ASCII text (property)', () => {
    const piece = fc.constantFrom('t', 'e', '1', ' ', '.', '-', 'ab', 'x9', ' . ', '\n', 'z');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(hasSpacedLetters(text)).toBe(SPACED.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(hasSpacedLetters('t e l e')).toBe(true);
    expect(hasSpacedLetters('w.h.a.t')).toBe(true);
    expect(hasSpacedLetters('t e l egram')).toBe(false);
  });
});

describe('foldCharacters cuts clusters as the stream-safe format does', () => {
  // Clusters are read from the mark table, not by a regex: a base and at most 30 joining characters (combining
  // marks, astral ones too, half-width voiced marks, Hangul joining letters), or up to 30 of them alone.
  const CLUSTER = /[^\p{M}\uFF9E\uFF9F\u1160-\u11FF\uD7B0-\uD7FF][\p{M}\uFF9E\uFF9F\u1160-\u11FF\uD7B0-\uD7FF]{0,30}|[\p{M}\uFF9E\uFF9F\u1160-\u11FF\uD7B0-\uD7FF]{1,30}/suy;
  const clustersOf = (text: string): number[] => {
    const ends: number[] = [];
    for (let at = 0; at < text.length; ) {
      CLUSTER.lastIndex = at;
      at += CLUSTER.exec(text)?.[0].length ?? 1;
      ends.push(at);
    }
    return ends;
  };
  it('maps each folded unit of a run of marks back into the cluster the regex cuts (property)', () => {
    // (Bases outside ASCII and marks in the BMP: a character before a half-width voiced mark or an astral mark is
    // read alone by the one-unit paths, as it always was.)
    const piece = fc.constantFrom('\u0301', '\u0335', 'ｶ', '\uff9e', 'ᄒ', 'ᅡ', '\ud800', '\u3000', 'ж', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const ends = new Set([0, ...clustersOf(text)]);
        const { buffer } = foldCharacters(text);
        for (let index = 0; index < buffer.text.length; index++) {
          expect(ends.has(buffer.starts[index] as number)).toBe(true);
          expect(ends.has(buffer.ends[index] as number)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
