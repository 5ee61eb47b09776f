import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineImage } from '../../src/rules/builtin/engine-image';
import { ruleSetImage } from '../../src/rules/compile-rule-set';
import type { Rule } from '../../src/rules/rule-schema';

export const ENGINE_IMAGE_FILE = 'src/rules/builtin/engine-image.generated.json';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The image of the built-in rules as rule-set.generated.json holds them now, compiled as the scanner compiles them. */
export function builtinEngineImage(): EngineImage {
  const ruleSet = JSON.parse(readFileSync(join(root, 'src/rules/builtin/rule-set.generated.json'), 'utf8')) as { version: string; rules: Rule[] };
  // Every built-in rule's regexes run on V8 (`safeRegexes`), as in createScanner.
  return { ruleSet: ruleSet.version, rules: ruleSetImage(ruleSet.rules, { safeRegexes: () => true }) };
}
