import type { Readable } from 'node:stream';
import { UsageError } from '../args';
import { formatFromFileName } from '../input/detect-format';
import { openRecords } from '../input/read-input';
import type { InputRecord } from '../input/record';

/** The formats that can carry a label; plain text (one ad per line) cannot. */
export const LABELLED_FORMATS = ['jsonl', 'csv'] as const;
export type LabelledFormat = (typeof LABELLED_FORMATS)[number];

/**
 * Opens a labelled input for `eval` and `train`: JSON lines or CSV, by `format`, the file name or a sniff of the
 * first line. Plain text is refused before anything is read when the name says so, and after the sniff otherwise.
 */
export async function openLabelledRecords(input: string, format: LabelledFormat | undefined, stdin: Readable): Promise<AsyncIterable<InputRecord>> {
  if ((format ?? formatFromFileName(input)) === 'text') throw refuseText(input);
  const opened = await openRecords(input, format, stdin);
  if (opened.format === 'text') {
    await opened.close();
    throw refuseText(input);
  }
  return opened.records;
}

function refuseText(input: string): UsageError {
  return new UsageError(`${input} reads as plain text, one ad per line, which has no labels: give JSON lines or CSV (or set --input)`);
}
