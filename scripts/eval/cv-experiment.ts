/**
 * `tsx scripts/eval/cv-experiment.ts [--data DIR] [--options JSON] [--save FILE]`: the whole-pipeline measure of
 * `eval:cv` (same campaign-grouped folds, EMSCAD's base rate) without the baseline or the bootstrap, with training
 * options overridden from JSON (`combiner` merged key by key), to compare training choices quickly. Not part of
 * `npm test`; the figures that land are reported by `npm run eval:cv`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { baseRateWeights } from '../../src/classify/train/base-rate-weights';
import { crossValidate, DEFAULT_CROSS_VALIDATION } from '../../src/classify/train/cross-validate';
import type { TrainModelOptions } from '../../src/classify/train/train-model';
import { averagePrecision } from '../../src/evaluate/average-precision';
import { bestF1Threshold } from '../../src/evaluate/best-f1-threshold';
import { rankScores } from '../../src/evaluate/score-ranking';
import { loadDatasets } from './datasets';
import { cvVerdictLines } from './cv-verdict-lines';
import { CV_SETS as SETS, EMSCAD_BASE_RATE, scoreBeforeFloorsAndCaps, weightedF1 } from './cv-measures';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data' }, options: { type: 'string', default: '{}' }, save: { type: 'string' } },
});
const override = JSON.parse(values.options) as Partial<TrainModelOptions>;
const training: TrainModelOptions = {
  ...DEFAULT_CROSS_VALIDATION.training,
  ...override,
  combiner: { ...DEFAULT_CROSS_VALIDATION.training.combiner, ...override.combiner },
};
const postings = loadDatasets(values.data)
  .filter((set) => SETS.includes(set.name))
  .flatMap((set) => set.postings.map((posting) => ({ ...posting, set: set.name })));
const positives = postings.map(({ positive }) => positive);
const started = process.cpuUsage();
const cv = crossValidate(postings, { ...DEFAULT_CROSS_VALIDATION, training });
const cpu = process.cpuUsage(started);
const weights = baseRateWeights(positives, EMSCAD_BASE_RATE);
const ranked = (scores: readonly number[]) => rankScores(scores.map((score, i) => ({ score, positive: positives[i] as boolean })), weights);
const weightsOnly = cv.verdicts.map(scoreBeforeFloorsAndCaps);
const atHigh = weightedF1(
  cv.verdicts.map((verdict) => verdict.risk === 'high' || verdict.risk === 'critical'),
  positives,
  weights,
);
const honestClassifierHigh = cv.verdicts.filter((v, i) => !positives[i] && v.flags.length === 0 && (v.risk === 'high' || v.risk === 'critical')).length;
const report = {
  options: override,
  prAuc: averagePrecision(ranked(cv.verdicts.map((v) => v.score))),
  weightsPrAuc: averagePrecision(ranked(weightsOnly)),
  f1: atHigh.f1,
  precision: atHigh.precision,
  recall: atHigh.recall,
  bestF1: bestF1Threshold(ranked(cv.verdicts.map((v) => v.score)))?.f1,
  floors: cv.verdicts.filter((v) => v.floor !== undefined).length,
  caps: cv.verdicts.filter((v) => v.cap !== undefined).length,
  honestHighWithoutFlags: honestClassifierHigh,
  thresholds: cv.models.map((model) => `${model.combiner.thresholds.medium}/${model.combiner.thresholds.high}`).join(' '),
  classifierWeights: cv.models.map((model) => model.combiner.classifierWeight).join(' '),
  falsePositiveCosts: cv.models.map((model) => String(model.training.falsePositiveCost ?? training.combiner.falsePositiveCost)).join(' '),
  cpuSeconds: Math.round((cpu.user + cpu.system) / 1e6),
};
console.log(JSON.stringify(report));
if (values.save !== undefined) {
  writeFileSync(values.save, cvVerdictLines(cv, positives, postings.map((posting) => posting.set)));
}
