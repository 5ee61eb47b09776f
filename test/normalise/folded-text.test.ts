import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalise/folded-text';
import { createLexicon } from '../../src/normalise/lexicon';

describe('foldText', () => {
  it.each([
    ['Free  FLIGHT ticket', 'free flight ticket'],
    ['ｖｉｓａ　ｐｒｏｖｉｄｅｄ', 'visa provided'],
    ['Tele\u200bgram', 'telegram'],
    ['月薪３万', '月薪3万'],
    ['lu\u031bo\u031bng cao', 'lương cao'],
    ['ｶﾝﾎﾞｼﾞｱで高収入', 'カンボジアで高収入'],
    ['ﾊﾟｽﾎﾟｰﾄ預かり', 'パスポート預かり'],
    ['\u00a0 leading and trailing\t\n', 'leading and trailing '],
  ])('folds %j to %j', (original, folded) => {
    expect(foldText(original).folded).toBe(folded);
  });

  it('maps a folded span back to the exact original characters', () => {
    const original = 'Contact: ＴＥＬＥ\u200bＧＲＡＭ @hr_desk';
    const text = foldText(original);
    const start = text.folded.indexOf('telegram');
    const span = text.toOriginal(start, start + 'telegram'.length);
    expect(original.slice(span.start, span.end)).toBe('ＴＥＬＥ\u200bＧＲＡＭ');
  });

  it('never splits a base character from its combining marks', () => {
    const original = 'lu\u031bo\u031bng';
    const text = foldText(original);
    const span = text.toOriginal(1, 2);
    expect(original.slice(span.start, span.end)).toBe('u\u031b');
  });

  it('maps every folded character inside the original and in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (original) => {
        const text = foldText(original);
        let previous = 0;
        for (let index = 0; index < text.folded.length; index++) {
          const span = text.toOriginal(index, index + 1);
          expect(span.start).toBeGreaterThanOrEqual(previous);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(original.length);
          previous = span.start;
        }
      }),
    );
  });
});

describe('foldText on disguised text', () => {
  // Characters the de-disguising passes rewrite, drop or join, mixed with plain letters, digits and separators.
  const disguiseCharacter = fc.constantFrom(
    'a', 'T', 'e', 'l', 'g', 'r', 'm', 'v', 's', '1', '4', '0', '@', ' ', ' ', '.', '-', '\n',
    'а', 'е', 'Т', 'ѕ', 'ο', '\u200b', '\u200c', '\u00ad', 'ｖ', '𝐓', '🅣', '🇹', '🇪', '1\ufe0f\u20e3', '➊', '🔟', '\u0301',
  );
  const disguisedText = fc.array(disguiseCharacter, { maxLength: 60 }).map((characters) => characters.join(''));
  const lexicon = createLexicon(['telegram', 'visa', 'tele gram']);

  it('maps every folded character inside the original and in order', () => {
    fc.assert(
      fc.property(disguisedText, (original) => {
        const text = foldText(original, { lexicon });
        let previous = 0;
        for (let index = 0; index < text.folded.length; index++) {
          const span = text.toOriginal(index, index + 1);
          expect(span.start).toBeGreaterThanOrEqual(previous);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(original.length);
          previous = span.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('records as disguised only whole words of /[\\p{L}\\p{M}\\p{N}]+/gu, in text order, astral characters among them (property)', () => {
    // The words are found from the marked characters, not by cutting the whole text: the same words must come out.
    const withAstral = fc
      .array(fc.oneof(disguiseCharacter, fc.constantFrom('𝐚', '\ud800', '\udc00', '😀', 'é', '-', ' ')), { maxLength: 60 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(withAstral, (original) => {
        const text = foldText(original, { lexicon });
        const marked = new Set(text.disguises.map((word) => `${word.start}:${word.end}`));
        const words = [...text.folded.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => `${match.index}:${match.index + match[0].length}`);
        expect([...marked].every((span) => words.includes(span))).toBe(true);
        expect(text.disguises.map((word) => word.start)).toEqual([...text.disguises.map((word) => word.start)].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });

  it('records disguised words that are words of the folded text', () => {
    fc.assert(
      fc.property(disguisedText, (original) => {
        const text = foldText(original, { lexicon });
        for (const word of text.disguises) {
          expect(text.folded.slice(word.start, word.end)).toBe(word.word);
          expect(word.kinds.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
