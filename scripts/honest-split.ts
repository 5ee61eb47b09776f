/**
 * `npm run eval:split [-- --data DIR]`: issue 3's honest split. Trains a model on emscad-partial only, then scores
 * difraud-jobs/validation (a realistic 3.6% fraud rate) after dropping every ad whose text also appears in
 * emscad-partial, and prints fraud-class precision, recall and F1 at each risk level with PR-AUC and ROC-AUC,
 * beside a plain TF-IDF + logistic-regression baseline trained and scored on the same ads.
 */
import { parseArgs } from 'node:util';
import { createScanner, RISK_LEVELS } from '../src/index';
import { trainModel, DEFAULT_TRAINING } from '../src/classify/train/train-model';
import { loadDatasets } from './eval/datasets';
import { exactOverlap, templateOverlap } from './eval/dedupe';
import { tfidfBaseline } from './eval/tfidf-baseline';
import { rankingMetrics, type Metrics } from './eval/ranking-metrics';

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
  const labels = test.map(({ positive }) => positive);
  const verdicts = test.map(({ input }) => scanner.score(input as string));
  const lurescan = rankingMetrics(verdicts.map((verdict) => verdict.score), labels);
  const atLevel = Object.fromEntries(
    RISK_LEVELS.slice(1).map((level) => {
      const predicted = verdicts.map((verdict) => RISK_LEVELS.indexOf(verdict.risk) >= RISK_LEVELS.indexOf(level));
      return [level, confusion(predicted, labels)];
    }),
  );
  const base = rankingMetrics(test.map(({ input }) => baseline(input)), labels);
  report[name] = { ads: test.length, fraudulent: labels.filter(Boolean).length, dropped: validation.postings.length - test.length, lurescan: { ...lurescan, atRisk: atLevel }, baseline: base };
  if (!values.json) print(name, test.length, labels.filter(Boolean).length, lurescan, atLevel, base);
}
if (values.json) console.log(JSON.stringify(report, null, 2));
else console.log(`\nmodel ${model.hash} trained in ${trainSeconds.toFixed(1)} s; thresholds ${JSON.stringify(model.combiner.thresholds)}`);

function confusion(predicted: readonly boolean[], labels: readonly boolean[]) {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => { if (p && labels[i]) tp++; else if (p) fp++; else if (labels[i]) fn++; });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)) };
}

function print(name: string, ads: number, fraudulent: number, metrics: Metrics, atLevel: Record<string, ReturnType<typeof confusion>>, base: Metrics): void {
  console.log(`\n== ${name}: ${ads} ads, ${fraudulent} fraudulent`);
  console.log(`lurescan  PR-AUC ${metrics.averagePrecision.toFixed(3)}  ROC-AUC ${metrics.rocAuc.toFixed(3)}  best F1 ${metrics.bestF1.toFixed(3)}`);
  for (const [level, c] of Object.entries(atLevel)) console.log(`  risk >= ${level.padEnd(8)} P ${c.precision.toFixed(3)}  R ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  console.log(`baseline  PR-AUC ${base.averagePrecision.toFixed(3)}  ROC-AUC ${base.rocAuc.toFixed(3)}  best F1 ${base.bestF1.toFixed(3)} (TF-IDF + logistic regression, at its best threshold)`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
