import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { regexesConstructedBy, regexLiteralsIn, type NamedRegex } from './collect-regexes';

/**
 * The ReDoS check of every regex lurescan itself writes: the rule set's (phrases, stems, patterns), the extractors',
 * the matcher's and the CLI's. scslre (the analyser behind eslint-plugin-regexp) finds exponential and polynomial
 * backtracking deterministically in about a second for all of them. recheck is stronger on multi-character attack
 * strings but its fuzzer takes 2-5 minutes for the rule set alone here and its verdicts vary from run to run, so it
 * runs as an audit (`npm run redos:audit`), not in CI.
 */

// Nothing from src/ is imported statically: the modules must load while `RegExp` is watched.
const constructed = await regexesConstructedBy(async () => {
  const { createScanner } = await import('../../src/index');
  // Some extractors build their regexes on first use.
  createScanner().score('Customer service in Sihanoukville, $1,500/month, 20 triệu/tháng, 月薪10萬, age 18-25, Telegram @hr_jobs');
});
// Dependencies (libphonenumber-js) are theirs to check; they only ever see our short windows of text.
const ours = constructed.filter(({ name }) => name.includes('/src/'));
const literals = regexLiteralsIn('src');

/**
 * Regexes scslre reports that only ever run on short input, so that a polynomial cost stays small. Each entry
 * says where the bound comes from; anything else reported fails the test.
 */
const BOUNDED_INPUT: Readonly<Record<string, string>> = {
  '[ ().-]+$': 'find-messenger-mentions trims a DIGIT_RUN match, at most 26 characters',
  '^\\d*[1-9]\\d*00 ?[-~–—]+ ?\\d*[1-9]\\d*00$': 'find-phones tests a phone candidate inside a window of at most 96 characters',
};

describe('built-in regexes', () => {
  it('are all found: the rule set, the extractors and the matcher', () => {
    expect(literals.length).toBeGreaterThan(50);
    expect(ours.length).toBeGreaterThan(150);
    expect(ours.some(({ regex }) => regex.source.includes('sihanoukville'))).toBe(true);
  });

  it('have no super-linear backtracking on unbounded input (scslre)', () => {
    const reports = [...literals, ...ours]
      .filter(({ regex }) => !Object.hasOwn(BOUNDED_INPUT, regex.source))
      .flatMap(({ name, regex }: NamedRegex) =>
        analyse(regex).reports.map(
          (report) => `${name}: /${regex.source}/${regex.flags}: ${report.type}${report.exponential ? ' (exponential)' : ''} on ${report.character.literal.source} repeated`,
        ),
      );
    expect(reports).toEqual([]);
  });

  it('keeps every reviewed exception in use', () => {
    const sources = new Set([...literals, ...ours].map(({ regex }) => regex.source));
    expect(Object.keys(BOUNDED_INPUT).filter((source) => !sources.has(source))).toEqual([]);
  });
});
