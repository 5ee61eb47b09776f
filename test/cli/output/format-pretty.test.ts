import { describe, expect, it } from 'vitest';
import type { Flag, Verdict } from '../../../src/index';
import { formatErrorReport, formatSummary, formatVerdictReport } from '../../../src/cli/output/format-pretty';
import { createTerminalStyle } from '../../../src/cli/output/terminal-style';

const plain = createTerminalStyle(false);
const ansi = createTerminalStyle(true);

const posting = {
  id: 'kh-cs-1',
  title: 'Customer Service – Cambodia',
  description: 'No experience needed. Free flight ticket, visa and housing provided by the company.',
  contact: 'Telegram @hr_asia_jobs88',
};

const flag = (overrides: Partial<Flag>): Flag => ({
  id: 'travel.paid-all',
  kind: 'rule',
  category: 'travel',
  severity: 'high',
  title: 'Employer pays travel, visa and housing',
  summary: 'Paid travel and housing abroad is how trafficking lures build a debt the recruit must later repay.',
  language: 'en',
  indicators: ['travel.paid_all'],
  ilo: [{ number: 9, name: 'Debt bondage' }],
  sources: ['IOM-2022'],
  contribution: 1.2,
  evidence: [],
  ...overrides,
});

const verdict = (flags: Flag[]): Verdict => ({
  id: 'kh-cs-1',
  language: 'en',
  score: 0.934,
  risk: flags.length > 0 ? 'critical' : 'low',
  action: flags.length > 0 ? 'block' : 'allow',
  flags,
  lure: { elements: [], count: 0, families: [], kind: null },
  fired: { rules: flags.map((f) => f.id), patterns: [] },
  extracted: { pay: [], contacts: [], places: [], ages: [], disguises: [] },
  bias: -3,
  versions: { engine: '0.1.0', ruleSet: 'test' },
});

const start = posting.description.indexOf('Free flight ticket, visa and housing');
const travel = flag({ evidence: [{ field: 'description', start, end: start + 36, text: 'Free flight ticket, visa and housing' }] });
const telegram = flag({
  id: 'contact.telegram-only',
  severity: 'medium',
  title: 'Contact only through Telegram',
  summary: 'Moves the candidate off the job board.',
  evidence: [{ field: 'contact', start: 0, end: 8, text: 'Telegram' }],
});

describe('formatVerdictReport', () => {
  it('shows the heading, risk and score, then each flag with severity, title, id, explanation and quoted evidence', () => {
    const report = formatVerdictReport(verdict([travel, telegram]), posting, plain, 'kh-cs-1 (line 3)');
    expect(report).toBe(
      [
        'kh-cs-1 (line 3)',
        '  Risk: CRITICAL   score 0.93   2 red flags   action: block',
        '  1. [high] Employer pays travel, visa and housing (travel.paid-all)',
        '     Paid travel and housing abroad is how trafficking lures build a debt the',
        '     recruit must later repay.',
        '     > description: No experience needed. [[Free flight ticket, visa and housing]] provided by the company.',
        '  2. [medium] Contact only through Telegram (contact.telegram-only)',
        '     Moves the candidate off the job board.',
        '     > contact: [[Telegram]] @hr_asia_jobs88',
        '',
        '',
      ].join('\n'),
    );
  });

  it('colours the risk and highlights evidence with ANSI on a terminal', () => {
    const report = formatVerdictReport(verdict([telegram]), posting, ansi);
    expect(report).toContain('\u001b[1;97;41mCRITICAL\u001b[0m');
    expect(report).toContain('\u001b[1;7mTelegram\u001b[0m @hr_asia_jobs88');
    expect(report).not.toContain('[[');
  });

  it("prints a flag's whole explanation instead of its summary when given the rules' explanations", () => {
    const explanations = new Map([['travel.paid-all', 'The whole paragraph: why it matters and what to check.']]);
    const report = formatVerdictReport(verdict([travel]), posting, plain, undefined, explanations);
    expect(report).toContain('     The whole paragraph: why it matters and what to check.\n');
    expect(report).not.toContain('build a debt');
  });

  it('says so when nothing was flagged', () => {
    expect(formatVerdictReport(verdict([]), posting, plain)).toBe('  Risk: LOW   score 0.93   0 red flags   action: allow\n  No red flags found.\n\n');
  });

  it('says what kind of lure the ad reads as and which elements make it one, weak ones in brackets', () => {
    const lured: Verdict = {
      ...verdict([telegram]),
      lure: {
        elements: [
          { element: 'abroad-destination', flags: ['dest.sea-hotspot'], counted: true },
          { element: 'no-experience', flags: ['req.no-qualifications'], counted: false },
        ],
        count: 1,
        families: ['scam-compound'],
        kind: 'trafficking',
      },
    };
    expect(formatVerdictReport(lured, posting, plain)).toContain(
      '  Reads as trafficking recruitment (scam-compound lure): 1 lure element: abroad-destination, (no-experience); family: scam-compound\n',
    );
  });

  it("closes with the classifier's contribution and the words that moved it", () => {
    const classified: Verdict = {
      ...verdict([telegram]),
      classifier: {
        contribution: 1.234,
        logOdds: -1.5,
        terms: [
          { text: 'Earn', weight: 0.8, evidence: { field: 'text', start: 0, end: 4, text: 'Earn' } },
          { text: 'engineers', weight: -0.4, evidence: { field: 'text', start: 10, end: 19, text: 'engineers' } },
        ],
      },
    };
    const report = formatVerdictReport(classified, posting, plain);
    expect(report).toContain('  Text classifier: +1.23 log-odds   strongest words: Earn (+0.80), engineers (-0.40)\n');
  });

  it('shows at most three quotes per flag, once each, and counts the rest', () => {
    const evidence = ['No', 'experience', 'needed', 'Free', 'flight'].map((word) => {
      const at = posting.description.indexOf(word);
      return { field: 'description' as const, start: at, end: at + word.length, text: word };
    });
    const report = formatVerdictReport(verdict([flag({ kind: 'pattern', evidence: [...evidence, evidence[0]!] })]), posting, plain);
    expect(report.match(/ {5}> description:/g)).toHaveLength(3);
    expect(report).toContain('     > and 2 more');
  });
});

describe('formatErrorReport', () => {
  it('shows the message and each issue with its field path', () => {
    const report = formatErrorReport(
      { message: 'Invalid posting: title: expected string', issues: [{ path: ['title'], message: 'expected string, received number' }, { path: [], message: 'no text' }] },
      plain,
      'a7 (ads.jsonl:4)',
    );
    expect(report).toBe('a7 (ads.jsonl:4)\n  ERROR Invalid posting: title: expected string\n    - title: expected string, received number\n    - (posting): no text\n\n');
  });
});

describe('formatSummary', () => {
  it('counts postings per risk level and failures', () => {
    expect(formatSummary({ low: 3, medium: 0, high: 1, critical: 2 }, 1, plain)).toBe(
      '6 postings scored: 2 critical, 1 high, 0 medium, 3 low. 1 record could not be scored.\n',
    );
    expect(formatSummary({ low: 1, medium: 0, high: 0, critical: 0 }, 0, plain)).toBe('1 posting scored: 0 critical, 0 high, 0 medium, 1 low.\n');
  });
});
