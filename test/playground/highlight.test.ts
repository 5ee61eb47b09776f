import { describe, expect, it } from 'vitest';
import { contributions } from '../../playground/src/highlight';
import { score, type Verdict } from '../../src/index';

describe('the playground chart', () => {
  it('has a row for every part of the score, the floor and the cap included, and they add up to it', () => {
    const verdict = score('Customer service job in Sihanoukville, Cambodia. No experience needed, salary $1,500/month. Telegram @hr_kh');
    // The same verdict as it would look with a floor and with a cap, whose contributions keep the sum exact.
    const lifted: Verdict = { ...verdict, floor: { risk: 'high', contribution: 0.75 } };
    const held: Verdict = { ...verdict, cap: { risk: 'medium', contribution: -0.5 } };
    const sum = (rows: { value: number }[]): number => rows.reduce((total, row) => total + row.value, 0);
    const base = contributions(verdict);
    expect(base.map((row) => row.kind)).toEqual(['bias', ...verdict.flags.map(() => 'flag'), ...(verdict.classifier ? ['classifier'] : []), ...(verdict.floor ? ['floor'] : []), ...(verdict.cap ? ['cap'] : [])]);
    expect(1 / (1 + Math.exp(-sum(base)))).toBeCloseTo(verdict.score, 9);
    expect(contributions(lifted).at(-1)).toMatchObject({ kind: 'floor', value: 0.75 });
    expect(sum(contributions(lifted)) - sum(contributions({ ...verdict, floor: undefined }))).toBeCloseTo(0.75, 12);
    expect(contributions(held).at(-1)).toMatchObject({ kind: 'cap', value: -0.5 });
  });
});
