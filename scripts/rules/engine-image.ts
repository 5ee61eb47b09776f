import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LurescanModelSchema } from '../../src/classify/classifier-model';
import { compactModel, type CompactModel } from '../../src/classify/compact-model';
import { modelHash } from '../../src/classify/model-hash';
import { summaryOf } from '../../src/explain/rule-summary';
import { withTexts, type RuleTexts } from '../../src/rules/builtin/rule-texts';
import type { EngineImage } from '../../src/rules/builtin/engine-image';
import { ruleSetImage } from '../../src/rules/compile-rule-set';
import type { ScannerRule } from '../../src/rules/rule-schema';

export const ENGINE_IMAGE_FILE = 'src/generated/engine-image.generated.json';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export const SCANNER_RULES_FILE = 'src/generated/scanner-rules.generated.json';
export const RULE_TEXTS_FILE = 'src/generated/rule-texts.generated.json';

/** The built-in rules as compile-rules wrote them (rule-set.generated.json, which no runtime code imports). */
function builtinRules(): { version: string; rules: ScannerRule[] } {
  return JSON.parse(readFileSync(join(root, 'src/generated/rule-set.generated.json'), 'utf8')) as { version: string; rules: ScannerRule[] };
}

/** The image of the built-in rules as rule-set.generated.json holds them now, compiled as the scanner compiles them. */
export function builtinEngineImage(): EngineImage {
  const ruleSet = builtinRules();
  // Every built-in rule's regexes run on V8 (`safeRegexes`), as in createScanner.
  return { ruleSet: ruleSet.version, rules: ruleSetImage(ruleSet.rules, { safeRegexes: () => true }) };
}

/**
 * The built-in rules split in two: the runtime copy a scanner scores with (no phrases: the image holds them; the
 * summary a verdict shows as the explanation), and the texts it leaves out, from which `BUILTIN_RULE_SET` puts each
 * rule back as it was. Checks both: every rule comes back equal, keys in order, and summarises as before.
 */
export function builtinScannerRules(): { scannerRules: { version: string; rules: ScannerRule[] }; texts: RuleTexts } {
  const { version, rules } = builtinRules();
  const texts: RuleTexts['texts'] = {};
  const scannerRules = rules.map((rule): ScannerRule => {
    const { match } = rule;
    const at = match === undefined ? -1 : Object.keys(match).indexOf('phrases');
    texts[rule.id] = { explanation: rule.explanation, ...(match?.phrases !== undefined && { phrases: match.phrases, ...(at > 0 && { at }) }) };
    const { phrases: _phrases, ...lean } = match ?? {};
    return { ...rule, explanation: summaryOf(rule), ...(match !== undefined && { match: lean }) };
  });
  for (const [index, rule] of scannerRules.entries()) {
    const original = rules[index] as ScannerRule;
    if (JSON.stringify(withTexts(rule, { version, texts })) !== JSON.stringify(original)) throw new Error(`rule ${rule.id}: its runtime copy and texts do not give it back`);
    if (summaryOf(rule) !== summaryOf(original)) throw new Error(`rule ${rule.id}: its runtime copy summarises differently`);
  }
  return { scannerRules: { version, rules: scannerRules }, texts: { version, texts } };
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
