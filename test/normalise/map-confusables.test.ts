import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/normalise/fold-characters';
import { latinConfusables } from '../../src/normalise/latin-confusables';
import { MAX_WORD_LENGTH, mapConfusables } from '../../src/normalise/map-confusables';

const mapped = (text: string): string => mapConfusables(foldCharacters(text).buffer).text;

/** The rule as first written, a regex per count and per character: what the fast pass must agree with. */
function reference(text: string): string {
  const { table } = latinConfusables();
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  const latinText =
    count(/[a-z]/g) >
    count(/[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}\p{Script=Canadian_Aboriginal}]/gu);
  return text.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
    if (word.length > MAX_WORD_LENGTH) return word;
    const characters = [...word];
    const readsAsLatin = characters.some((c) => table.has(c)) && characters.every((c) => table.has(c) || /^[a-z0-9]$/.test(c));
    if (!readsAsLatin || (!latinText && !/[a-z]/.test(word))) return word;
    return characters.map((c) => table.get(c) ?? c).join('');
  });
}

describe('mapConfusables', () => {
  it('reads look-alike words back in Latin text and leaves Russian alone', () => {
    expect(mapped('Contact us on Теlеgrаm for the раѕѕроrt')).toBe('contact us on telegram for the passport');
    expect(mapped('Работа в офисе, рос и развитие')).toBe('работа в офисе, рос и развитие');
  });

  it('agrees with the regex-per-character rule on text mixing scripts', () => {
    const alphabet = fc.constantFrom('a', 'e', 'o', 'p', 's', '1', ' ', '.', 'а', 'е', 'о', 'р', 'ѕ', 'ж', 'α', 'ο', 'ա', 'ɡ', 'ɪ', 'ℓ', '高', 'ก', '\u{11fb0}');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (characters) => {
        const text = foldCharacters(characters.join('')).buffer.text;
        expect(mapConfusables(foldCharacters(characters.join('')).buffer).text).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a run of look-alikes longer than any word as it is', () => {
    const wall = 'ѕ'.repeat(30_000);
    expect(mapped(`${wall} scam`) === `${wall} scam`).toBe(true);
  });
});
