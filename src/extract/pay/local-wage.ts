import type { PayFact } from '../facts';
import { type CurrencyCode, USD_PER_UNIT, toUsd } from './currency-rates';
import wages from '../../generated/unskilled-wages.generated.json';

/**
 * How many days of unskilled casual work in the reader's market the pay is worth, from
 * rules/currencies/unskilled-wages.yaml (compiled by scripts/compile-domain-data.ts).
 */
const TABLES = wages as unknown as {
  dayByCurrency: Readonly<Record<string, number>>;
  currencyByLanguage: Readonly<Record<string, string>>;
  assumedMarket: readonly string[];
};
const ASSUMED_MARKET: ReadonlySet<string> = new Set(TABLES.assumedMarket);

/**
 * Days of pay in one stated period: 8 hours a day, 6 working days a week and 26 a month (casual and factory work in
 * Asia runs six days), one task or errand as one day's work (a piece rate for "simple work" that beats a whole day's
 * wage is the point of the lure). Unknown periods are judged only when the caller reads them as one task.
 */
const DAYS_PER_PERIOD: Readonly<Partial<Record<PayFact['period'], number>>> = {
  hour: 1 / 8,
  day: 1,
  week: 6,
  month: 26,
  year: 312,
  task: 1,
};

export interface LocalWageJudgement {
  /** The pay's upper bound per day over the local unskilled day wage. */
  multiple: number;
  /** False when the market is only assumed: US dollars in an English ad, read in many countries. */
  marketKnown: boolean;
}

const isCurrency = (code: string): code is CurrencyCode => code in USD_PER_UNIT;

/**
 * The pay judged against the unskilled day wage of the reader's market, or null when it cannot be judged (no
 * currency or period (an unknown period counts as one task with `unknownPeriodAsTask`), or a currency with no figure in a language with none either: euros, pounds). Pay in a
 * currency with its own figure is judged by it; other currencies, and US dollars in an ad whose language has a
 * figure (a Khmer, Vietnamese or Korean ad), by the figure of the ad's language, converted through the dollar.
 */
export function judgeAgainstLocalWage(
  pay: Pick<PayFact, 'max' | 'currency' | 'period'>,
  language: string,
  { unknownPeriodAsTask = false }: { unknownPeriodAsTask?: boolean } = {},
): LocalWageJudgement | null {
  const days = DAYS_PER_PERIOD[pay.period] ?? (unknownPeriodAsTask && pay.period === 'unknown' ? 1 : undefined);
  if (days === undefined || pay.currency === null || !isCurrency(pay.currency)) return null;
  const perDay = pay.max / days;
  const home = TABLES.currencyByLanguage[language];
  const homeDay = home === undefined ? undefined : TABLES.dayByCurrency[home];
  const own = TABLES.dayByCurrency[pay.currency];
  // Dollars in a Khmer, Vietnamese or Korean ad are judged against what the reader earns at home, except by the hour
  // or the week: honest remote work for foreign clients pays Filipinos, Indonesians and Vietnamese $3-10 an hour.
  const foreignOffer = pay.currency === 'USD' && home !== undefined;
  if (foreignOffer && (pay.period === 'hour' || pay.period === 'week')) return null;
  if (own !== undefined && !foreignOffer) {
    return { multiple: perDay / own, marketKnown: !ASSUMED_MARKET.has(pay.currency) };
  }
  if (home === undefined || homeDay === undefined || !isCurrency(home)) return null;
  return { multiple: toUsd(perDay, pay.currency) / toUsd(homeDay, home), marketKnown: !ASSUMED_MARKET.has(home) };
}
