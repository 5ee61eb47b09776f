import { describe, expect, it } from 'vitest';
import type { DisguiseKind } from '../../src/normalise/disguise-kind';
import { foldText } from '../../src/normalise/folded-text';
import { createLexicon } from '../../src/normalise/lexicon';

const lexicon = createLexicon(['contact us on telegram', 'whatsapp', 'free visa', 'free flight', 'passport', 'salary']);

/** The folded text, and each disguised word with its kinds and the original text it was read from. */
function read(original: string): { folded: string; words: { word: string; kinds: DisguiseKind[]; original: string; keyword: boolean }[] } {
  const text = foldText(original, { lexicon });
  return {
    folded: text.folded,
    words: text.disguises.map((word) => {
      const span = text.toOriginal(word.start, word.end);
      return { word: word.word, kinds: word.kinds, original: original.slice(span.start, span.end), keyword: word.keyword };
    }),
  };
}

describe('foldText undoes disguises in real-looking ads', () => {
  it.each([
    [
      'spaced-out letters',
      'Online CS job, $1,200/month. Contact us on T e l e g r a m: @asia_hr_jobs',
      'online cs job, $1,200/month. contact us on telegram: @asia_hr_jobs',
      [{ word: 'telegram', kinds: ['spaced'], original: 'T e l e g r a m', keyword: true }],
    ],
    [
      'dotted letters',
      'Interested? w.h.a.t.s.a.p.p +855 12 345 678 now!',
      'interested? whatsapp +855 12 345 678 now!',
      [{ word: 'whatsapp', kinds: ['spaced'], original: 'w.h.a.t.s.a.p.p', keyword: true }],
    ],
    [
      'a spaced-out phrase with wider gaps between words',
      'C O N T A C T   U S   O N   T E L E G R A M',
      'contact us on telegram',
      [
        { word: 'contact', kinds: ['spaced'], original: 'C O N T A C T', keyword: true },
        { word: 'us', kinds: ['spaced'], original: 'U S', keyword: false },
        { word: 'on', kinds: ['spaced'], original: 'O N', keyword: false },
        { word: 'telegram', kinds: ['spaced'], original: 'T E L E G R A M', keyword: true },
      ],
    ],
    [
      'Cyrillic look-alikes in a Latin word',
      'Free visa and flight. Теlеgrаm @hr_bkk',
      'free visa and flight. telegram @hr_bkk',
      [{ word: 'telegram', kinds: ['homoglyph'], original: 'Теlеgrаm', keyword: true }],
    ],
    [
      'a word made only of look-alikes in an English ad',
      'We keep your раѕѕроrt safe during the contract.',
      'we keep your passport safe during the contract.',
      [{ word: 'passport', kinds: ['homoglyph'], original: 'раѕѕроrt', keyword: true }],
    ],
    [
      'zero-width spaces inside a word',
      'Apply on What\u200bsA\u200cpp today',
      'apply on whatsapp today',
      [{ word: 'whatsapp', kinds: ['invisible'], original: 'What\u200bsA\u200cpp', keyword: true }],
    ],
    [
      'digits for letters',
      'Fr3e v1sa, fl1ght paid, s4lary $2000',
      'free visa, flight paid, salary $2000',
      [
        { word: 'free', kinds: ['digit-swap'], original: 'Fr3e', keyword: true },
        { word: 'visa', kinds: ['digit-swap'], original: 'v1sa', keyword: true },
        { word: 'flight', kinds: ['digit-swap'], original: 'fl1ght', keyword: true },
        { word: 'salary', kinds: ['digit-swap'], original: 's4lary', keyword: true },
      ],
    ],
    [
      'a symbol for a letter',
      'Message us on wh@tsapp',
      'message us on whatsapp',
      [{ word: 'whatsapp', kinds: ['digit-swap'], original: 'wh@tsapp', keyword: true }],
    ],
    [
      'full-width letters',
      'ｖｉｓａ provided',
      'visa provided',
      [{ word: 'visa', kinds: ['wide'], original: 'ｖｉｓａ', keyword: true }],
    ],
    [
      'mathematical bold letters',
      'Join us on 𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦',
      'join us on telegram',
      [{ word: 'telegram', kinds: ['styled'], original: '𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦', keyword: true }],
    ],
    [
      'negative circled letters',
      '🅣🅔🅛🅔🅖🅡🅐🅜: @jobs_kh',
      'telegram: @jobs_kh',
      [{ word: 'telegram', kinds: ['enclosed'], original: '🅣🅔🅛🅔🅖🅡🅐🅜', keyword: true }],
    ],
    [
      'regional-indicator letters',
      'DM on 🇼🇭🇦🇹🇸🇦🇵🇵',
      'dm on whatsapp',
      [{ word: 'whatsapp', kinds: ['enclosed'], original: '🇼🇭🇦🇹🇸🇦🇵🇵', keyword: true }],
    ],
    [
      'keycap digits',
      'Call +8️⃣5️⃣5️⃣ 1️⃣2️⃣',
      'call +855 12',
      [
        { word: '855', kinds: ['emoji-digit'], original: '8️⃣5️⃣5️⃣', keyword: false },
        { word: '12', kinds: ['emoji-digit'], original: '1️⃣2️⃣', keyword: false },
      ],
    ],
    [
      'dingbat digits and the keycap ten',
      'Salary ➊➎00 USD, 🔟 days off',
      'salary 1500 usd, 10 days off',
      [
        { word: '1500', kinds: ['emoji-digit'], original: '➊➎00', keyword: false },
        { word: '10', kinds: ['emoji-digit'], original: '🔟', keyword: false },
      ],
    ],
    [
      'spaced-out letters with a digit swap',
      'Free v 1 s a',
      'free visa',
      [{ word: 'visa', kinds: ['spaced', 'digit-swap'], original: 'v 1 s a', keyword: true }],
    ],
  ])('%s', (_kind, original, folded, words) => {
    expect(read(original)).toEqual({ folded, words });
  });
});

