import { join } from 'node:path';
import { z } from 'zod';
import type { PayPeriod } from '../../src/extract/facts';
import { ExamplesSchema, arrowExamples, readDataFile } from './read-data-file';

type StatedPeriod = Exclude<PayPeriod, 'unknown'>;
const PERIODS = ['hour', 'day', 'week', 'month', 'year', 'task'] as const satisfies readonly StatedPeriod[];

const Words = z.array(z.string().min(1)).default([]);
const ByPeriod = z.object({ hour: Words, day: Words, week: Words, month: Words, year: Words, task: Words }).strict();
const PeriodsFile = z
  .object({
    units: ByPeriod,
    connectors: z.object({ latin: Words, joined: Words }).strict(),
    words: ByPeriod,
    before: ByPeriod,
    standalone: Words,
    examples: ExamplesSchema.optional(),
  })
  .strict();

/** The compiled tables pay-period.ts builds its matchers from. */
export interface PayPeriodTables {
  units: Record<StatedPeriod, string[]>;
  latinConnectors: string[];
  joinedConnectors: string[];
  words: Record<StatedPeriod, string[]>;
  before: Record<StatedPeriod, string[]>;
  standalone: string[];
}

export interface PayPeriodExample {
  text: string;
  /** The period a `fire` example must be read with; null for a `quiet` one. */
  period: StatedPeriod | null;
}

const emptyByPeriod = (): Record<StatedPeriod, string[]> => ({ hour: [], day: [], week: [], month: [], year: [], task: [] });

/**
 * Reads rules/currencies/periods.yaml. A word may stand for one period only within a section (a unit that meant both
 * day and task would be read as whichever came last); a `standalone` word must be one of `before`.
 */
export function readPayPeriods(root: string, problems: string[]): { tables: PayPeriodTables; examples: PayPeriodExample[] } {
  const file = 'rules/currencies/periods.yaml';
  const data = readDataFile({ root, path: join(root, file) }, PeriodsFile, problems);
  const tables: PayPeriodTables = {
    units: emptyByPeriod(),
    latinConnectors: [],
    joinedConnectors: [],
    words: emptyByPeriod(),
    before: emptyByPeriod(),
    standalone: [],
  };
  const examples: PayPeriodExample[] = [];
  if (data === null) return { tables, examples };
  for (const section of ['units', 'words', 'before'] as const) {
    const periodOf = new Map<string, StatedPeriod>();
    for (const period of PERIODS) {
      for (const word of data[section][period]) {
        const earlier = periodOf.get(word);
        if (earlier !== undefined) problems.push(`${file}: ${section}: "${word}" is listed under ${earlier} and ${period}`);
        periodOf.set(word, period);
        tables[section][period].push(word);
      }
    }
  }
  for (const kind of ['latin', 'joined'] as const) {
    const seen = new Set<string>();
    for (const word of data.connectors[kind]) {
      if (seen.has(word)) problems.push(`${file}: connectors: ${kind}: "${word}" is listed twice`);
      seen.add(word);
    }
  }
  tables.latinConnectors = data.connectors.latin;
  tables.joinedConnectors = data.connectors.joined;
  const before = new Set(PERIODS.flatMap((period) => data.before[period]));
  for (const word of data.standalone) {
    if (!before.has(word)) problems.push(`${file}: standalone: "${word}" is not listed under before`);
  }
  tables.standalone = data.standalone;
  for (const { text, value } of arrowExamples(data.examples?.fire ?? [], PERIODS.join('|'), `<${PERIODS.join('|')}>`, file, problems)) {
    examples.push({ text, period: value as StatedPeriod });
  }
  for (const text of data.examples?.quiet ?? []) examples.push({ text, period: null });
  return { tables, examples };
}
