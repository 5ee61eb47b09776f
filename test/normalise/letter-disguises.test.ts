import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/index';
import { foldText } from '../../src/normalise/folded-text';
import { DISGUISES } from '../support/disguise-text';

// Issue 12, item 7: small capitals and a combining mark on every letter hid the destination (critical became high).
const scanner = createScanner();
const lure = (place: string): string =>
  `Customer service job in ${place}, $1,800/month, no experience needed, free flight and visa. Contact Telegram @hr_asia_jobs`;

describe('small capitals and per-letter marks are read back', () => {
  it.each([
    ['small capitals', 'ᴄᴀᴍʙᴏᴅɪᴀ', ['small-capital']],
    ['a strike-through on every letter', 'C̵a̵m̵b̵o̵d̵i̵a̵', ['overlay']],
    ['Zalgo', 'C\u0301\u0335\u0336a\u0337\u0338m\u0334b\u0332o\u0333d\u0305i\u033fa\u0489', ['overlay']],
    ['both at once', 'ᴄ̶ᴀ̶ᴍ̶ʙ̶ᴏ̶ᴅ̶ɪ̶ᴀ̶', ['small-capital', 'overlay']],
  ])('%s', (_name, written, kinds) => {
    const text = foldText(`Work in ${written} now`);
    expect(text.folded).toBe('work in cambodia now');
    const [word] = text.disguises;
    expect(word?.word).toBe('cambodia');
    expect(word?.kinds).toEqual(kinds);
    const span = text.toOriginal(word?.start ?? 0, word?.end ?? 0);
    expect(text.original.slice(span.start, span.end)).toBe(written);
    expect(scanner.score(lure(written)).risk).toBe(scanner.score(lure('Cambodia')).risk);
  });

  it('leaves letters that compose, and other scripts, as they were', () => {
    expect(foldText('Việt lương Ç ñ').folded).toBe('việt lương ç ñ');
    expect(foldText('Việt lương Ç ñ').disguises).toEqual([]);
    expect(foldText('שָׁלוֹם').disguises).toEqual([]);
    expect(foldText('नमस्ते').disguises).toEqual([]);
  });

  it('folds a cluster of thousands of marks in bounded chunks, mapping every offset into the original', () => {
    const original = `a${'\u0591\u05b0\u0301'.repeat(10_000)} visa`;
    const text = foldText(original);
    expect(text.folded.endsWith(' visa')).toBe(true);
    const end = text.toOriginal(text.folded.length - 4, text.folded.length);
    expect(original.slice(end.start, end.end)).toBe('visa');
  });

  it('evidence spans still point at the original text (property)', () => {
    const words = ['Sihanoukville', 'Cambodia', 'Telegram', 'experience', 'flight', 'visa', 'passport'];
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), fc.constantFrom('small-capital', 'overlay'), fc.nat(), (chosen, kind, seed) => {
        let ad = `Customer service in Sihanoukville, Cambodia. $1,800/month, no experience, free flight and visa. Telegram @hr_kh. Keep your passport.`;
        for (const word of chosen) ad = ad.replace(word, DISGUISES[kind](word, seed));
        const verdict = scanner.score(ad);
        for (const evidence of verdict.flags.flatMap((flag) => flag.evidence)) {
          expect(ad.slice(evidence.start, evidence.end)).toBe(evidence.text);
        }
        expect(verdict.risk).toBe('critical');
      }),
      { numRuns: 60 },
    );
  });
});
