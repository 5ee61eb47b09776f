import { describe, expect, it } from 'vitest';
import { createScanner, score } from '../../src/index';
import { SHORT_MESSAGE_LENGTH } from '../../src/posting/field-text';

// A padding sentence from an honest ad, to turn a short message into a long posting with the same signals.
const HONEST_PADDING =
  ' Our company has operated for twenty years and follows all labour laws. Staff receive training, a written contract, ' +
  'paid leave and health insurance. Interviews take place at our registered office during business hours, and we never ' +
  'ask applicants for any fee.';

describe('short messages: pay judged on its own terms', () => {
  it('makes a wage several times the local norm plus one weak element a lure worth a review', () => {
    const text = 'ເງິນເດືອນ 20,000,000 ກີບ ບໍ່ຕ້ອງມີປະສົບການ';
    expect(text.length).toBeLessThanOrEqual(SHORT_MESSAGE_LENGTH);
    const verdict = score(text);
    expect(verdict.risk).toBe('medium');
    expect(verdict.lure.elements.filter((hit) => hit.counted).map((hit) => hit.element)).toEqual([
      'implausible-pay',
      'no-experience',
    ]);
  });

  it('makes pay, a messenger and a destination in sixty-odd characters high', () => {
    const verdict = score('Earn $2,000 a week, message me on Telegram @fastjobs, work in Dubai');
    expect(verdict.risk).toBe('high');
  });

  it('makes a strong day rate alone a lure worth a review', () => {
    expect(score('Gaji RM500 sehari').risk).toBe('medium');
    expect(score('日当10万円 運ぶだけ').risk).not.toBe('low');
  });

  it('leaves the same weak signals in a long posting low', () => {
    const text = `ເງິນເດືອນ 20,000,000 ກີບ ບໍ່ຕ້ອງມີປະສົບການ.${HONEST_PADDING}`;
    expect(text.length).toBeGreaterThan(SHORT_MESSAGE_LENGTH);
    expect(score(text).risk).toBe('low');
  });

  it('leaves a high wage alone, and ordinary pay with a weak element, low', () => {
    expect(score('ເງິນເດືອນ 20,000,000 ກີບ').risk).toBe('low');
    expect(score('ເງິນເດືອນ 2,500,000 ກີບ ບໍ່ຕ້ອງມີປະສົບການ').risk).toBe('low');
  });

  it('does not count daily pay or "high pay" in words as the pay of a short lure', () => {
    expect(score('日払いOK 未経験歓迎 警備スタッフ').risk).toBe('low');
    expect(score('高薪 包吃住 无需经验').risk).toBe('low');
  });

  it('keeps honest pay talk in text messages quiet', () => {
    for (const text of [
      'Your salary was paid into your account today.',
      'Shift pays $15/hr, can you cover Saturday?',
      'Hi, your pay of $1,250 for week 32 has been processed.',
      '이번 달 급여 입금되었습니다.',
      'Công ty đã chuyển lương tháng 8 cho bạn.',
      'ไรเดอร์ รายได้ 800-1,200 บาทต่อวัน',
      'Butuh kuli bangunan, upah 150rb/hari',
    ]) {
      expect(score(text).risk, text).toBe('low');
    }
  });
});

describe('short messages: pay far above the local norm in a scam-compound hub', () => {
  // Thresholds far above any the data set: only a floor reaches high here.
  const strict = createScanner({ scoring: { thresholds: { medium: 0.6, high: 0.9, critical: 0.99 } } });

  it('is high whatever the thresholds', () => {
    for (const text of ['งานที่เมียวดี เงินเดือน 60,000 บาท', 'Kerja di Sihanoukville, gaji 25 juta sebulan']) {
      const verdict = strict.score(text);
      expect(verdict.lure.elements.map((hit) => hit.element), text).toEqual(expect.arrayContaining(['abroad-destination', 'implausible-pay']));
      expect(verdict.risk, text).toBe('high');
      expect(verdict.floor?.risk, text).toBe('high');
    }
  });

  it('is not lifted by the hub alone, by ordinary pay there, or in a long posting', () => {
    expect(strict.score('งานที่เมียวดี เงินเดือน 12,000 บาท').risk).not.toBe('high');
    expect(strict.score('งานที่เมียวดี ติดต่อสำนักงาน').risk).not.toBe('high');
    const long = `Kerja di Sihanoukville, gaji 25 juta sebulan.${HONEST_PADDING}`;
    expect(long.length).toBeGreaterThan(SHORT_MESSAGE_LENGTH);
    expect(strict.score(long).floor?.risk).not.toBe('high');
  });
});
