import type { Scanner, Verdict } from '../index';
import { postingId, type InputRecord, type RecordError } from './input/record';
import { recordErrorFromCrash, recordErrorFromValidation } from './output/error-record';

/** What became of one input record: a verdict, or the reason it has none. */
export type Outcome =
  | { kind: 'verdict'; verdict: Verdict }
  | { kind: 'error'; id?: string | number; error: RecordError };

/** Scores one record; anything that goes wrong becomes that record's error, so one bad posting never stops a run. */
export function scoreRecord(record: InputRecord, scanner: Scanner): Outcome {
  if (record.kind === 'error') return { kind: 'error', ...(record.id === undefined ? {} : { id: record.id }), error: record.error };
  const id = postingId(record.posting);
  const withId = id === undefined ? {} : { id };
  try {
    const result = scanner.safeScore(record.posting, record.context);
    if (result.success) return { kind: 'verdict', verdict: result.verdict };
    return { kind: 'error', ...withId, error: recordErrorFromValidation(result.error) };
  } catch (error) {
    return { kind: 'error', ...withId, error: recordErrorFromCrash(error) };
  }
}
