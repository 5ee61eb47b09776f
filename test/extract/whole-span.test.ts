import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeSpan } from '../../src/extract/whole-span';

const widen = (text: string, part: string, occurrence = 0): string => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(part, start + 1);
  const span = wholeSpan(text, start, start + part.length);
  return text.slice(span.start, span.end);
};

describe('wholeSpan', () => {
  it('never cuts an amount', () => {
    expect(widen('Earn $600/week from home', '$60')).toBe('$600');
    expect(widen('Salary: $1800 monthly', '$18')).toBe('$1800');
    expect(widen('Pay 1,800.50 USD', '1,8')).toBe('1,800.50');
  });

  it('never cuts a word', () => {
    expect(widen('Contact us on Telegram now', 'tele'.replace('t', 'T'))).toBe('Telegram');
    expect(widen('free flights', 'flight')).toBe('flights');
  });

  it('takes a link whole, without the sentence punctuation after it', () => {
    expect(widen('apply at https://jobs.example.com/apply?id=7.', 'https://')).toBe('https://jobs.example.com/apply?id=7');
    expect(widen('see www.example.org/jobs, today', 'www.')).toBe('www.example.org/jobs');
  });

  it('leaves scripts without spaces, and Hangul with its particles, as matched', () => {
    expect(widen('包吃包住机票报销', '机票')).toBe('机票');
    expect(widen('캄보디아에서 근무', '캄보디아')).toBe('캄보디아');
    expect(widen('รายได้ดีมาก', 'รายได้')).toBe('รายได้');
  });

  it('widens a span inside one hostile 30,000-letter word by a bounded amount', () => {
    const text = 'a'.repeat(30_000);
    const span = wholeSpan(text, 15_000, 15_010);
    expect(span.end - span.start).toBeLessThanOrEqual(10 + 2 * 64);
  });

  const token = fc.oneof(
    fc.stringMatching(/^[A-Za-z]{1,8}$/),
    fc.stringMatching(/^\$?\d{1,3}(,\d{3}){0,2}(\.\d{2})?$/),
    fc.constantFrom('https://a.example/x?y=1', 'www.jobs.example', '包吃包住', '캄보디아', 'ไลน์'),
  );
  const separator = fc.constantFrom(' ', ', ', '. ', '\n', ' / ');
  const text = fc.array(fc.tuple(token, separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
  const wordish = /[A-Za-z0-9]/;

  it('holds over generated text: the widened span contains the span and starts and ends on a boundary', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const start = a % value.length;
        const end = start + 1 + (b % (value.length - start));
        const span = wholeSpan(value, start, end);
        expect(span.start).toBeLessThanOrEqual(start);
        expect(span.end).toBeGreaterThanOrEqual(end);
        // Never inside a Latin word or a number: not between two word characters, nor digit-separator-digit.
        const inside = (i: number): boolean =>
          i > 0 && i < value.length && wordish.test(value[i - 1] as string) && wordish.test(value[i] as string);
        expect(inside(span.start)).toBe(false);
        expect(inside(span.end)).toBe(false);
        expect(/\d[.,]$/.test(value.slice(0, span.end)) && /^\d/.test(value.slice(span.end))).toBe(false);
        // A link that the span touches is whole.
        for (const link of value.matchAll(/(?:https:\/\/|www\.)[^\s,]+/g)) {
          const linkStart = link.index;
          const linkEnd = linkStart + link[0].replace(/[.]+$/, '').length;
          if (span.start < linkEnd && span.end > linkStart) {
            expect(span.start).toBeLessThanOrEqual(linkStart);
            expect(span.end).toBeGreaterThanOrEqual(linkEnd);
          }
        }
      }),
    );
  });
});
