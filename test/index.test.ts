import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, JobPostingSchema, safeScore, score, TEXT_FIELDS, type JobPosting, type Verdict } from '../src/index';

const spansMatch = (posting: string | JobPosting, verdict: Verdict): boolean =>
  verdict.flags.every((flag) =>
    flag.evidence.every((evidence) => {
      const source = typeof posting === 'string' ? posting : posting[evidence.field];
      return typeof source === 'string' && source.slice(evidence.start, evidence.end) === evidence.text;
    }),
  );

// Strings built from lure vocabulary in several scripts, so the properties exercise rules, not only empty verdicts.
const lureWords = fc.constantFrom(
  'Cambodia', 'Sihanoukville', 'no experience', 'free flight', 'visa', 'Telegram @hr_jobs', '$1,500/month',
  '包吃包住', '月入过万', 'việc nhẹ lương cao', 'Campuchia', '20 triệu/tháng', 'gaji tinggi', 'ไม่ต้องใช้ทักษะ',
  '해외 고수익', '高収入', '+855 12 345 678', 'ｖｉｓａ', '\u200b', ' ', '\n', '!!', 'KK Park', 'passport',
);
const lureText = fc.array(fc.oneof(lureWords, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 30 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), lureText);
const postingObject = fc
  .record(Object.fromEntries(TEXT_FIELDS.map((field) => [field, anyText])) as Record<(typeof TEXT_FIELDS)[number], fc.Arbitrary<string>>, {
    requiredKeys: [],
  })
  .map((fields) => ({ ...fields, description: `${fields.description ?? ''} Sihanoukville` }));

describe('score', () => {
  it('never throws on any string, and returns a score in [0, 1]', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const verdict = score(text);
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(score(text)).toEqual(score(text));
      }),
      { numRuns: 200 },
    );
  });

  it('quotes every evidence span exactly from the original text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, postingObject), (posting) => {
        expect(spansMatch(posting, score(posting))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns plain JSON', () => {
    const verdict = score('Customer service in Cambodia, $1,500/month, free flight, contact Telegram @hr_jobs');
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });

  it('safeScore never throws on any JSON-like value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeScore(value);
        if (result.success) {
          expect(JobPostingSchema.safeParse(value).success || typeof value === 'string').toBe(true);
        } else {
          expect(result.error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
