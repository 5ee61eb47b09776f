/**
 * Compiles the rule files in rules/ (YAML, one or more documents each) into the JSON rule set the runtime imports,
 * so that consumers never parse YAML. Fails with the file, the rule id and the field path of every problem.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { LanguageSchema, RULE_LIMITS, RuleSchema, type Rule } from '../src/rules/rule-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'rules');
const outFile = join(root, 'src/generated/rule-set.generated.json');
const examplesFile = join(root, 'src/generated/rule-examples.generated.json');
const lexiconDir = join(rulesDir, 'lexicons');
const TranslationFileSchema = z.record(z.string(), z.strictObject({ title: z.string().min(1).max(120), summary: z.string().min(1).max(300).optional() }));

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
    rules.push(withLexicons(parsed.data));
  }
}

const known = new Set(rules.map((rule) => rule.id));
addTranslations();
if (existsSync(lexiconDir)) {
  for (const folder of readdirSync(lexiconDir)) {
    if (!known.has(folder)) problems.push(`rules/lexicons/${folder}: no rule has this id`);
  }
}

/**
 * Adds what `rules/lexicons/<rule id>/` holds to the rule: `<language>.txt` has one phrase a line, and
 * `<language>.examples.txt` one example a line, as `fire: <text>` or `quiet: <text>` (`#` starts a comment in both).
 * An analyst who learns a new slang word adds one line and one example there, and the rule tests pick both up.
 */
function withLexicons(rule: Rule): Rule {
  const folder = join(lexiconDir, rule.id);
  if (!existsSync(folder)) return rule;
  if (rule.match === undefined) {
    problems.push(`rules/lexicons/${rule.id}: rule ${rule.id} is a pattern; only base rules take phrases`);
    return rule;
  }
  const phrases: Record<string, string[]> = { ...rule.match.phrases };
  const examples = { fire: [...rule.examples.fire], quiet: [...rule.examples.quiet] };
  for (const name of readdirSync(folder).sort()) {
    const file = `rules/lexicons/${rule.id}/${name}`;
    const [, language, isExamples] = /^(.+?)(\.examples)?\.txt$/.exec(name) ?? [];
    if (language === undefined || !LanguageSchema.safeParse(language).success) {
      problems.push(`${file}: expected <language>.txt or <language>.examples.txt, e.g. ko.txt`);
      continue;
    }
    const lines = readFileSync(join(folder, name), 'utf8')
      .split('\n')
      .map((line, index) => ({ text: line.replace(/(^|\s)#.*$/, '').trim(), at: `${file}:${index + 1}` }))
      .filter((line) => line.text !== '');
    if (isExamples !== undefined) {
      for (const { text, at } of lines) {
        const [, kind, example] = /^(fire|quiet):\s*(.+)$/.exec(text) ?? [];
        if (kind === 'fire' || kind === 'quiet') examples[kind].push(example as string);
        else problems.push(`${at}: expected "fire: <text>" or "quiet: <text>"`);
      }
      continue;
    }
    const seen = new Set(phrases[language] ?? []);
    for (const { text, at } of lines) {
      if (text.length > RULE_LIMITS.phraseLength) problems.push(`${at}: phrase longer than ${RULE_LIMITS.phraseLength} characters`);
      else if (seen.has(text)) problems.push(`${at}: "${text}" is listed twice for this rule`);
      seen.add(text);
    }
    phrases[language] = [...seen];
    if (seen.size > RULE_LIMITS.phrasesPerLanguage) problems.push(`${file}: more than ${RULE_LIMITS.phrasesPerLanguage} phrases for one language`);
  }
  for (const kind of ['fire', 'quiet'] as const) {
    if (examples[kind].length > RULE_LIMITS.examples) problems.push(`rules/lexicons/${rule.id}: more than ${RULE_LIMITS.examples} ${kind} examples`);
  }
  return { ...rule, match: { ...rule.match, phrases }, examples };
}

/**
 * Adds `rules/translations/<language>.yaml` (rule id -> { title, summary }) to the rules: a translator works in one
 * file per language, and a flag on an ad in that language shows its title and summary in it.
 */
function addTranslations(): void {
  const folder = join(rulesDir, 'translations');
  if (!existsSync(folder)) return;
  const byId = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const name of readdirSync(folder).sort()) {
    if (name === 'README.md') continue;
    const file = `rules/translations/${name}`;
    const language = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !LanguageSchema.safeParse(language).success) {
      problems.push(`${file}: expected <language>.yaml, e.g. ko.yaml`);
      continue;
    }
    const entries = TranslationFileSchema.safeParse(parse(readFileSync(join(folder, name), 'utf8')) ?? {});
    if (!entries.success) {
      for (const issue of entries.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    for (const [id, text] of Object.entries(entries.data)) {
      const index = byId.get(id);
      if (index === undefined) {
        problems.push(`${file}: ${id}: no rule has this id`);
        continue;
      }
      const rule = rules[index] as Rule;
      rules[index] = { ...rule, translations: { ...rule.translations, [language]: text } };
    }
  }
}

if (problems.length > 0) {
  console.error(`Rule files have ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}

const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
// The version hashes the rules with their examples, as it always has: the examples are part of what was reviewed.
const body = JSON.stringify(rules);
const version = `${packageVersion}+${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
// The examples go to a file of their own, which only tests and `lurescan rules` read: they were a third of the
// rule set, carried by every scanner and every browser bundle that scores.
const examples = Object.fromEntries(rules.map((rule) => [rule.id, rule.examples]));
const scannerRules = rules.map(({ examples: _examples, ...rule }) => rule);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify({ version, rules: scannerRules }, null, 1)}\n`);
writeFileSync(examplesFile, `${JSON.stringify({ version, examples }, null, 1)}\n`);
console.error(`compiled ${rules.length} rules from ${files.length} files -> ${relative(root, outFile)}, their examples -> ${relative(root, examplesFile)}`);
