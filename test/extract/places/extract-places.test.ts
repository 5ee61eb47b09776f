import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceFact } from '../../../src/extract/facts';
import type { FieldText } from '../../../src/posting/field-text';
import { extractPlaces } from '../../../src/extract/places/extract-places';
import { foldText } from '../../../src/normalise/folded-text';
import { GAZETTEER } from '../../../src/extract/places/gazetteer';
import type { TextField } from '../../../src/posting/posting-schema';

const fieldOf = (original: string, field: TextField = 'description'): FieldText => ({ field, text: foldText(original) });

/** "Name/CC" with "*" for hubs, and the quoted text. */
const placesIn = (original: string, field?: TextField): string[] =>
  extractPlaces(fieldOf(original, field)).map((place) => `${place.name}/${place.country}${place.hub ? '*' : ''} ${place.evidence.text}`);

const expectExactEvidence = (original: string, places: readonly PlaceFact[]): void => {
  for (const place of places) expect(original.slice(place.evidence.start, place.evidence.end)).toBe(place.evidence.text);
};

const fullWidth = (text: string): string =>
  text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('extractPlaces: hubs and destinations in the languages lures use', () => {
  it.each([
    ['en', 'Customer service job in Sihanoukville, Cambodia. Tickets paid.', ['Sihanoukville/KH* Sihanoukville', 'Cambodia/KH Cambodia']],
    ['en', 'Fly to Bangkok, then by car to Mae Sot near the Thai-Myanmar border', ['Bangkok/TH Bangkok', 'Mae Sot/TH* Mae Sot', 'Thai-Myanmar border/MM* Thai-Myanmar border']],
    ['en', 'Office in the Golden Triangle SEZ (Bokeo province)', ['Golden Triangle SEZ/LA* Golden Triangle SEZ', 'Golden Triangle SEZ/LA* Bokeo']],
    ['en', 'Casino hotel in Poipet, near Bavet and Svay Rieng', ['Poipet/KH* Poipet', 'Bavet/KH* Bavet', 'Svay Rieng/KH* Svay Rieng']],
    ['zh', '西港高薪招聘客服，包吃包住', ['Sihanoukville/KH* 西港']],
    ['zh', 'KK园区直招，妙瓦底亚太新城，缅北果敢老街', ['KK Park/MM* KK园区', 'Myawaddy/MM* 妙瓦底', 'Shwe Kokko/MM* 亚太新城', 'Northern Myanmar/MM* 缅北', 'Laukkai/MM* 果敢']],
    ['zh-Hant', '柬埔寨金邊、緬甸佤邦、寮國金三角', ['Cambodia/KH 柬埔寨', 'Phnom Penh/KH 金邊', 'Myanmar/MM 緬甸', 'Wa State/MM* 佤邦', 'Laos/LA 寮國', 'Golden Triangle SEZ/LA* 金三角']],
    ['vi', 'Việc nhẹ lương cao tại Campuchia, bay qua Thái Lan rồi sang Lào', ['Cambodia/KH Campuchia', 'Thailand/TH Thái Lan', 'Laos/LA Lào']],
    ['id', 'Lowongan admin di Kamboja dan Filipina, tiket gratis', ['Cambodia/KH Kamboja', 'Philippines/PH Filipina']],
    ['th', 'รับสมัครงานที่กัมพูชา เดินทางผ่านแม่สอด', ['Cambodia/KH กัมพูชา', 'Mae Sot/TH* แม่สอด']],
    ['tl', 'Trabaho sa Cambodia, libreng ticket mula Pilipinas', ['Cambodia/KH Cambodia', 'Philippines/PH Pilipinas']],
    ['ko', '캄보디아 시아누크빌 고수익 알바', ['Cambodia/KH 캄보디아', 'Sihanoukville/KH* 시아누크빌']],
    ['ja', 'カンボジアのプノンペンで高収入、ミャンマーやタイも', ['Cambodia/KH カンボジア', 'Phnom Penh/KH プノンペン', 'Myanmar/MM ミャンマー', 'Thailand/TH タイ']],
  ])('%s: %s', (_language, original, expected) => {
    expect(placesIn(original)).toEqual(expected);
  });

  it('gives the country and the hub flag of each place', () => {
    const [place] = extractPlaces(fieldOf('Work in Shwe Kokko'));
    expect(place).toEqual({
      name: 'Shwe Kokko',
      country: 'MM',
      hub: true,
      evidence: { field: 'description', start: 8, end: 18, text: 'Shwe Kokko' },
    });
  });

  it('reads honest-job countries so that phones and places can be compared', () => {
    expect(placesIn('Offices in Kenya, Nigeria, Sri Lanka, Nepal, Bangladesh, India, Germany and Canada').map((p) => p.split(' ')[0])).toEqual([
      'Kenya/KE', 'Nigeria/NG', 'Sri', 'Nepal/NP', 'Bangladesh/BD', 'India/IN', 'Germany/DE', 'Canada/CA',
    ]);
  });
});

