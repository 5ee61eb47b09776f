import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalise/folded-text';

describe('foldText', () => {
  it.each([
    ['Free  FLIGHT ticket', 'free flight ticket'],
    ['ｖｉｓａ　ｐｒｏｖｉｄｅｄ', 'visa provided'],
    ['Tele\u200bgram', 'telegram'],
    ['月薪３万', '月薪3万'],
    ['lu\u031bo\u031bng cao', 'lương cao'],
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
