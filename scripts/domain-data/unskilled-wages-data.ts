import { join } from 'node:path';
import { z } from 'zod';
import { USD_PER_UNIT } from '../../src/extract/pay/currency-rates';
import { ExamplesSchema, arrowExamples, readDataFile } from './read-data-file';

const CODES = Object.keys(USD_PER_UNIT) as [string, ...string[]];
const Wage = z
  .object({
    currency: z.enum(CODES),
    day: z.number().positive(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
    marketKnown: z.boolean().default(true),
    source: z.string().min(1),
  })
  .strict();
const WagesFile = z
  .object({
    wages: z.array(Wage).min(1),
    examples: ExamplesSchema.optional(),
  })
  .strict();

/** The compiled table: the unskilled day wage by currency, and the currency whose wage judges each language. */
export interface UnskilledWageTables {
  dayByCurrency: Record<string, number>;
  currencyByLanguage: Record<string, string>;
  /** Currencies whose figure only guesses the reader's market (US dollars in an English ad). */
  assumedMarket: string[];
}

export interface UnskilledWageExample {
  text: string;
  /** The multiple of the local day wage a `fire` example reaches at least; null for a `quiet` one (below 3). */
  atLeast: number | null;
}

/** Reads rules/currencies/unskilled-wages.yaml. A `fire` example is written "<text> => <multiple>". */
export function readUnskilledWages(root: string, problems: string[]): { tables: UnskilledWageTables; examples: UnskilledWageExample[] } {
  const file = 'rules/currencies/unskilled-wages.yaml';
  const data = readDataFile({ root, path: join(root, file) }, WagesFile, problems);
  const tables: UnskilledWageTables = { dayByCurrency: {}, currencyByLanguage: {}, assumedMarket: [] };
  const examples: UnskilledWageExample[] = [];
  if (data === null) return { tables, examples };
  for (const wage of data.wages) {
    if (wage.currency in tables.dayByCurrency) problems.push(`${file}: ${wage.currency} is listed twice`);
    tables.dayByCurrency[wage.currency] = wage.day;
    if (!wage.marketKnown) tables.assumedMarket.push(wage.currency);
    for (const language of wage.languages ?? []) {
      if (language in tables.currencyByLanguage) problems.push(`${file}: language ${language} is listed twice`);
      tables.currencyByLanguage[language] = wage.currency;
    }
  }
  for (const { text, value } of arrowExamples(data.examples?.fire ?? [], '\\d+(?:\\.\\d+)?', '<multiple>', file, problems)) {
    examples.push({ text, atLeast: Number(value) });
  }
  for (const text of data.examples?.quiet ?? []) examples.push({ text, atLeast: null });
  return { tables, examples };
}
