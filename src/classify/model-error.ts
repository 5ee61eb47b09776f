/** One problem with a model file, located by its field path. */
export interface ModelIssue {
  path: (string | number)[];
  message: string;
}

/** Thrown when the `model` given to `createScanner` is not a valid lurescan model. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly issues: readonly ModelIssue[];

  constructor(issues: readonly ModelIssue[]) {
    super(`Invalid model: ${issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
    this.issues = issues;
  }
}
