import type { PostingValidationError } from '../../index';
import type { RecordError } from '../input/record';

/** Where a record came from: its line, and its file when several files are read. */
export interface RecordLocation {
  line: number;
  file?: string;
}

/** What is printed in the place of a record that cannot be scored. */
export interface ErrorRecordJson extends RecordLocation {
  id?: string | number;
  error: RecordError;
}

export function errorRecordJson(location: RecordLocation, error: RecordError, id?: string | number): ErrorRecordJson {
  return { ...location, ...(id === undefined ? {} : { id }), error };
}

export function recordErrorFromValidation(error: PostingValidationError): RecordError {
  return { message: error.message, issues: error.issues.map((issue) => ({ path: [...issue.path], message: issue.message })) };
}

/** For a failure the scanner should never have: the record still gets its line, and scoring goes on. */
export function recordErrorFromCrash(error: unknown): RecordError {
  return { message: `internal error while scoring: ${error instanceof Error ? error.message : String(error)}`, issues: [] };
}
