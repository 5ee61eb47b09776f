import { describe, expect, it } from 'vitest';
import { localisedText, summaryOf } from '../../src/explain/rule-summary';
import type { Rule } from '../../src/rules/rule-schema';

const rule = (extra: Partial<Rule>): Rule =>
  ({
    id: 'travel.paid-all',
    title: 'Employer pays flight, visa and housing',
    explanation:
      'The ad promises that the employer pays the journey: flight or visa (free flight, 包机票, bao vé máy bay). Honest employers sometimes do this; check who the employer is.',
    ...extra,
  }) as Rule;

describe('summaryOf', () => {
  it("is the explanation's first sentence, less its lists of foreign phrases", () => {
    expect(summaryOf(rule({}))).toBe('The ad promises that the employer pays the journey: flight or visa.');
  });

  it('keeps parentheses in plain English', () => {
    expect(summaryOf(rule({ explanation: 'The ad names a hub (a town on the Thai border). More here.' }))).toBe(
      'The ad names a hub (a town on the Thai border).',
    );
  });

  it("prefers the rule's own summary", () => {
    expect(summaryOf(rule({ summary: 'Travel is paid.' }))).toBe('Travel is paid.');
  });
});

describe('localisedText', () => {
  const translated = rule({ translations: { ko: { title: '항공권·비자·숙소 제공', summary: '고용주가 항공권과 비자를 제공한다고 합니다.' } } });

  it('gives the title and summary in the ad language where the rule has them', () => {
    expect(localisedText(translated, 'ko')).toEqual({ title: '항공권·비자·숙소 제공', summary: '고용주가 항공권과 비자를 제공한다고 합니다.', language: 'ko' });
  });

  it('falls back to English, and says so', () => {
    expect(localisedText(translated, 'th')).toEqual({
      title: 'Employer pays flight, visa and housing',
      summary: 'The ad promises that the employer pays the journey: flight or visa.',
      language: 'en',
    });
  });
});
