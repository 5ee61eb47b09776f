import type { PayPeriod } from '../facts';
import { type ScriptHints, matchCurrencyAfter, matchCurrencyBefore, resolveCurrency } from './currency-names';
import type { CurrencyCode } from './currency-rates';
import { MAY_HOLD_NUMBER_WORDS, NUMBER_WORD_RUN, parseNumberWords } from './number-words';
import { matchPeriodAfter } from './pay-period';

/** Pay written in English number words, with its span in the folded text. */
export interface NumberWordPay {
  start: number;
  end: number;
  value: number;
  currency: CurrencyCode | null;
  period: PayPeriod;
}

// Without a currency, "five hundred a day" is pay only after a word about earning it.
const EARNING_BEFORE = /(?:^|[^a-z])(?:earn|earns|earning|earnings|make|makes|making|paid|pay|pays|salary|income|wage|get|receive)(?:[^a-z.\n]+[a-z]+){0,3}[^a-z.\n]+$/;
const EARNING_WINDOW = 32;
// "one" or "a" alone is everywhere in prose; pay in words names at least ten.
const SMALLEST = 10;

/**
 * Pay stated in English number words: "two thousand dollars a week", "earn five hundred a day", "a grand a
 * week". A run of number words is pay with a currency next to it, or with a period after it and a word about
 * earning before it. Most texts hold no such word, and the cheap test in front keeps their cost to one scan.
 */
export function findNumberWordPay(folded: string, hints: () => ScriptHints): NumberWordPay[] {
  if (!MAY_HOLD_NUMBER_WORDS.test(folded)) return [];
  const found: NumberWordPay[] = [];
  NUMBER_WORD_RUN.lastIndex = 0;
  for (let run = NUMBER_WORD_RUN.exec(folded); run !== null; run = NUMBER_WORD_RUN.exec(folded)) {
    const value = parseNumberWords(run[0]);
    if (value === null || value < SMALLEST) continue;
    const runEnd = run.index + run[0].length;
    const before = matchCurrencyBefore(folded, run.index);
    const after = matchCurrencyAfter(folded, runEnd);
    const written = before ?? after;
    const periodAt = after?.end ?? runEnd;
    const period = matchPeriodAfter(folded, periodAt);
    if (written === null) {
      const window = folded.slice(Math.max(0, run.index - EARNING_WINDOW), run.index);
      if (period === null || !EARNING_BEFORE.test(window)) continue;
    }
    found.push({
      start: before?.start ?? run.index,
      end: period?.end ?? periodAt,
      value,
      currency: written === null ? null : resolveCurrency(written.currency, hints()),
      period: period?.period ?? 'unknown',
    });
  }
  return found;
}
