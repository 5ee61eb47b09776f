import type { RiskLevel, Scanner, Verdict } from '../../index';
import { postingId, type InputRecord, type RecordError } from '../input/record';
import { errorRecordJson, recordErrorFromCrash, recordErrorFromValidation, type RecordLocation } from '../output/error-record';

export type Outcome =
  | { kind: 'verdict'; verdict: Verdict }
  | { kind: 'error'; id?: string | number; error: RecordError };

/** Scores one record; anything that goes wrong becomes that record's error, so one bad posting never stops a run. */
export function scoreRecord(record: InputRecord, scanner: Scanner): Outcome {
  if (record.kind === 'error') return { kind: 'error', ...(record.id === undefined ? {} : { id: record.id }), error: record.error };
  const id = postingId(record.posting);
  const withId = id === undefined ? {} : { id };
  try {
    const result = scanner.safeScore(record.posting);
    if (result.success) return { kind: 'verdict', verdict: result.verdict };
    return { kind: 'error', ...withId, error: recordErrorFromValidation(result.error) };
  } catch (error) {
    return { kind: 'error', ...withId, error: recordErrorFromCrash(error) };
  }
}

/** One JSON output line, with what the run counts: the verdict's risk, or null for a record that failed. */
export interface JsonResult {
  text: string;
  risk: RiskLevel | null;
}

/** A record and where it came from, as handed to a scoring worker. */
export interface LocatedRecord {
  record: InputRecord;
  location: RecordLocation;
}

export function jsonResult({ record, location }: LocatedRecord, scanner: Scanner): JsonResult {
  const outcome = scoreRecord(record, scanner);
  if (outcome.kind === 'verdict') return { text: `${JSON.stringify({ ...location, ...outcome.verdict })}\n`, risk: outcome.verdict.risk };
  return { text: `${JSON.stringify(errorRecordJson(location, outcome.error, outcome.id))}\n`, risk: null };
}
