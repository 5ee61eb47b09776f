import { readLines, type NumberedLine } from './read-lines';
import { postingId, postingRecord, unreadable, type InputRecord } from './record';

/** Reads JSON lines: each physical line is one record, a posting object or an ad's text as a JSON string. */
export async function* readJsonlRecords(text: AsyncIterable<string>): AsyncGenerator<InputRecord> {
  for await (const line of readLines(text)) yield jsonLineToRecord(line);
}

/** One JSON line as a record. A blank line is an error in its place, never skipped. */
export function jsonLineToRecord({ line, text, tooLong }: NumberedLine): InputRecord {
  if (tooLong) return unreadable(line, `line is longer than ${text.length} characters; not read`);
  // A BOM can sit at the start of any line of files that were concatenated.
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim().length === 0) return unreadable(line, 'empty posting: the line is blank');
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return unreadable(line, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return jsonValueToRecord(line, value);
}

/** A parsed JSON value as a record: a posting object or an ad's text; anything else is an error in its place. */
export function jsonValueToRecord(line: number, value: unknown): InputRecord {
  if (typeof value === 'string') {
    return value.trim().length === 0 ? unreadable(line, 'empty posting: the string is blank') : { kind: 'posting', line, posting: value };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return postingRecord(line, value);
  return unreadable(line, `not a posting: expected a JSON object or string, got ${describeJsonType(value)}`, postingId(value));
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
