import scannerRules from '../../generated/scanner-rules.generated.json';
import type { ScannerRule } from '../rule-schema';

/**
 * The built-in rules as the default scanner holds them, written at build time by scripts/compile-engine-image.ts:
 * without their phrases, which the engine image holds (folded, once), and with the one-sentence summary a verdict
 * carries in place of the whole explanation. `BUILTIN_RULE_SET` puts both back for whoever reads the rules
 * themselves (`scanner.rules`, `lurescan rules`, rule packs compiled beside them); a page that only scores ships
 * neither.
 */
export const BUILTIN_SCANNER_RULES: { version: string; rules: readonly ScannerRule[] } = scannerRules as { version: string; rules: ScannerRule[] };
