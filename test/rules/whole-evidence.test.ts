import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';

// Regressions from issue 10: the money flag claimed a title that raw text does not have, and cut the amounts.
const scanner = createScanner();
// The built-in model learned this rule's weight as zero on EMSCAD, so it is not reported there: read it unweighted.
const declared = createScanner({ model: null });
const moneyFlag = (input: Parameters<typeof scanner.score>[0]) => declared.score(input).flags.find((flag) => flag.id === 'emscad.money-in-title');

describe('emscad.money-in-title', () => {
  it('does not fire on a raw ad, which has no title', () => {
    expect(moneyFlag('Earn $600/week from home. Simple data entry, paid weekly.')).toBeUndefined();
  });

  it('quotes whole amounts from the title', () => {
    const weekly = moneyFlag({ title: 'Earn $600/week - Data Entry', description: 'Simple online work from home.' });
    expect(weekly?.evidence.map((e) => e.text)).toContain('$600');
    expect(weekly?.evidence.every((e) => e.field === 'title')).toBe(true);
    const monthly = moneyFlag({ title: 'Receptionist $1800 monthly', description: 'Front desk of a small clinic.' });
    expect(monthly?.evidence.map((e) => e.text)).toContain('$1800');
  });
});

describe('links in evidence', () => {
  it('quotes a link whole, never stopping after the scheme', () => {
    const verdict = scanner.score('Data entry from home, earn 500 a week. To apply at https://bit.ly/jobs-now-2024 today.');
    const quoted = verdict.flags.flatMap((flag) => flag.evidence.map((e) => e.text)).filter((text) => text.includes('https://'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const text of quoted) expect(text.endsWith('https://bit.ly/jobs-now-2024')).toBe(true);
  });
});
