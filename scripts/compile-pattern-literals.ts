/**
 * Writes, for every regex of the built-in rules, the literals one of which each of its matches must contain
 * (see scripts/rules/required-literals.ts), so that the runtime skips a regex on text that holds none of them
 * without bundling a regex parser. Keyed by flags and source: a custom rule with the same regex benefits too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../src/rules/rule-schema';
import { patternKey } from '../src/rules/pattern-key';
import { requiredLiterals } from './rules/required-literals';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ruleSetFile = join(root, 'src/rules/builtin/rule-set.generated.json');
const outFile = join(root, 'src/rules/builtin/pattern-literals.generated.json');

const { rules } = JSON.parse(readFileSync(ruleSetFile, 'utf8')) as { rules: Rule[] };
const literals: Record<string, string[]> = {};
let total = 0;
for (const rule of rules) {
  for (const pattern of rule.match?.patterns ?? []) {
    total += 1;
    const found = requiredLiterals(pattern.regex, pattern.flags ?? '');
    if (found !== null) literals[patternKey(pattern.regex, pattern.flags ?? '')] = found;
  }
}
writeFileSync(outFile, `${JSON.stringify(literals, null, 1)}\n`);
console.error(`${Object.keys(literals).length} of ${total} rule regexes gated by literals -> ${relative(root, outFile)}`);
