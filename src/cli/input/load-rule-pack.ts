import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createScanner, parseRulePack, RuleSetError, type Scanner } from '../../index';
import { UsageError } from '../args';

/** Most bytes a rule pack file may have; a pack of 1,000 rules is far smaller. */
const MAX_PACK_BYTES = 16 * 1024 * 1024;

/**
 * A scanner with the built-in rules plus the rule pack (and allowlist) in `file`, JSON or YAML by its extension
 * (JSON otherwise). Every problem becomes a usage error naming the file, and for a rule its id and field path.
 */
export async function scannerWithRulePack(file: string): Promise<Scanner> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_PACK_BYTES) throw new Error(`larger than ${MAX_PACK_BYTES} bytes`);
    text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`cannot read rule pack ${file}: ${describe(error)}`);
  }
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
    return createScanner({ rules: pack.rules, ...(pack.allowlist === undefined ? {} : { allowlist: pack.allowlist }) });
  } catch (error) {
    if (error instanceof RuleSetError) throw new UsageError(error.message);
    throw error;
  }
}

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
