import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAges } from '../../../src/extract/ages/extract-ages';
import type { AgeFact } from '../../../src/extract/facts';
import type { FieldText } from '../../../src/posting/field-text';
import { foldText } from '../../../src/normalise/folded-text';

const fieldOf = (original: string): FieldText => ({ field: 'requirements', text: foldText(original) });

/** "min..max «quoted text»". */
const agesIn = (original: string): string[] =>
  extractAges(fieldOf(original)).map((age) => `${age.min}..${age.max} «${age.evidence.text}»`);

const expectExactEvidence = (original: string, ages: readonly AgeFact[]): void => {
  for (const age of ages) expect(original.slice(age.evidence.start, age.evidence.end)).toBe(age.evidence.text);
};

describe('extractAges: ranges and bounds in the languages lures use', () => {
  it.each([
    ['en', 'Age: 18-35, any gender', ['18..35 «Age: 18-35»']],
    ['en', 'Applicants aged 18 to 35 are welcome', ['18..35 «aged 18 to 35»']],
    ['en', 'age: 20-30 years, fresh graduates OK', ['20..30 «age: 20-30 years»']],
    ['en', 'Candidates between the ages of 21 and 40', ['21..40 «between the ages of 21 and 40»']],
    ['en', 'Student helpers, 16 years old and up', ['16..null «16 years old and up»']],
    ['en', 'You must be at least 18.', ['18..null «at least 18»']],
    ['en', 'Applicants must be under 30', ['null..30 «under 30»']],
    ['en', 'Age 18 and above only', ['18..null «Age 18 and above»']],
    ['en', 'Must be 18+ to apply', ['18..null «18+»']],
    ['zh', '招聘客服，18-35岁，男女不限', ['18..35 «18-35岁»']],
    ['zh', '年龄：20至30周岁', ['20..30 «年龄：20至30周岁»']],
    ['zh', '要求年龄18--35周岁，身体健康', ['18..35 «年龄18--35周岁»']],
    ['zh', '男女不限，年满16周岁即可', ['16..null «满16周岁»']],
    ['zh', '年龄不超过40岁', ['null..40 «年龄不超过40岁»']],
    ['ko', '18~35세 남녀 모집', ['18..35 «18~35세»']],
    ['ko', '나이 20대 환영, 20~30대 가능', ['20..29 «나이 20대»', '20..39 «20~30대»']],
    ['ja', '16歳以上、高収入', ['16..null «16歳以上»']],
    ['ja', '18歳から35歳までの方', ['18..35 «18歳から35歳»']],
    ['vi', 'Tuyển nam nữ tuổi từ 18 đến 35', ['18..35 «tuổi từ 18 đến 35»']],
    ['vi', 'Độ tuổi 20-28, không cần kinh nghiệm', ['20..28 «Độ tuổi 20-28»']],
    ['vi', 'Nhận lao động 17 tuổi trở lên', ['17..null «17 tuổi trở lên»']],
    ['id', 'Syarat: usia 18-30 tahun, pria/wanita', ['18..30 «usia 18-30 tahun»']],
    ['id', 'Usia maksimal 27 tahun', ['null..27 «Usia maksimal 27 tahun»']],
    ['id', 'Maks. usia 32 th, lulusan SMA', ['null..32 «Maks. usia 32 th»']],
    ['id', 'umur min 19 tahun, max 33 tahun', ['19..null «umur min 19 tahun»', 'null..33 «max 33 tahun»']],
    ['id', 'Usia 19 26 tahun (scan of a poster without the dash)', ['19..26 «Usia 19 26 tahun»']],
    ['th', 'อายุ 18-35 ปี ไม่จำกัดวุฒิ', ['18..35 «อายุ 18-35 ปี»']],
    ['th', 'อายุไม่เกิน 40 ปี', ['null..40 «อายุไม่เกิน 40 ปี»']],
    ['th', 'อายุไม่ต่ำกว่า 20 ปี', ['20..null «อายุไม่ต่ำกว่า 20 ปี»']],
    ['tl', 'Edad 18 hanggang 35, walang experience', ['18..35 «Edad 18 hanggang 35»']],
    ['tl', '21-35 taong gulang', ['21..35 «21-35 taong gulang»']],
  ])('%s: %s', (_language, original, expected) => {
    expect(agesIn(original)).toEqual(expected);
  });
});

