import { join } from 'node:path';
import { z } from 'zod';
import type { CurrencyRef } from '../../src/extract/pay/currency-names';
import { USD_PER_UNIT } from '../../src/extract/pay/currency-rates';
import { ExamplesSchema, arrowExamples, readDataFile } from './read-data-file';

const CODES: [string, ...string[]] = ['yuan-sign', 'yen-sign', ...Object.keys(USD_PER_UNIT)];
const Row = z.union([
  z.tuple([z.string().min(1), z.enum(CODES)]),
  z.tuple([z.string().min(1), z.enum(CODES), z.number().positive()]),
]);
const NamesFile = z
  .object({
    codes: z.array(Row),
    chinese: z.array(Row),
    prefix: z.array(Row),
    suffix: z.array(Row),
    examples: ExamplesSchema.optional(),
  })
  .strict();

export type CurrencyNameRow = readonly [text: string, currency: CurrencyRef, minAmount?: number];
export interface CurrencyNameTables {
  codes: CurrencyNameRow[];
  chinese: CurrencyNameRow[];
  prefix: CurrencyNameRow[];
  suffix: CurrencyNameRow[];
}
export interface CurrencyExample {
  text: string;
  /** The currency a `fire` example must be read in; null for a `quiet` one. */
  currency: string | null;
}

/** Reads rules/currencies/names.yaml. A `fire` example is written "<text> => <CODE>". */
export function readCurrencyNames(root: string, problems: string[]): { tables: CurrencyNameTables; examples: CurrencyExample[] } {
  const file = 'rules/currencies/names.yaml';
  const data = readDataFile({ root, path: join(root, file) }, NamesFile, problems);
  const tables: CurrencyNameTables = { codes: [], chinese: [], prefix: [], suffix: [] };
  const examples: CurrencyExample[] = [];
  if (data === null) return { tables, examples };
  for (const section of ['codes', 'chinese', 'prefix', 'suffix'] as const) {
    const seen = new Set<string>();
    for (const row of data[section]) {
      if (seen.has(row[0])) problems.push(`${file}: ${section}: "${row[0]}" is listed twice`);
      seen.add(row[0]);
      tables[section].push(row as CurrencyNameRow);
    }
  }
  for (const { text, value } of arrowExamples(data.examples?.fire ?? [], '[A-Z]{3}', '<CODE>', file, problems)) {
    examples.push({ text, currency: value });
  }
  for (const text of data.examples?.quiet ?? []) examples.push({ text, currency: null });
  return { tables, examples };
}
