/**
 * `npm run eval:split [-- --data DIR]`: issue 3's honest split. Trains a model on emscad-partial only, then scores
 * difraud-jobs/validation (a realistic 3.6% fraud rate) after dropping every ad whose text also appears in
 * emscad-partial, and prints fraud-class precision, recall and F1 at each risk level with PR-AUC and ROC-AUC,
 * beside a plain TF-IDF + logistic-regression baseline trained and scored on the same ads.
 */
import { parseArgs } from 'node:util';
import { createScanner, evaluate, type Estimate, type Evaluation } from '../src/index';
import { trainModel, DEFAULT_TRAINING } from '../src/classify/train/train-model';
import { loadDatasets } from './eval/datasets';
import { exactOverlap, templateOverlap } from './eval/dedupe';
import { tfidfBaseline } from './eval/tfidf-baseline';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, json: { type: 'boolean', default: false } } });
const sets = loadDatasets(values.data);
const training = sets.find((set) => set.name === 'emscad-partial');
const validation = sets.find((set) => set.name === 'difraud-jobs');
if (!training || !validation) {
  console.error(`Needs emscad-partial and difraud-jobs under ${values.data}; pass --data DIR.`);
  process.exit(2);
}
const trainingTexts = training.postings.flatMap(({ input }) =>
  typeof input === 'string' ? [input] : Object.values(input).filter((value): value is string => typeof value === 'string'),
);
const text = (input: unknown): string => (typeof input === 'string' ? input : JSON.stringify(input));

const started = performance.now();
const model = trainModel(training.postings, DEFAULT_TRAINING);
const trainSeconds = (performance.now() - started) / 1000;
const scanner = createScanner({ model });
const baseline = tfidfBaseline(training.postings);

const report: Record<string, unknown> = { trainSeconds: Math.round(trainSeconds), model: model.hash, thresholds: model.combiner.thresholds };
for (const [name, overlaps] of [
  ['exact-text dedupe (issue 3)', exactOverlap(trainingTexts)],
  ['template dedupe (8-word shingles, >= 50% shared)', templateOverlap(trainingTexts)],
] as const) {
  const test = validation.postings.filter(({ input }) => !overlaps(text(input)));
  const lurescan = evaluate(
    test.map(({ input, positive }) => {
      const verdict = scanner.score(input as string);
      return { score: verdict.score, risk: verdict.risk, positive, fired: [...verdict.fired.rules, ...verdict.fired.patterns] };
    }),
  );
  // The baseline has no risk levels: only its ranking (PR-AUC, ROC-AUC, best F1) is compared.
  const base = evaluate(
    test.map(({ input, positive }) => ({ score: baseline(input), risk: 'low' as const, positive, fired: [] })),
    { bootstrap: false },
  );
  report[name] = { dropped: validation.postings.length - test.length, lurescan: summary(lurescan), baseline: summary(base) };
  if (!values.json) print(name, lurescan, base);
}
if (values.json) console.log(JSON.stringify(report, null, 2));
else console.log(`\nmodel ${model.hash} trained in ${trainSeconds.toFixed(1)} s; thresholds ${JSON.stringify(model.combiner.thresholds)}`);

function summary(evaluation: Evaluation) {
  const { examples, positives, prAuc, rocAuc, bestF1, levels } = evaluation;
  return { examples, positives, prAuc, rocAuc, bestF1, levels: levels.map(({ level, confusion, precision, recall, f1 }) => ({ level, confusion, precision, recall, f1 })) };
}

function print(name: string, lurescan: Evaluation, base: Evaluation): void {
  const value = (estimate: Estimate): string =>
    `${estimate.value === null ? '-' : estimate.value.toFixed(3)}${estimate.interval ? ` [${estimate.interval.low.toFixed(2)}, ${estimate.interval.high.toFixed(2)}]` : ''}`;
  console.log(`\n== ${name}: ${lurescan.examples} ads, ${lurescan.positives} fraudulent (95% bootstrap intervals)`);
  console.log(`lurescan  PR-AUC ${value(lurescan.prAuc)}  ROC-AUC ${value(lurescan.rocAuc)}  best F1 ${lurescan.bestF1?.f1.toFixed(3) ?? '-'} (chosen on the test set)`);
  for (const { level, confusion, precision, recall, f1 } of lurescan.levels) {
    console.log(`  risk >= ${level.padEnd(8)} P ${value(precision)}  R ${value(recall)}  F1 ${value(f1)}  (tp ${confusion.truePositives}, fp ${confusion.falsePositives}, fn ${confusion.falseNegatives})`);
  }
  console.log(`baseline  PR-AUC ${value(base.prAuc)}  ROC-AUC ${value(base.rocAuc)}  best F1 ${base.bestF1?.f1.toFixed(3) ?? '-'} (TF-IDF + logistic regression, at its best threshold)`);
}
