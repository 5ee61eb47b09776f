import type { RiskLevel, Scanner } from '../../index';
import type { InputRecord } from '../input/record';
import { errorRecordJson, type RecordLocation } from '../output/error-record';
import { scoreRecord } from '../score-record';

/** One JSON output line, with what the run counts: the verdict's risk, or null for a record that failed. */
export interface JsonResult {
  text: string;
  risk: RiskLevel | null;
  /** Where a failed record is, for the run's summary; absent for a verdict. */
  failedAt?: RecordLocation;
}

/** A record and where it came from, as handed to a scoring worker. */
export interface LocatedRecord {
  record: InputRecord;
  location: RecordLocation;
}

export function jsonResult({ record, location }: LocatedRecord, scanner: Scanner): JsonResult {
  const outcome = scoreRecord(record, scanner);
  if (outcome.kind === 'verdict') return { text: `${JSON.stringify({ ...location, ...outcome.verdict })}\n`, risk: outcome.verdict.risk };
  return { text: `${JSON.stringify(errorRecordJson(location, outcome.error, outcome.id))}\n`, risk: null, failedAt: location };
}
