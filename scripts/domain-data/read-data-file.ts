import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';

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

/** A data file's `examples`: texts that must be read as the file says (`fire`), and texts that must not (`quiet`). */
export const ExamplesSchema = z.object({ fire: z.array(z.string()).default([]), quiet: z.array(z.string()).default([]) }).strict();

/**
 * The `fire` examples written "<text> => <value>", `value` being a RegExp source for what may follow the arrow. A line
 * of another shape is pushed as a problem that says what was `expected` after the arrow.
 */
export function arrowExamples(
  lines: readonly string[],
  value: string,
  expected: string,
  file: string,
  problems: string[],
): { text: string; value: string }[] {
  const shape = new RegExp(`^(.+?)\\s*=>\\s*(${value})$`);
  return lines.flatMap((line) => {
    const [, text, found] = shape.exec(line) ?? [];
    if (text !== undefined && found !== undefined) return [{ text, value: found }];
    problems.push(`${file}: example "${line}": expected "<text> => ${expected}"`);
    return [];
  });
}
