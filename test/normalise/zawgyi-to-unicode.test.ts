import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';
import { foldCharacters } from '../../src/normalise/fold-characters';
import { foldText } from '../../src/normalise/folded-text';
import { isZawgyi } from '../../src/normalise/zawgyi-detect';
import { readZawgyi } from '../../src/normalise/zawgyi-to-unicode';
import { toZawgyi } from '../support/zawgyi-encode';

// Words typed in a Zawgyi font (written here code point by code point) and the Unicode Burmese they mean.
const WORDS: readonly (readonly [zawgyi: string, unicode: string])[] = [
  ['\u1011\u102d\u102f\u1004\u1039\u1038\u1019\u103d\u102c', 'ထိုင်းမှာ'], // in Thailand
  ['\u103b\u1019\u1014\u1039\u1019\u102c', 'မြန်မာ'], // Myanmar: medial RA before its consonant
  ['\u1031\u107e\u1000\u102c\u1004\u1039\u1038', 'ကြောင်း'], // E and a wide RA before the consonant
  ['\u1021\u101c\u102f\u1015\u1039', 'အလုပ်'], // work: Zawgyi's asat at U+1039
  ['\u1000\u1019\u107b\u102c', 'ကမ္ဘာ'], // a stacked consonant as one glyph
  ['\u1031\u1012\u102b\u1039\u101c\u102c', 'ဒေါ်လာ'], // dollar
  ['\u1006\u1000\u1039\u101e\u103c\u101a\u1039', 'ဆက်သွယ်'], // contact: medial WA
  ['\u1021\u1031\u1010\u103c\u1095\u1021\u1080\u1000\u1036\u1033', 'အတွေ့အကြုံ'], // experience: glyph variants
  ['\u1019\u1002\u1064\u101c\u102c', 'မင်္ဂလာ'], // kinzi written after its consonant
  ['\u1031\u1000\u102c\u1004\u1039\u1038\u1031\u1000\u102c\u1004\u1039\u1038', 'ကောင်းကောင်း'],
];

/** The text after the first folding pass and readZawgyi alone. */
const read = (text: string): string => readZawgyi(foldCharacters(text).buffer).text;

describe('readZawgyi', () => {
  it.each(WORDS)('reads Zawgyi %j as Unicode %j', (zawgyi, unicode) => {
    // Twice, so that the text holds enough Zawgyi signs to be told from Unicode.
    expect(read(`${zawgyi} ${zawgyi}`)).toBe(`${unicode} ${unicode}`);
  });

  it.each(WORDS)('leaves Unicode %#, %j, as written', (_zawgyi, unicode) => {
    expect(isZawgyi(unicode)).toBe(false);
    expect(read(`${unicode} ${unicode}`)).toBe(`${unicode} ${unicode}`);
  });

  it('tells Zawgyi sentences from Unicode ones', () => {
    const sentences = [
      'ထိုင်းမှာ အလုပ်လုပ်ရန် ဝန်ထမ်းခေါ်သည် လစာ ၁၅၀၀ ဒေါ်လာ',
      'ရန်ကုန်မြို့ရှိ ဆိုင်တွင် စာရင်းကိုင် ခေါ်သည်',
      'အတွေ့အကြုံ မလိုပါ၊ ချက်ချင်း ထွက်ခွာနိုင်သူ',
      'မိသားစုကို မပြောပါနဲ့',
    ];
    for (const sentence of sentences) {
      expect(isZawgyi(sentence)).toBe(false);
      expect(isZawgyi(toZawgyi(sentence))).toBe(true);
      expect(foldText(toZawgyi(sentence)).folded).toBe(foldText(sentence).folded);
    }
  });

  it('maps every converted character back to its whole syllable as written', () => {
    const original = `Telegram ${toZawgyi('ဆက်သွယ်ပါ ကြောင်း')}`;
    const text = foldText(original);
    const start = text.folded.indexOf('ကြောင်း');
    const span = text.toOriginal(start, start + 'ကြောင်း'.length);
    // A space before a leading E is folded with it (E is a combining mark to Unicode), so the span may start there.
    expect(original.slice(span.start, span.end).trimStart()).toBe('\u1031\u103b\u1000\u102c\u1004\u1039\u1038');
  });

  it('does no work on text without Myanmar letters: the same buffer comes back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        fc.pre(!/[\u1000-\u109f]/.test(text));
        const { buffer } = foldCharacters(text);
        expect(readZawgyi(buffer)).toBe(buffer);
      }),
    );
  });

  it('reads any simple Unicode syllables back from their Zawgyi spelling', () => {
    const consonant = fc.constantFrom('က', 'ခ', 'ဂ', 'င', 'စ', 'တ', 'ထ', 'န', 'ပ', 'မ', 'လ', 'သ', 'အ');
    const medial = fc.constantFrom('', '\u103b', '\u103c', '\u103d', '\u103e', '\u103c\u103d');
    const vowel = fc.constantFrom('', '\u1031', '\u102d', '\u102f', '\u102c', '\u1031\u102c', '\u102d\u102f', '\u1036');
    const final = fc.constantFrom('', '\u1038', '\u1037', '\u1004\u103a', '\u1004\u103a\u1038', '\u1014\u103a');
    const syllable = fc.tuple(consonant, medial, vowel, final).map((parts) => parts.join(''));
    const sentence = fc.array(fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join('')), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(sentence, (words) => {
        const unicode = words.join(' ');
        const zawgyi = toZawgyi(unicode);
        const folded = read(zawgyi);
        // Text with no sign of either encoding (no E, medial RA or asat) reads the same both ways.
        expect([unicode, zawgyi]).toContain(folded);
        if (isZawgyi(zawgyi)) expect(folded).toBe(unicode);
        expect(isZawgyi(unicode)).toBe(false);
      }),
    );
  });
});

describe('a Zawgyi-encoded lure', () => {
  const scanner = createScanner();

  it.each([
    'ထိုင်းမှာ အလုပ်လုပ်ရန် ဝန်ထမ်းခေါ်သည် လစာ ၁၅၀၀ ဒေါ်လာ အတွေ့အကြုံမလိုပါ Telegram ဆက်သွယ်ပါ',
    'မြဝတီ အလုပ်ခေါ်သည် လစာကောင်း စားနေရိပ်သာ အခမဲ့ ချက်ချင်းထွက်ခွာနိုင်သူ',
    'အွန်လိုင်းအလုပ် တစ်ရက် ကျပ် ၅၀၀၀၀ ရနိုင် အတွေ့အကြုံမလို Viber ဆက်သွယ်',
  ])('scores as its Unicode spelling, with evidence quoted from the Zawgyi text: %s', (unicode) => {
    const zawgyi = toZawgyi(unicode);
    const expected = scanner.score(unicode);
    const verdict = scanner.score(zawgyi);
    expect(expected.risk === 'high' || expected.risk === 'critical').toBe(true);
    expect(verdict.risk).toBe(expected.risk);
    expect(verdict.flags.map((flag) => flag.id)).toEqual(expected.flags.map((flag) => flag.id));
    for (const flag of verdict.flags) {
      for (const evidence of flag.evidence) expect(zawgyi.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });
});
