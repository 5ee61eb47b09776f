import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';

const scanner = createScanner();
const evasionFlag = (input: Parameters<typeof scanner.score>[0]) =>
  scanner.score(input).flags.find((flag) => flag.id === 'evasion.disguised-keyword');

describe('evasion.disguised-keyword', () => {
  it('quotes each disguised word exactly as written', () => {
    const ad = 'Data entry in Bangkok, free v1sa and flight. Contact us on T e l e g r a m: @bkk_jobs_hr';
    const flag = evasionFlag(ad);
    expect(flag?.evidence.map((item) => item.text)).toEqual(['v1sa', 'T e l e g r a m']);
    for (const item of flag?.evidence ?? []) expect(ad.slice(item.start, item.end)).toBe(item.text);
  });

  it('flags a disguised contact in a structured posting, in the field it is in', () => {
    const posting = { title: 'Customer service', contact: 'Теlеgrаm @asia_hr_desk', description: 'Work in Cambodia.' };
    const verdict = scanner.score(posting);
    const flag = verdict.flags.find((item) => item.id === 'evasion.disguised-keyword');
    expect(flag?.evidence).toEqual([{ field: 'contact', start: 0, end: 8, text: 'Теlеgrаm' }]);
    expect(verdict.extracted.disguises).toEqual([
      { word: 'telegram', kinds: ['homoglyph'], hides: 'contact', evidence: { field: 'contact', start: 0, end: 8, text: 'Теlеgrаm' } },
    ]);
  });

  it('does not fire on the same ad written plainly', () => {
    expect(evasionFlag('Data entry in Bangkok, free visa and flight. Contact us on Telegram: @bkk_jobs_hr')).toBeUndefined();
  });

  it('does not fire on a disguised word that no rule reads there', () => {
    // A spaced-out heading (common in images of ads read by OCR) hides nothing the rules look for.
    expect(evasionFlag('J A K A R T A. We are hiring a baker, apply at the shop.')).toBeUndefined();
  });
});