describe('extractAges: numbers that are not ages', () => {
  it.each([
    ['a range alone', 'Shifts 18-35'],
    ['pay', 'Salary 18-35k a month'],
    ['hours', 'Work 9-18, 18-35 hours per week'],
    ['experience', 'Requires 2-3 years experience, or at least 18 months in sales'],
    ['a bare bound', 'at least 18 and under 30'],
    ['"age" inside other words', 'manage 18 people, page 20, average 25-30, wage 18-22'],
    ['a business', 'Our company is 20 years old'],
    ['business history', 'for more than 15 years we have served over 70 million users'],
    ['implausible ages', 'Age 5-10 kids club; age 80'],
    ['the 20th century', '20세기 미술사 강의'],
    ['1,000 and 18.5', 'age group 1,000 members, rated 18.5'],
  ])('%s: %s', (_what, original) => {
    expect(agesIn(original)).toEqual([]);
  });
});

describe('extractAges: disguised text', () => {
  it('reads full-width digits and zero-width spaces and quotes the original exactly', () => {
    for (const [original, expected] of [
      ['年龄１８～３５岁', '18..35'],
      ['Age\u200b: 18 \u2013 35', '18..35'],
      ['ａｇｅｄ １６', '16..16'],
    ] as const) {
      const ages = extractAges(fieldOf(original));
      expect(ages.map((age) => `${age.min}..${age.max}`)).toEqual([expected]);
      expectExactEvidence(original, ages);
    }
  });
});

describe('extractAges: properties', () => {
  it('reads any plausible range after "Age:" and none without a cue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 14, max: 70 }), fc.integer({ min: 14, max: 70 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(extractAges(fieldOf(`Age: ${low}-${high}`)).map((age) => [age.min, age.max])).toEqual([[low, high]]);
        expect(extractAges(fieldOf(`Shifts ${low}-${high}`))).toEqual([]);
      }),
    );
  });

  it('never reports an age outside 14-70 (decades aside) or a min above its max', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('岁', ' years old', ' tuổi', ''), (a, b, unit) => {
        for (const age of extractAges(fieldOf(`age ${a}-${b}${unit}`))) {
          expect(age.min === null || (age.min >= 14 && age.min <= 70)).toBe(true);
          expect(age.max === null || (age.max >= 14 && age.max <= 70)).toBe(true);
          if (age.min !== null && age.max !== null) expect(age.min).toBeLessThanOrEqual(age.max);
        }
      }),
    );
  });

  it('never throws and quotes every span exactly, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (original) => {
        expectExactEvidence(original, extractAges(fieldOf(original)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and quotes every span exactly, on text built from age fragments', () => {
    const fragments = ['age', 'aged', '年龄', '岁', '세', 'usia', 'tahun', 'อายุ', 'ปี', 'tuổi', '18', '35', '7', '99', '-', '~', ' ', ':', '+', '以上', 'max', 'at least', 'must be', '\u200b', '\uff11', ',', '.', 'years old', '대'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')), (original) => {
        expectExactEvidence(original, extractAges(fieldOf(original)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractAges reads numbers only where a digit stands', () => {
  // The age-number regex opens with a look-behind; it is now tried only at digits, and numbers that are no age
  // either way are dropped before the regexes after them run. The ages found are the same wherever they sit.
  it('finds an age range among walls of fractions, years and amounts, at its place', () => {
    const padding = `${'½ 1/2 2024 1,500 '.repeat(50)}`;
    expect(agesIn(`${padding}Age 18-35 years old. ${padding}`)).toEqual(agesIn('Age 18-35 years old.'));
    expect(agesIn('½'.repeat(2_000))).toEqual([]);
  });

  it('finds the same ages in a text with digits glued before and after, as matchAll found them (property)', () => {
    const piece = fc.constantFrom('18', '35', '1', '2024', '-', ' ', 'age ', 'aged ', 'usia ', '岁', '20', '대', 'years old', 'min ', ',', '.', '5');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (const age of extractAges(fieldOf(text))) expect(text.slice(age.evidence.start, age.evidence.end)).toBe(age.evidence.text);
      }),
      { numRuns: 300 },
    );
  });
});
