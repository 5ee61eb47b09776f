// `lurescan/evaluate`: for whoever measures a scanner on labelled ads (precision, recall, intervals, rule hits).
export { evaluate, type Evaluation, type EvaluateOptions, type Estimate, type LevelEvaluation } from '../evaluate/evaluate';
export type { LabelledExample } from '../evaluate/labelled-example';
export type { BootstrapOptions, ConfidenceInterval } from '../evaluate/bootstrap';
export type { BestF1Threshold } from '../evaluate/best-f1-threshold';
export type { ConfusionMatrix } from '../evaluate/confusion-matrix';
export type { DecisionLevel } from '../evaluate/risk-level-confusion';
export { HitFrequencyCounter, type HitFrequency } from '../evaluate/hit-frequencies';
