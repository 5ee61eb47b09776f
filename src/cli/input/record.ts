import type { PostingIssue } from '../../index';

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
