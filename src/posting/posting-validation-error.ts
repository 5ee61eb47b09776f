import { LurescanError } from '../errors/lurescan-error';

/** One problem with a posting, located by its field path (empty for the posting as a whole). */
export interface PostingIssue {
  path: (string | number)[];
  message: string;
}

/** Thrown by `score` for a posting that is not a string and does not match `ScorablePostingSchema`. */
export class PostingValidationError extends LurescanError {
  override readonly name = 'PostingValidationError';
  readonly code = 'INVALID_POSTING' as const;
  readonly issues: readonly PostingIssue[];

  constructor(issues: readonly PostingIssue[]) {
    super(`Invalid posting: ${issues.map(formatIssue).join('; ')}`);
    this.issues = issues;
  }
}

function formatIssue(issue: PostingIssue): string {
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
