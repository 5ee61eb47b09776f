import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ModelError, parseRulePack, RuleSetError, type ScannerOptions } from '../index';
import { UsageError } from './args';

/**
 * The files a command's scanner is built from: a rule pack (`--rules`) and a trained model (`--model`). Plain
 * strings, so that worker threads can be handed them and build the very same scanner.
 */
export interface ScannerFiles {
  rules?: string;
  model?: string;
}

/** Most bytes a rule pack or model file may have; a pack of 1,000 rules or the built-in model is far smaller. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Scanner options from the files: the rule pack (and its allowlist), JSON or YAML by its extension (JSON
 * otherwise), and the model, JSON. Every problem becomes a usage error naming the file, and for a rule its id
 * and field path.
 */
export async function loadScannerOptions(files: ScannerFiles): Promise<ScannerOptions> {
  const options: ScannerOptions = {};
  if (files.rules !== undefined) {
    const file = files.rules;
    const text = await readSmallFile(file, 'rule pack');
    const yaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
    let value: unknown;
    try {
      // YAML: one document, no custom tags, and aliases bounded, so a pack cannot expand into a billion laughs. The
      // parser is loaded only for a YAML pack.
      value = yaml ? (await import('yaml')).parse(text, { maxAliasCount: 100, customTags: [] }) : JSON.parse(text);
    } catch (error) {
      throw new UsageError(`rule pack ${file} is not valid ${yaml ? 'YAML' : 'JSON'}: ${describe(error)}`);
    }
    try {
      const pack = parseRulePack(value, { source: file });
      options.rules = pack.rules;
      if (pack.allowlist !== undefined) options.allowlist = pack.allowlist;
    } catch (error) {
      if (error instanceof RuleSetError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (files.model !== undefined) {
    const text = await readSmallFile(files.model, 'model');
    try {
      options.model = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`model ${files.model} is not valid JSON: ${describe(error)}`);
    }
  }
  return options;
}

/** Builds the scanner now, so that a bad pack or model is a usage error before any input is read. */
export function checkedScanner<T>(build: () => T, files: ScannerFiles): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(error.message);
    if (error instanceof ModelError) throw new UsageError(`model ${files.model ?? ''}: ${error.message}`);
    throw error;
  }
}

async function readSmallFile(file: string, what: string): Promise<string> {
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES} bytes`);
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
