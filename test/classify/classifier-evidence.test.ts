import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createScanner } from '../../src/scanner';
import { classifierEvidence } from '../../src/classify/classifier-evidence';

describe('classifierEvidence', () => {
  const scale = { bias: -1, reference: -3, fullCoverage: 0.8, fullWords: 40 };
  const full = (coverage: number) => ({ coverage, knownWords: 100 });

  it('is zero for an ad read in full at the reference, negative below it, positive above it', () => {
    expect(classifierEvidence(-3, full(0.9), scale)).toBe(0);
    expect(classifierEvidence(-4, full(0.9), scale)).toBe(-1);
    expect(classifierEvidence(-1, full(0.9), scale)).toBe(2);
  });

  it('adds nothing when the classifier can read none of the text, whatever its log-odds', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (logOdds) => {
        expect(classifierEvidence(logOdds, full(0), scale)).toBe(0);
      }),
    );
  });

  it('shrinks with the number of known words below fullWords, and adds nothing with none', () => {
    expect(classifierEvidence(-1, { coverage: 1, knownWords: 10 }, scale)).toBeCloseTo(0.25 * (0 + 0.25 * 2), 12);
    expect(classifierEvidence(5, { coverage: 1, knownWords: 0 }, scale)).toBe(0);
  });

  it('never weighs more than full trust would, and shrinks steadily as less of the text is readable', () => {
    // For an ad whose known words all read as fraud (log-odds above the bias), less coverage never adds more.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1, max: 20, noNaN: true }), (a, b, logOdds) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(classifierEvidence(logOdds, full(low), scale)).toBeLessThanOrEqual(classifierEvidence(logOdds, full(high), scale) + 1e-9);
      }),
    );
  });
});

describe('the built-in classifier, measured as the weight of evidence of the text', () => {
  const scanner = createScanner();
  const frontOffice = {
    title: 'Front Office Receptionist',
    location: 'Phuket, Thailand',
    companyName: 'Andaman Bay Resort & Spa',
    description:
      'Andaman Bay Resort & Spa, a 180-room beachfront hotel in Patong, is looking for a friendly Front Office Receptionist to ' +
      'join our team. You will welcome guests at check-in and check-out, handle reservations by phone and email, answer ' +
      'questions about the hotel and local tours, and work with housekeeping and the concierge to make every stay smooth.',
    requirements:
      'At least one year of front desk experience in a hotel. Good spoken and written English; Thai or Russian is a plus. ' +
      'Familiar with Opera PMS or a similar system. Able to work shifts, including weekends and public holidays.',
    benefits: 'Salary 18,000-22,000 THB per month plus service charge, staff meals, uniform, social security and 6 days of annual leave.',
  };

  it('does not lift an ordinary hotel front-office ad, as an object or as plain text', () => {
    const verdict = scanner.score(frontOffice);
    expect(verdict.classifier?.contribution).toBeLessThanOrEqual(0);
    const plain = scanner.score(Object.values(frontOffice).join('\n'));
    expect(plain.classifier?.contribution).toBeLessThanOrEqual(0);
  });

  it('quotes its terms as the words of the ad, each with its span', () => {
    const verdict = scanner.score(frontOffice);
    const terms = verdict.classifier?.terms ?? [];
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const field = frontOffice[term.evidence.field as keyof typeof frontOffice];
      // A blank field the classifier weighs (no requirements...) is quoted as the empty text it is.
      expect('start' in term.evidence ? field.slice(term.evidence.start, term.evidence.end) : (field ?? '')).toBe(term.text);
      expect(term.text).toBe(term.evidence.text);
      expect(term.text).not.toMatch(/#\d/);
    }
  });

  it('lifts a work-from-home scheme written in English', () => {
    const verdict = scanner.score(
      'Work from home data entry clerk needed. Earn $500 weekly, no experience needed, flexible hours. We provide all ' +
        'training. Send your name, address and phone number to apply. Limited positions, start immediately.',
    );
    expect(verdict.classifier?.contribution).toBeGreaterThan(0);
  });

  it('adds next to nothing on text it cannot read', () => {
    const chinese = scanner.score('招聘前台接待，五星级酒店，要求形象好，有相关经验优先，月薪六千至八千元，包吃住，五险一金。');
    expect(Math.abs(chinese.classifier?.contribution ?? 0)).toBeLessThan(0.05);
    const indonesian = scanner.score(
      'Dibutuhkan segera karyawati untuk posisi kasir dan pramuniaga di toko kami. Syarat: wanita, usia maksimal 25 tahun, ' +
        'pendidikan minimal SMA, jujur dan rajin. Kirim lamaran ke alamat toko.',
    );
    expect(Math.abs(indonesian.classifier?.contribution ?? 0)).toBeLessThan(0.3);
  });
});
