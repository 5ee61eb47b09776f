import image from '../../generated/engine-image.generated.json';
import type { RuleSetImage } from '../compile-rule-set';
import { BUILTIN_SCANNER_RULES } from './builtin-scanner-rules';

/** What createScanner builds from the built-in rules, written at build time by scripts/compile-engine-image.ts. */
export interface EngineImage {
  /** The version of the rule set it was built from. */
  ruleSet: string;
  rules: RuleSetImage;
}

const BUILTIN_IMAGE = image as EngineImage;

/** The built-in rules' image, or undefined if it is of another rule set (then the scanner builds it all). */
export function builtinRuleSetImage(): RuleSetImage | undefined {
  return BUILTIN_IMAGE.ruleSet === BUILTIN_SCANNER_RULES.version ? BUILTIN_IMAGE.rules : undefined;
}
