import { createScanner } from '../../scanner';
import { parsePosting } from '../../posting/parse-posting';
import type { PostingInput } from '../../posting/posting-schema';
import type { Verdict } from '../../explain/verdict';
import type { LurescanModel } from '../classifier-model';
import { assignGroupFolds, groupsPerClass } from './group-folds';
import { templateGroups } from './template-groups';
import { DEFAULT_TRAINING, trainModel, type TrainingExample, type TrainModelOptions } from './train-model';

export interface CrossValidationOptions {
  folds: number;
  seed: number;
  training: TrainModelOptions;
}

export interface CrossValidation {
  /** Near-copy group of each example (see `nearCopyGroups`): a group never spans two folds. */
  groups: Int32Array;
  /** The fold each example was held out in. */
  folds: Int32Array;
  /** Each example's verdict from the model trained on the other folds. */
  verdicts: Verdict[];
  /** The model of each fold. */
  models: LurescanModel[];
}

export const DEFAULT_CROSS_VALIDATION: CrossValidationOptions = { folds: 5, seed: 1, training: DEFAULT_TRAINING };

/**
 * Template-grouped k-fold cross-validation of the whole training procedure (classifier, combiner, thresholds):
 * each example is scored by a model that saw neither it nor any near-copy of it. Deterministic.
 */
export function crossValidate(examples: readonly TrainingExample[], options: CrossValidationOptions = DEFAULT_CROSS_VALIDATION): CrossValidation {
  const fields = examples.map(({ input, line }, position) => {
    const parsed = parsePosting(input);
    if (!parsed.success) throw new Error(`${line === undefined ? `example ${position + 1}` : `line ${line}`}: ${parsed.error.message}`);
    return parsed.parsed.fields;
  });
  const groups = templateGroups(fields);
  const perClass = groupsPerClass(groups, examples.map(({ positive }) => positive));
  if (Math.min(perClass.positive, perClass.negative) < options.folds) {
    throw new RangeError(
      `${options.folds}-fold cross-validation needs at least ${options.folds} near-copy groups of each class; ` +
        `got ${perClass.positive} with positives and ${perClass.negative} without`,
    );
  }
  const folds = assignGroupFolds(groups, examples.map(({ positive }) => positive), options.folds, options.seed);
  const verdicts = new Array<Verdict>(examples.length);
  const models: LurescanModel[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const model = trainModel(
      examples.filter((_, position) => folds[position] !== fold),
      options.training,
    );
    models.push(model);
    const scanner = createScanner({ model });
    examples.forEach(({ input }, position) => {
      if (folds[position] === fold) verdicts[position] = scanner.score(input as PostingInput);
    });
  }
  return { groups, folds, verdicts, models };
}
