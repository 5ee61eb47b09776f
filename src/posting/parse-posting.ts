import { foldText, type FoldOptions } from '../normalise/folded-text';
import { toIssuePath } from './issue-path';
import type { FieldText } from '../extract/field-text';
import { JobPostingSchema, TEXT_FIELDS, type JobPosting } from './posting-schema';
import { PostingValidationError } from './posting-validation-error';

/** A validated posting with its text fields folded for matching. */
export interface ParsedPosting {
  posting: JobPosting;
  /**
   * True when the input has no structured fields: a plain string (a raw ad or message), or an object that only
   * wraps one in `text` (with at most `id` and `language`), as scraped JSONL usually does. Rules about empty
   * structured fields never fire on a raw posting: its company profile is not missing, it was never asked for.
   */
  raw: boolean;
  fields: FieldText[];
}

export type ParsePostingResult = { success: true; parsed: ParsedPosting } | { success: false; error: PostingValidationError };

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['id', 'text', 'language']);

/** Validates a string or object posting and folds each non-empty text field once. */
export function parsePosting(input: unknown, foldOptions: FoldOptions = {}): ParsePostingResult {
  if (typeof input === 'string') {
    return { success: true, parsed: { posting: { text: input }, raw: true, fields: foldFields({ text: input }, foldOptions) } };
  }
  const result = JobPostingSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: toIssuePath(issue.path),
      message: issue.message,
    }));
    return { success: false, error: new PostingValidationError(issues) };
  }
  const raw = Object.keys(result.data).every((key) => ENVELOPE_KEYS.has(key));
  return { success: true, parsed: { posting: result.data, raw, fields: foldFields(result.data, foldOptions) } };
}

function foldFields(posting: JobPosting, foldOptions: FoldOptions): FieldText[] {
  const fields: FieldText[] = [];
  for (const field of TEXT_FIELDS) {
    const value = posting[field];
    if (value !== undefined && value.length > 0) fields.push({ field, text: foldText(value, foldOptions) });
  }
  return fields;
}
