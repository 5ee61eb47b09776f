/**
 * Compiles the domain data an analyst edits (rules/messengers/labels.yaml, rules/places/*.yaml,
 * rules/currencies/names.yaml, rules/currencies/periods.yaml, rules/currencies/unskilled-wages.yaml) into the JSON the extractors import, so that nothing parses YAML at run time and
 * a bad line fails the build with its file and path. Runs in `npm run rules:compile`, beside compile-rules.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCurrencyNames } from './domain-data/currency-names-data';
import { readPayPeriods } from './domain-data/pay-periods-data';
import { readMessengerLabels } from './domain-data/messenger-labels-data';
import { readPlaces } from './domain-data/places-data';
import { readUnskilledWages } from './domain-data/unskilled-wages-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems: string[] = [];
const outputs: [string, unknown][] = [
  ['src/generated/messenger-labels.generated.json', readMessengerLabels(root, problems).labels],
  ['src/generated/gazetteer.generated.json', readPlaces(root, problems).tables],
  ['src/generated/currency-names.generated.json', readCurrencyNames(root, problems).tables],
  ['src/generated/pay-periods.generated.json', readPayPeriods(root, problems).tables],
  ['src/generated/unskilled-wages.generated.json', readUnskilledWages(root, problems).tables],
];

if (problems.length > 0) {
  console.error(`Domain data files have ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
for (const [file, data] of outputs) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);
  console.error(`compiled -> ${relative(root, path)}`);
}
