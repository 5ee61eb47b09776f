import { extname } from 'node:path';
import { KNOWN_COLUMNS } from './csv-columns';

export const INPUT_FORMATS = ['jsonl', 'json', 'csv', 'text'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.csv': 'csv',
  '.txt': 'text',
  '.text': 'text',
};

/**
 * The format a file name promises, or undefined when its extension says nothing (stdin, `.dat`, no extension). A
 * `.json` file says jsonl here; its first character then tells whether it is one JSON array instead.
 */
export function formatFromFileName(name: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(name).toLowerCase()];
}

export function isJsonFileName(name: string): boolean {
  return extname(name).toLowerCase() === '.json';
}

/**
 * Guesses a format from the start of an input: a first non-blank character `{` means JSON lines, `[` one JSON array
 * of records; a first line with commas that names a known column means CSV; anything else is plain text, one ad per
 * line.
 */
export function sniffFormat(head: string): InputFormat {
  const firstLine = head.split('\n').find((line) => line.trim().length > 0);
  if (firstLine === undefined) return 'text';
  if (firstLine.trimStart().startsWith('{')) return 'jsonl';
  if (firstLine.trimStart().startsWith('[')) return 'json';
  if (firstLine.includes(',') && looksLikeHeader(firstLine)) return 'csv';
  return 'text';
}

function looksLikeHeader(line: string): boolean {
  return line
    .split(',')
    .map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase())
    .some((cell) => KNOWN_COLUMNS.has(cell));
}
