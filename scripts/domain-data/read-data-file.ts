import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';

/** Where the domain data lives and where problems are reported against. */
export interface DataFile {
  root: string;
  path: string;
}

/**
 * Reads one YAML data file of rules/ and checks it against `schema`. Every problem is pushed as "file: path:
 * message", so that an analyst who mistypes a line sees which one.
 */
export function readDataFile<T>(file: DataFile, schema: z.ZodType<T>, problems: string[]): T | null {
  const name = relative(file.root, file.path);
  const document = parseDocument(readFileSync(file.path, 'utf8'));
  for (const error of document.errors) problems.push(`${name}: ${error.message}`);
  const parsed = schema.safeParse(document.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${name}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    return null;
  }
  return parsed.data;
}

/** Pushes a problem unless `source` compiles as a RegExp with the flags the runtime uses. */
export function checkRegex(source: string, where: string, problems: string[]): void {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    problems.push(`${where}: not a valid regex: ${(error as Error).message}`);
  }
}
