import { LurescanError } from '../errors/lurescan-error';

/** One problem with a rule, located by the rule's id and a field path inside it. */
export interface RuleIssue {
  /** The file or pack the rule came from, when it was loaded from one. */
  source?: string;
  ruleId: string | null;
  path: (string | number)[];
  message: string;
}

/** Thrown when rules given to `createScanner` do not validate or do not fit together. */
export class RuleSetError extends LurescanError {
  override readonly name = 'RuleSetError';
  readonly code = 'INVALID_RULES' as const;
  readonly issues: readonly RuleIssue[];

  constructor(issues: readonly RuleIssue[]) {
    super(`Invalid rules: ${issues.map(formatIssue).join('; ')}`);
    this.issues = issues;
  }
}

function formatIssue(issue: RuleIssue): string {
  const where = [issue.source, issue.ruleId ?? '(rule without id)', issue.path.join('.')].filter(Boolean).join(' ');
  return `${where}: ${issue.message}`;
}
