// `lurescan/train`: for whoever trains a model on their own labelled ads. Kept out of the scoring entry's graph.
export { trainModel, DEFAULT_TRAINING, type TrainingExample, type TrainModelOptions } from '../classify/train/train-model';
export { crossValidate, DEFAULT_CROSS_VALIDATION, type CrossValidation, type CrossValidationOptions } from '../classify/train/cross-validate';
export { nearCopyGroups, NEAR_COPY_JACCARD } from '../classify/train/near-copy-groups';
export { formatModel } from '../classify/format-model';
export { LurescanModelSchema, type LurescanModel } from '../classify/classifier-model';
export { ModelError, type ModelIssue } from '../classify/model-error';
export { LurescanError, isLurescanError, type LurescanErrorCode } from '../errors/lurescan-error';
