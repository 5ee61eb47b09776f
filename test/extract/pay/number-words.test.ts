import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { NUMBER_WORD_RUN, parseNumberWords } from '../../../src/extract/pay/number-words';

// The ways recruiters write amounts in words; compromise, a full NLP library too heavy for the scorer, is the oracle.
const PHRASES = [
  'five hundred',
  'two thousand',
  'twenty-five hundred',
  'three thousand five hundred',
  'one hundred and fifty',
  'twelve thousand',
  'forty-five thousand',
  'ninety nine',
  'a hundred',
  'two million',
  'fifteen hundred',
];

describe('parseNumberWords', () => {
  it.each(PHRASES)('reads %j as compromise does', (phrase) => {
    const values = nlp(phrase).numbers().get() as number[];
    const expected = values[0];
    expect(parseNumberWords(phrase)).toBe(expected);
  });

  it('reads slang and articles', () => {
    expect(parseNumberWords('a grand')).toBe(1000);
    expect(parseNumberWords('two grand')).toBe(2000);
    expect(parseNumberWords('a thousand')).toBe(1000);
  });

  it('rejects words that make no number or do not start with a count', () => {
    expect(parseNumberWords('five two')).toBeNull();
    expect(parseNumberWords('million')).toBeNull();
    expect(parseNumberWords('hundred')).toBeNull();
  });
});

describe('NUMBER_WORD_RUN', () => {
  const runs = (text: string): string[] => [...text.matchAll(NUMBER_WORD_RUN)].map((match) => match[0]);

  it('finds whole runs, hyphens and "and" included', () => {
    expect(runs('earn two thousand five hundred dollars')).toEqual(['two thousand five hundred']);
    expect(runs('twenty-five hundred bucks')).toEqual(['twenty-five hundred']);
    expect(runs('one hundred and fifty a day')).toEqual(['one hundred and fifty']);
  });

  it('does not read number words inside other words', () => {
    expect(runs('someone often tenders')).toEqual([]);
  });
});
