/**
 * `npm run eval:classifier [-- --data DIR] [--json]`: per development set, how many honest ads the text classifier
 * alone would lift: the risk of `bias + classifier.contribution`, as if no rule had fired. The classifier must never
 * make an ad high on its own, and should lift few honest ads even to medium, in any language.
 */
import { parseArgs } from 'node:util';
import { createScanner, type RiskLevel } from '../src/index';
import { riskFromScore } from '../src/combine/combine-score';
import { loadDatasets } from './eval/datasets';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, json: { type: 'boolean', default: false } } });
const scanner = createScanner();
const rows = loadDatasets(values.data).map((set) => {
  const counts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  let honest = 0;
  let contribution = 0;
  for (const posting of set.postings) {
    if (posting.positive) continue;
    const verdict = scanner.score(posting.input);
    const alone = verdict.bias + (verdict.classifier?.contribution ?? 0);
    counts[riskFromScore(1 / (1 + Math.exp(-alone)), scanner.policy)]++;
    contribution += verdict.classifier?.contribution ?? 0;
    honest++;
  }
  return { set: set.name, honest, ...counts, meanContribution: honest > 0 ? contribution / honest : null };
});
if (values.json) console.log(JSON.stringify({ model: scanner.versions.model, sets: rows }, null, 2));
else {
  console.log(`Honest ads by the risk the classifier alone gives them (model ${scanner.versions.model}):`);
  console.log('| set | honest ads | medium | high | critical | mean contribution |\n|---|---|---|---|---|---|');
  for (const row of rows) {
    if (row.honest === 0) continue;
    console.log(`| ${row.set} | ${row.honest} | ${row.medium} | ${row.high} | ${row.critical} | ${row.meanContribution?.toFixed(3)} |`);
  }
}
