import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LurescanModelSchema } from '../../src/classify/classifier-model';
import { compactModel, type CompactModel } from '../../src/classify/compact-model';
import { modelHash } from '../../src/classify/model-hash';
import type { EngineImage } from '../../src/rules/builtin/engine-image';
import { ruleSetImage } from '../../src/rules/compile-rule-set';
import type { Rule } from '../../src/rules/rule-schema';

export const ENGINE_IMAGE_FILE = 'src/generated/engine-image.generated.json';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The image of the built-in rules as rule-set.generated.json holds them now, compiled as the scanner compiles them. */
export function builtinEngineImage(): EngineImage {
  const ruleSet = JSON.parse(readFileSync(join(root, 'src/generated/rule-set.generated.json'), 'utf8')) as { version: string; rules: Rule[] };
  // Every built-in rule's regexes run on V8 (`safeRegexes`), as in createScanner.
  return { ruleSet: ruleSet.version, rules: ruleSetImage(ruleSet.rules, { safeRegexes: () => true }) };
}

export const COMPACT_MODEL_FILE = 'src/generated/model.generated.json';

/**
 * The built-in model (src/classify/builtin/model.json, as training writes it), validated and compacted: the scanner
 * reads this form and checks nothing at run time.
 */
export function builtinCompactModel(): CompactModel {
  const model = LurescanModelSchema.parse(JSON.parse(readFileSync(join(root, 'src/classify/builtin/model.json'), 'utf8')));
  if (modelHash(model) !== model.hash) throw new Error('src/classify/builtin/model.json: its hash does not match its content');
  return compactModel(model);
}
