/**
 * Compiles the rule files in rules/ (YAML, one or more documents each) into the JSON rule set the runtime imports,
 * so that consumers never parse YAML. Fails with the file, the rule id and the field path of every problem.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { RuleSchema, type Rule } from '../src/rules/rule-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'rules');
const outFile = join(root, 'src/rules/builtin/rule-set.generated.json');

const problems: string[] = [];
const rules: Rule[] = [];
const files = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

for (const name of files) {
  const path = join(rulesDir, name);
  const documents = parseAllDocuments(readFileSync(path, 'utf8'));
  for (const document of documents) {
    for (const error of document.errors) problems.push(`${relative(root, path)}: ${error.message}`);
    const data: unknown = document.toJS();
    if (data === null || data === undefined) continue;
    const parsed = RuleSchema.safeParse(data);
    if (!parsed.success) {
      const id = typeof data === 'object' && 'id' in data ? String(data.id) : '(no id)';
      for (const issue of parsed.error.issues) {
        problems.push(`${relative(root, path)}: rule ${id}: ${issue.path.join('.') || '(rule)'}: ${issue.message}`);
      }
      continue;
    }
    rules.push(parsed.data);
  }
}

if (problems.length > 0) {
  console.error(`Rule files have ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}

const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const body = JSON.stringify(rules);
const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify({ version: `${packageVersion}+${hash}`, rules }, null, 1)}\n`);
console.error(`compiled ${rules.length} rules from ${files.length} files -> ${relative(root, outFile)}`);
