import type { Readable } from 'node:stream';
import { decodeText } from './decode-text';
import { formatFromFileName, isJsonFileName, sniffFormat, type InputFormat } from './detect-format';
import { openInput } from './open-input';
import { peekText } from './peek-text';
import { readCsvRecords } from './read-csv';
import { readJsonArrayRecords } from './read-json-array';
import { readJsonlRecords } from './read-jsonl';
import { readTextRecords } from './read-text';
import type { InputRecord } from './record';

const READERS: Readonly<Record<InputFormat, (text: AsyncIterable<string>) => AsyncIterable<InputRecord>>> = {
  jsonl: readJsonlRecords,
  json: readJsonArrayRecords,
  csv: readCsvRecords,
  text: readTextRecords,
};

/** An input opened and its format settled: given, from the file name, or sniffed from its first line. */
export interface OpenedInput {
  format: InputFormat;
  records: AsyncIterable<InputRecord>;
  /** Releases the input without reading its records (the caller refuses its format). */
  close(): Promise<void>;
}

/**
 * Opens a file (or stdin for `-`) and settles its format before any record is read. `onBytes` is told the size of
 * each chunk read, for a progress meter.
 */
export async function openRecords(name: string, format: InputFormat | undefined, stdin: Readable, onBytes?: (bytes: number) => void): Promise<OpenedInput> {
  const decoded = decodeText(await openInput(name, stdin, onBytes));
  let text: AsyncIterable<string> = decoded;
  let chosen = format ?? formatFromFileName(name);
  if (chosen === undefined || (chosen === 'jsonl' && isJsonFileName(name) && format === undefined)) {
    // A .json file holds either JSON lines or one JSON array of records: its first character tells.
    const peeked = await peekText(text);
    text = peeked.text;
    chosen = sniffFormat(peeked.head);
  }
  // Ending the decoder ends the file stream under it (its reader's `finally` destroys the stream).
  const close = async (): Promise<void> => {
    await decoded.return(undefined);
  };
  return { format: chosen, records: READERS[chosen](text), close };
}

/** The records of a file (or stdin for `-`), in order. */
export async function* readInput(name: string, format: InputFormat | undefined, stdin: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<InputRecord> {
  yield* (await openRecords(name, format, stdin, onBytes)).records;
}
