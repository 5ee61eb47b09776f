import { foldText, type FoldOptions } from '../normalise/folded-text';
import { guessLanguage } from '../normalise/guess-language';
import { toIssuePath } from './issue-path';
import { RAW_PER_VISIBLE, readPrefix, shareFairly } from './read-budget';
import type { FieldText } from './field-text';
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

/**
 * How much of a posting is read, in visible characters (UTF-16 code units, less those that fold away: zero-width and
 * format characters, and blanks after the first of a run). See read-budget.ts for the raw and folded bounds.
 */
export interface ReadLimits {
  /** Of one field. */
  maxFieldLength: number;
  /** Of all fields together, shared fairly: a field gets what it needs up to an equal share of what is left. */
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
  const present = TEXT_FIELDS.flatMap((field) => {
    const value = posting[field];
    return value === undefined || value.length === 0 ? [] : [{ field, value }];
  });
  // Raw code units first (a bound on the work), then visible ones, each shared fairly across the fields.
  const raw = shareFairly(
    present.map(({ value }) => Math.min(value.length, limits.maxFieldLength * RAW_PER_VISIBLE)),
    limits.maxPostingLength * RAW_PER_VISIBLE,
  );
  const reads = present.map(({ value }, index) => readPrefix(value, limits.maxFieldLength, raw[index] ?? 0));
  const demands = reads.map((read) => Math.min(read.visible, limits.maxFieldLength));
  const visible = shareFairly(demands, limits.maxPostingLength);
  // Folding may lengthen what is read by FOLDED_PER_VISIBLE, plus an equal part of the posting's limit.
  const slack = Math.min(limits.maxFieldLength, Math.floor(limits.maxPostingLength / Math.max(present.length, 1)));
  const fields: FieldText[] = [];
  const truncated: TruncatedField[] = [];
  present.forEach(({ field, value }, index) => {
    const share = visible[index] ?? 0;
    // A field granted all it asked for is read exactly as when its demand was measured: no second pass over it.
    const demanded = reads[index];
    const { end } = demanded !== undefined && share === demanded.visible ? demanded : readPrefix(value, share, raw[index] ?? 0);
    const text = foldText(end < value.length ? value.slice(0, end) : value, {
      ...foldOptions,
      maxFoldedLength: FOLDED_PER_VISIBLE * share + slack,
    });
    if (text.original.length < value.length) truncated.push({ field, originalLength: value.length });
    if (text.original.length > 0) fields.push({ field, text });
  });
  return { fields, truncated };
}

/**
 * Folded code units read per unit of visible budget. Folding rarely lengthens honest text ("㈱" is three), but NFKC
 * turns "ﷺ" into 18 letters: 32 KiB of it was 589,790 characters for every later stage.
 */
const FOLDED_PER_VISIBLE = 2;
