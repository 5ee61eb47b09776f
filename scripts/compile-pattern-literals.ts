/**
 * Writes, for every regex of the built-in rules, the clauses of literals its matches must contain, with the word
 * boundaries around each (see scripts/rules/required-literals.ts), so that the runtime skips a regex on text that
 * lacks any clause without bundling a regex parser. Keyed by flags and source: a custom rule with the same regex
 * benefits too. Generated: `npm run rules:compile` rewrites it, and test/rules/generated-fresh.test.ts checks it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../src/rules/rule-schema';
import { patternKey } from '../src/rules/pattern-key';
import { requiredLiteralClauses } from './rules/required-literals';
import type { LiteralClause } from '../src/rules/required-literal';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ruleSetFile = join(root, 'src/rules/builtin/rule-set.generated.json');
const outFile = join(root, 'src/rules/builtin/pattern-literals.generated.json');

const { rules } = JSON.parse(readFileSync(ruleSetFile, 'utf8')) as { rules: Rule[] };
const literals: Record<string, LiteralClause[]> = {};
let total = 0;
for (const rule of rules) {
  for (const pattern of rule.match?.patterns ?? []) {
    total += 1;
    const found = requiredLiteralClauses(pattern.regex, pattern.flags ?? '');
    if (found !== null) literals[patternKey(pattern.regex, pattern.flags ?? '')] = found;
  }
}
// One regex per line: the file is read by people reviewing a rule change, and stays small.
const lines = Object.entries(literals).map(([key, clauses]) => `${JSON.stringify(key)}: ${JSON.stringify(clauses)}`);
writeFileSync(outFile, `{\n${lines.join(',\n')}\n}\n`);
console.error(`${Object.keys(literals).length} of ${total} rule regexes gated by literals -> ${relative(root, outFile)}`);
