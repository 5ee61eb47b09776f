import { ScoreContextSchema, type PostingIssue, type ScoreContext } from '../../index';

/** Why a record cannot be scored; it is printed in the record's place. */
export interface RecordError {
  message: string;
  issues: PostingIssue[];
}

/** A record that was read: something to hand to the scanner. */
export interface PostingRecord {
  kind: 'posting';
  /** 1-based physical line of the record's start in its input. */
  line: number;
  posting: unknown;
  /** What the board says beside the posting (see `verifiedPosterRecord`), never read from the ad. */
  context?: ScoreContext;
}

/** A record that could not be read as a posting. */
export interface UnreadableRecord {
  kind: 'error';
  line: number;
  id?: string | number;
  error: RecordError;
}

/** One record of an input. Every record yields exactly one output, so nothing is ever silently dropped. */
export type InputRecord = PostingRecord | UnreadableRecord;

export function unreadable(line: number, message: string, id?: string | number): UnreadableRecord {
  return id === undefined ? { kind: 'error', line, error: { message, issues: [] } } : { kind: 'error', line, id, error: { message, issues: [] } };
}

/** The posting's `id` when it has a usable one, so an error can still be matched to its posting. */
export function postingId(posting: unknown): string | number | undefined {
  if (typeof posting !== 'object' || posting === null || !('id' in posting)) return undefined;
  const { id } = posting;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * The key of a JSON record that carries the board's verified identity of the poster (`{ account, verifiedDomain }`,
 * as `score`'s `poster` context): the allowlist trusts it, and never the ad's own text. Named so that a scraped
 * field (a "poster" name) is not taken for it.
 */
export const VERIFIED_POSTER_KEY = 'verifiedPoster';

/** The board's poster identity as a score context, or the first problem with it (its path inside the identity). */
export type PosterContext = { success: true; context: ScoreContext } | { success: false; path: (string | number)[]; message: string };

export function posterContext(poster: unknown): PosterContext {
  const context = ScoreContextSchema.safeParse({ poster });
  if (context.success) return { success: true, context: context.data };
  const issue = context.error.issues[0];
  return { success: false, path: (issue?.path.slice(1) ?? []).filter((key) => typeof key !== 'symbol'), message: issue?.message ?? 'invalid' };
}

/** A JSON object as a posting record, its `verifiedPoster` split off into the score context (or an error naming it). */
export function postingRecord(line: number, value: object): InputRecord {
  if (!Object.hasOwn(value, VERIFIED_POSTER_KEY)) return { kind: 'posting', line, posting: value };
  const { [VERIFIED_POSTER_KEY]: poster, ...posting } = value as Record<string, unknown>;
  const context = posterContext(poster);
  if (context.success) return { kind: 'posting', line, posting, context: context.context };
  return unreadable(line, `${[VERIFIED_POSTER_KEY, ...context.path].join('.')}: ${context.message}`, postingId(value));
}
