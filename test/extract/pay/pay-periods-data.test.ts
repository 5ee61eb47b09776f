import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPayPeriods } from '../../../scripts/domain-data/pay-periods-data';
import { extractPay } from '../../../src/extract/pay/extract-pay';
import { foldText } from '../../../src/normalise/folded-text';

const root = join(import.meta.dirname, '../../..');
const problems: string[] = [];
const { tables, examples } = readPayPeriods(root, problems);

const periodsIn = (text: string): string[] => extractPay({ field: 'description', text: foldText(text) }).map((pay) => pay.period);

// Each example of rules/currencies/periods.yaml: a new way to say "a day" comes with one line and one example.
describe('rules/currencies/periods.yaml examples', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds every period the extractor knows, with words for each', () => {
    for (const period of ['hour', 'day', 'week', 'month', 'year', 'task'] as const) {
      expect(tables.units[period].length, period).toBeGreaterThan(0);
      expect(tables.words[period].length, period).toBeGreaterThan(0);
    }
  });

  it.each(examples.filter((example) => example.period !== null).map((example) => [example.period, example.text]))(
    'reads pay per %s in %j',
    (period, text) => {
      expect(periodsIn(text)).toContain(period);
    },
  );

  it.each(examples.filter((example) => example.period === null).map((example) => [example.text]))('reads no stated period in %j', (text) => {
    expect(periodsIn(text).filter((period) => period !== 'unknown')).toEqual([]);
  });
});

describe('readPayPeriods', () => {
  it('names a word listed under two periods, and a standalone word that is not a before word', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lurescan-periods-'));
    mkdirSync(join(dir, 'rules/currencies'), { recursive: true });
    writeFileSync(
      join(dir, 'rules/currencies/periods.yaml'),
      [
        'units: { day: [day, ngày], task: [ngày] }',
        'connectors: { latin: [per], joined: [每] }',
        'words: { day: [daily] }',
        'before: { month: [월] }',
        'standalone: [일]',
      ].join('\n'),
    );
    const found: string[] = [];
    readPayPeriods(dir, found);
    expect(found).toEqual([
      'rules/currencies/periods.yaml: units: "ngày" is listed under day and task',
      'rules/currencies/periods.yaml: standalone: "일" is not listed under before',
    ]);
  });
});