describe('foldText leaves honest text as written', () => {
  it.each([
    ['initials and short letter runs', 'Offices in the U.S.A. and the U.K.; answer a, b, c or d.'],
    ['pay, times, product names and numbers mixing digits and letters', 'RM1500 or Rp5jt, 9am-5pm, B2B, MP3, COVID19, 24h, 1st, 10k'],
    ['spaced phone numbers', 'Call 0 8 1 2 3 4 5 6 7 8'],
    ['Russian', 'Работа в Москве: официант, оплата каждую неделю, рос'],
    ['Greek', 'Θέση εργασίας στην Αθήνα'],
    ['a single flag', 'Work in 🇹🇭 Thailand and 🇰🇭'],
    ['numbered emoji bullets', '1️⃣ health insurance 2️⃣ annual leave'],
    ['digits stuck to the ends of words', 'experience5 years, degree3, fr33, 3days'],
  ])('%s', (_label, original) => {
    const text = foldText(original, { lexicon });
    expect(text.disguises.filter((word) => word.keyword)).toEqual([]);
    if (!/[\u20e3\ufe0f]/u.test(original)) expect(text.folded).toBe(original.toLowerCase());
  });

  it('keeps Russian and Greek letters when the text around them is not Latin', () => {
    expect(foldText('Курьер, оплата сразу, рос и ост').folded).toBe('курьер, оплата сразу, рос и ост');
  });

  it('undoes no digit swap without a lexicon', () => {
    expect(foldText('v1sa').folded).toBe('v1sa');
  });
});

describe('evidence spans stay exact', () => {
  it('quotes the disguised original for every folded span', () => {
    const original = 'Contact: Т е l е g r а m, Whats\u200bApp';
    const text = foldText(original, { lexicon });
    expect(text.folded).toBe('contact: telegram, whatsapp');
    const start = text.folded.indexOf('telegram');
    const span = text.toOriginal(start, start + 'telegram'.length);
    expect(original.slice(span.start, span.end)).toBe('Т е l е g r а m');
    const whatsapp = text.folded.indexOf('whatsapp');
    const whatsappSpan = text.toOriginal(whatsapp, whatsapp + 'whatsapp'.length);
    expect(original.slice(whatsappSpan.start, whatsappSpan.end)).toBe('Whats\u200bApp');
    const letterG = text.toOriginal(start + 4, start + 5);
    expect(original.slice(letterG.start, letterG.end)).toBe('g');
  });
});
