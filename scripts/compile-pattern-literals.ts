/**
 * Writes, for every regex of the built-in rules, the clauses of literals its matches must contain, with the word
 * boundaries around each (see scripts/rules/required-literals.ts), so that the runtime skips a regex on text that
 * lacks any clause without bundling a regex parser. Keyed by rule id, then by the regex's place in the rule (null
 * for a regex with no clause): only the built-in rules' regexes, which run on V8, are gated. Generated: `npm run
 * rules:compile` rewrites it, and test/rules/pattern-literals-fresh.test.ts checks it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../src/rules/rule-schema';
import { foldKoreanLettersInRegex } from '../src/normalise/folded-regex';
import { requiredLiteralClauses } from './rules/required-literals';
import type { LiteralClause } from '../src/rules/required-literal';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ruleSetFile = join(root, 'src/generated/rule-set.generated.json');
const outFile = join(root, 'src/generated/pattern-literals.generated.json');

const { rules } = JSON.parse(readFileSync(ruleSetFile, 'utf8')) as { rules: Rule[] };
const literals: Record<string, (LiteralClause[] | null)[]> = {};
let total = 0;
let gated = 0;
for (const rule of rules) {
  const patterns = rule.match?.patterns ?? [];
  if (patterns.length === 0) continue;
  literals[rule.id] = patterns.map((pattern) => {
    total += 1;
    // The regex runs folded (see compileBaseRule), so its literals are the folded ones.
    const found = requiredLiteralClauses(foldKoreanLettersInRegex(pattern.regex), pattern.flags ?? '');
    if (found !== null) gated += 1;
    return found;
  });
}
// One rule per line: the file is read by people reviewing a rule change.
const lines = Object.entries(literals).map(([id, clauses]) => `${JSON.stringify(id)}: ${JSON.stringify(clauses)}`);
writeFileSync(outFile, `{\n${lines.join(',\n')}\n}\n`);
console.error(`${gated} of ${total} rule regexes gated by literals -> ${relative(root, outFile)}`);
