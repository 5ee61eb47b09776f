import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLatinConfusables } from '../../scripts/confusables/build-latin-confusables';
import { isLookalikeScript } from '../../src/normalise/disguise-hints';
import { latinConfusables } from '../../src/normalise/latin-confusables';

describe('the Latin confusables table', () => {
  it('is the one the generator derives from the installed UTS #39 data', () => {
    const committed = readFileSync(new URL('../../src/generated/latin-confusables.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildLatinConfusables().module);
  });

  it('reads the common Cyrillic and Greek look-alikes as Latin letters', () => {
    const { table } = latinConfusables();
    const read = (word: string): string => [...word].map((character) => table.get(character) ?? character).join('');
    expect(read('теlеgrаm')).toBe('telegram');
    expect(read('ѕсаm')).toBe('scam');
    expect(read('νіѕа')).toBe('visa');
  });

  it('maps no letter of a Latin orthography, nor of Arabic, Hebrew or Myanmar', () => {
    const { table } = latinConfusables();
    for (const letter of ['ı', 'ł', 'ø', 'đ', 'ơ', 'ư', 'ا', 'ه', 'ו', 'ဝ']) expect(table.has(letter)).toBe(false);
  });

  it('has only look-alikes that the fast-path scan notices', () => {
    const missed = [...latinConfusables().table.keys()].filter((character) => !isLookalikeScript(character.codePointAt(0) ?? 0));
    expect(missed).toEqual([]);
  });
});
