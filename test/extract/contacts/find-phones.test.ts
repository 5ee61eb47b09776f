import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../src/extract/contacts/find-phones';
import { foldText } from '../../../src/normalise/folded-text';

const phonesIn = (original: string, country?: 'CN' | 'ID' | 'VN' | 'PH'): string[] =>
  findPhones(foldText(original).folded, country).map((phone) => `${phone.e164}/${phone.country ?? '?'}`);

describe('findPhones', () => {
  it('reads international numbers with no default country', () => {
    expect(phonesIn('Call +63 917 123 4567 or (+855) 12 345 678')).toEqual(['+639171234567/PH', '+85512345678/KH']);
  });

  it('reads national numbers only with a default country', () => {
    expect(phonesIn('hubungi 0813-2255-4477')).toEqual([]);
    expect(phonesIn('hubungi 0813-2255-4477', 'ID')).toEqual(['+6281322554477/ID']);
  });

  it('reads full-width digits', () => {
    expect(phonesIn('＋６３　９１７　１２３　４５６７')).toEqual(['+639171234567/PH']);
  });

  it.each([
    ['pay range', '月薪6000-12000元'],
    ['round amounts', '底薪 5000-8000'],
    ['low-high pair', '综合工资4300-5750'],
    ['room numbers', '12楼1203-1210室'],
    ['times', '上班时间 8.30-12.00 14.00-18.00'],
    ['a standard', '通过ISO 9001/2015认证'],
    ['a date', '成立于2012-06-18'],
    ['a count', '服务客户3000000人次'],
    ['a salary after a currency', 'lương 15000000 đ/tháng'],
  ])('does not read %s as a phone: %s', (_what, original) => {
    expect(phonesIn(original, 'CN')).toEqual([]);
  });

  it('keeps a number before a word that starts like a currency ("để" is not "đ")', () => {
    expect(phonesIn('gọi 0912 345 678 để phỏng vấn', 'VN')).toEqual(['+84912345678/VN']);
  });

  it('stays fast on a wall of digits', () => {
    const started = performance.now();
    findPhones('1 '.repeat(50_000), 'VN');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never throws and returns spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(undefined, 'CN' as const), (text, country) => {
        for (const phone of findPhones(text, country)) {
          expect(0 <= phone.start && phone.start < phone.end && phone.end <= text.length).toBe(true);
          expect(phone.e164).toMatch(/^\+\d{4,16}$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