describe('extractPlaces: words that only look like places', () => {
  it.each([
    ['katakana inside other words', 'タイプ速度とタイムを測るネクタイ', []],
    ['the Thai language in Japanese and Korean', 'タイ語ができる方、태국어 가능자', []],
    ['nationalities', '한국인 우대, 日本人スタッフ, 泰国人', []],
    ['Thai ไทย alone (language, people)', 'พูดภาษาไทยได้ คนไทย', []],
    ['Thai ลาว inside ลาวา (lava)', 'ภูเขาไฟลาวา', []],
    ['Indonesian flower and street', 'bunga kamboja di Jl. Kamboja No. 5', []],
    ['Vietnamese tobacco', 'không hút thuốc lào', []],
    ['Indonesian language names', 'mampu berbahasa Inggris, lulusan sastra Jepang', []],
    ['Latin names inside words', 'Chaos in Laotian-style Indiana', []],
    ['Chinese "international" after 德', '华德国际贸易有限公司', []],
    ['the Chinese adjective 果敢 (resolute)', '性格果敢，执行力强', []],
    ['Guangxi port', '广西港口物流', []],
    ['India inside Indonesia and the Indian Ocean', '印度尼西亚 印度洋', ['Indonesia']],
    ['North Korea and New England', 'North Korea; New England', []],
    ['the pronoun us', 'Join us! CONTACT US today. ABOUT US Based in Leeds', []],
  ])('%s: %s', (_what, original, expected) => {
    expect(extractPlaces(fieldOf(original)).map((place) => place.name)).toEqual(expected);
  });
});

describe('extractPlaces: United States and United Kingdom', () => {
  it.each([
    ['based in the US', ['United States']],
    ['US-based remote role', ['United States']],
    ['US citizens only', ['United States']],
    ['Must be authorised to work in US', ['United States']],
    ['the U.S.A. and the USA', ['United States', 'United States']],
    ['offices in the UK and U.K.', ['United Kingdom', 'United Kingdom']],
    ['England and Scotland', ['United Kingdom', 'United Kingdom']],
    ['contact us, email us, trust us', []],
    ['WRITE TO US', []],
  ])('%s', (original, expected) => {
    expect(extractPlaces(fieldOf(original)).map((place) => place.name)).toEqual(expected);
  });

  it("reads the leading country code of EMSCAD's location field", () => {
    expect(placesIn('US, NY, New York', 'location')).toEqual(['United States/US US']);
    expect(placesIn('GB, LND, London', 'location')).toEqual(['United Kingdom/GB GB']);
    expect(placesIn('GB, LND, London', 'description')).toEqual([]);
  });
});

describe('extractPlaces: disguised text', () => {
  it('reads full-width and zero-width-split names and quotes the original exactly', () => {
    for (const original of [fullWidth('Jobs in CAMBODIA'), 'Sihanouk\u200bville', 'Cam\u00adbodia', 'ＫＫ园区']) {
      const places = extractPlaces(fieldOf(original));
      expect(places).toHaveLength(1);
      expectExactEvidence(original, places);
    }
  });
});

describe('extractPlaces: properties', () => {
  const fragments = [
    'Cambodia', 'Laos', 'us', 'US', 'the ', 'uk', 'タイ', 'プ', '西港', '口', '果敢', '在', 'ลาว', 'า', 'ภาษา', 'ไทย',
    'bahasa ', 'Inggris', '\u200b', '\uff23', ' ', ',', '-', 'Myanmar', ' border', '国', '际', '德', '한국', '어',
  ];

  it('never throws and quotes every span exactly, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom<TextField>('description', 'location'), (original, field) => {
        expectExactEvidence(original, extractPlaces(fieldOf(original, field)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and quotes every span exactly, on text built from place fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')), (original) => {
        const places = extractPlaces(fieldOf(original));
        expectExactEvidence(original, places);
        const spans = places.map((place) => `${place.evidence.start} ${place.evidence.end}`);
        expect(new Set(spans).size).toBe(spans.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractPlaces in scripts without spaces, name by name', () => {
  // Names are tried only where the text has a character some name starts with, and only those names: every guard
  // before and after a name still decides, and one name right after another is found.
  it('keeps each name guards and finds names back to back', () => {
    // The two ways the 果敢 pattern reads it: after 去, and before 自治区.
    expect(placesIn('去果敢工作')).toHaveLength(1);
    expect(placesIn('去果敢工作')).toEqual(placesIn('果敢自治区'));
    expect(placesIn('泰国人')).toEqual([]);
    expect(placesIn('ネクタイ')).toEqual([]);
    expect(placesIn('柬埔寨泰国').length).toBe(2);
    expect(placesIn('西港西港').length).toBe(2);
  });
});

describe('extractPlaces tries Latin names only at word starts, by first letter', () => {
  // The Latin names are matched by the first letter at each word start, with look-arounds read through
  // ("(?<!north )korea" starts with "k"): every name is still found as a word, and never inside one.
  const latinNames = GAZETTEER.flatMap((entry) => entry.names.filter((name) => /^[a-z][a-z .-]*$/i.test(name)).map((name) => ({ name, entry })));
  it('finds every Latin gazetteer name as a word, and none glued to a letter before it', () => {
    for (const { name, entry } of latinNames) {
      const found = extractPlaces(fieldOf(`Work in ${name}, apply now`)).map((place) => place.name);
      expect(found, name).toContain(entry.name);
      expect(extractPlaces(fieldOf(`Work in x${name}, apply now`)).filter((place) => place.evidence.text === name)).toEqual([]);
    }
  });

  it('keeps the look-behinds of word patterns: "north korea" is not Korea, "bunga kamboja" is a flower', () => {
    expect(placesIn('Jobs in Korea')).toEqual(['South Korea/KR Korea']);
    expect(placesIn('Jobs in North Korea')).toEqual([]);
    expect(placesIn('Kerja di Kamboja')).toEqual(['Cambodia/KH Kamboja']);
    expect(placesIn('Harum bunga kamboja')).toEqual([]);
  });
});
