import { DEFAULT_SCORING_POLICY } from './combine/scoring-policy';

/** Every key `createScanner` reads; any other is refused, as a zod strict object refuses it. */
const SCANNER_OPTION_KEYS: ReadonlySet<string> = new Set([
  'rules',
  'builtinRules',
  'model',
  'allowlist',
  'scoring',
  'maxFieldLength',
  'maxPostingLength',
]);

/** The keys of `options.scoring`: the scoring policy's. */
const SCORING_KEYS: ReadonlySet<string> = new Set([...Object.keys(DEFAULT_SCORING_POLICY), 'ruleWeights']);

/**
 * Throws a TypeError naming every unknown key of the scanner's options and of `options.scoring`, so that a misplaced
 * key (`createScanner({ thresholds })` for `createScanner({ scoring: { thresholds } })`) is not silently ignored.
 */
export function checkScannerOptionKeys(options: object): void {
  const problems: string[] = [];
  for (const key of Object.keys(options)) {
    if (SCANNER_OPTION_KEYS.has(key)) continue;
    problems.push(SCORING_KEYS.has(key) ? `'${key}' (it belongs in scoring: { ${key} })` : `'${key}'`);
  }
  const scoring: unknown = (options as { scoring?: unknown }).scoring;
  if (typeof scoring === 'object' && scoring !== null) {
    for (const key of Object.keys(scoring)) if (!SCORING_KEYS.has(key)) problems.push(`'scoring.${key}'`);
  }
  if (problems.length === 0) return;
  const known = `known options: ${[...SCANNER_OPTION_KEYS].join(', ')}; scoring: ${[...SCORING_KEYS].join(', ')}`;
  throw new TypeError(`createScanner: unknown option${problems.length === 1 ? '' : 's'} ${problems.join(', ')} (${known})`);
}
