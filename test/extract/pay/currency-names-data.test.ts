import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCurrencyNames } from '../../../scripts/domain-data/currency-names-data';
import { extractPay } from '../../../src/extract/pay/extract-pay';
import { foldText } from '../../../src/normalise/folded-text';

const root = join(import.meta.dirname, '../../..');
const problems: string[] = [];
const { examples } = readCurrencyNames(root, problems);

const currenciesIn = (text: string): (string | null)[] =>
  extractPay({ field: 'description', text: foldText(text) }).map((pay) => pay.currency);

// Each example of rules/currencies/names.yaml: a new currency word comes with one line and one example.
describe('rules/currencies/names.yaml examples', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each(examples.filter((example) => example.currency !== null).map((example) => [example.currency, example.text]))(
    'reads pay in %s in %j',
    (currency, text) => {
      expect(currenciesIn(text)).toContain(currency);
    },
  );

  it.each(examples.filter((example) => example.currency === null).map((example) => [example.text]))(
    'reads no pay in %j',
    (text) => {
      expect(currenciesIn(text)).toEqual([]);
    },
  );
});
