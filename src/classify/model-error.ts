import { LurescanError } from '../errors/lurescan-error';

/** One problem with a model file, located by its field path. */
export interface ModelIssue {
  path: (string | number)[];
  message: string;
}

/** Thrown when the `model` given to `createScanner` is not a valid lurescan model. */
export class ModelError extends LurescanError {
  override readonly name = 'ModelError';
  readonly code = 'INVALID_MODEL' as const;
  readonly issues: readonly ModelIssue[];

  constructor(issues: readonly ModelIssue[]) {
    super(`Invalid model: ${issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
    this.issues = issues;
  }
}
