import { foldText, type FoldOptions } from '../normalise/folded-text';
import { guessLanguage } from '../normalise/guess-language';
import { toIssuePath } from './issue-path';
import type { FieldText } from '../extract/field-text';
import { ScorablePostingSchema, TEXT_FIELDS, type JobPosting, type TextField } from './posting-schema';
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
  /** The posting's language (BCP 47 primary tag): its own `language`, or a guess from its script and common words. */
  language: string;
  /** Fields cut by the read limits: only their start was read. */
  truncated: TruncatedField[];
}

/** How much of a posting is read, in characters (UTF-16 code units). */
export interface ReadLimits {
  /** Of one field. */
  maxFieldLength: number;
  /** Of all fields together, read in `TEXT_FIELDS` order. */
  maxPostingLength: number;
}

/** A field cut before scoring, and how long it was. */
export interface TruncatedField {
  field: TextField;
  originalLength: number;
}

/**
 * Read by default: 32 KiB of a field and 64 KiB of a posting. The longest field in the ../shared/data corpora
 * (60,000 fields, five sets) is 8,578 characters, so real ads are read whole; a megabyte of hostile text is not.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = { maxFieldLength: 32 * 1024, maxPostingLength: 64 * 1024 };

export type ParsePostingResult = { success: true; parsed: ParsedPosting } | { success: false; error: PostingValidationError };

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['id', 'text', 'language']);

/** How a posting is read: the read limits, and how its text is folded (the disguise lexicon). */
export interface ParseOptions {
  limits?: ReadLimits;
  fold?: FoldOptions;
}

/**
 * Validates a string or object posting and folds each non-empty text field once, reading no more than the limits
 * allow. Evidence offsets stay valid in the original field, since what is read is its start.
 */
export function parsePosting(input: unknown, options: ParseOptions = {}): ParsePostingResult {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const foldOptions = options.fold ?? {};
  if (typeof input === 'string') {
    const posting = { text: input };
    return { success: true, parsed: withLanguage({ posting, raw: true, ...foldFields(posting, limits, foldOptions) }) };
  }
  const result = ScorablePostingSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: toIssuePath(issue.path),
      message: issue.message,
    }));
    return { success: false, error: new PostingValidationError(issues) };
  }
  const raw = Object.keys(result.data).every((key) => ENVELOPE_KEYS.has(key));
  return { success: true, parsed: withLanguage({ posting: result.data, raw, ...foldFields(result.data, limits, foldOptions) }) };
}

function withLanguage(parsed: Omit<ParsedPosting, 'language'>): ParsedPosting {
  const declared = parsed.posting.language?.split('-')[0]?.toLowerCase();
  return { ...parsed, language: declared ?? guessLanguage(parsed.fields.map((field) => field.text.original)) };
}

function foldFields(posting: JobPosting, limits: ReadLimits, foldOptions: FoldOptions): Pick<ParsedPosting, 'fields' | 'truncated'> {
  const fields: FieldText[] = [];
  const truncated: TruncatedField[] = [];
  let budget = limits.maxPostingLength;
  for (const field of TEXT_FIELDS) {
    const value = posting[field];
    if (value === undefined || value.length === 0) continue;
    const read = cutAt(value, Math.min(limits.maxFieldLength, budget));
    if (read.length < value.length) truncated.push({ field, originalLength: value.length });
    budget -= read.length;
    if (read.length > 0) fields.push({ field, text: foldText(read, foldOptions) });
  }
  return { fields, truncated };
}

/** The first `length` code units of `text`, one fewer when the cut would split a surrogate pair. */
function cutAt(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
