/**
 * `npm run package:check`: what a user installs. Packs the built package, installs the tarball with production
 * dependencies only into a temporary project, and checks that it is at most 3 MB on disk (issue 4), that it
 * imports from ES modules and from require(), that the CLI runs, and that a strict TypeScript project without zod
 * type-checks against its declarations, that the published package.json has no `prepare` script (issue 13) and
 * that LICENSE is in it. `npm pack` builds first (prepack); writes only a temporary folder, deleted after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_INSTALLED_BYTES = 3 * 1024 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = mkdtempSync(join(tmpdir(), 'lurescan-package-'));
const run = (command: string, args: string[], cwd = folder): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const tarball = run('npm', ['pack', '--pack-destination', folder], root).trim().split('\n').pop() ?? '';
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', join(folder, tarball)]);
  const published = JSON.parse(readFileSync(join(folder, 'node_modules/lurescan/package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (published.scripts?.['prepare'] !== undefined) throw new Error('package:check: the published package.json still has a prepare script');
  if (!existsSync(join(folder, 'node_modules/lurescan/LICENSE'))) throw new Error('package:check: LICENSE is not in the package');
  const installed = Number(run('du', ['-sb', 'node_modules']).split('\t')[0]);
  const blocks = run('du', ['-sh', 'node_modules']).split('\t')[0];
  const packages = run('npm', ['ls', '--all', '--parseable']).trim().split('\n').length - 1;

  writeFileSync(join(folder, 'esm.mjs'), "import { score } from 'lurescan';\nconsole.log(score('Free visa and flight, salary 5000 USD, Telegram @hr').risk);\n");
  writeFileSync(join(folder, 'cjs.cjs'), "const { score } = require('lurescan');\nconsole.log(score('Free visa and flight, salary 5000 USD, Telegram @hr').risk);\n");
  const esm = run(process.execPath, ['esm.mjs']).trim();
  const cjs = run(process.execPath, ['cjs.cjs']).trim();
  // Each entry point by audience, from import and from require.
  const entries = { 'lurescan/rules': 'testRules', 'lurescan/rule-examples': 'withBuiltinExamples', 'lurescan/train': 'trainModel', 'lurescan/evaluate': 'evaluate' };
  for (const [specifier, name] of Object.entries(entries)) {
    const imported = run(process.execPath, ['--input-type=module', '-e', `const m = await import('${specifier}'); console.log(typeof m.${name})`]).trim();
    const required = run(process.execPath, ['--input-type=commonjs', '-e', `console.log(typeof require('${specifier}').${name})`]).trim();
    if (imported !== 'function' || required !== 'function') throw new Error(`package:check: ${specifier} does not export ${name} (import: ${imported}, require: ${required})`);
  }
  const cli = run(process.execPath, ['node_modules/lurescan/dist/cli.js', 'explain', '--format', 'json', 'Free visa, Telegram @hr']);

  writeFileSync(
    join(folder, 'types.ts'),
    [
      "import { JobPostingSchema, score, type JobPosting, type Verdict } from 'lurescan';",
      "import { testRules, type RuleTestReport } from 'lurescan/rules';",
      "import { trainModel } from 'lurescan/train';",
      "import { evaluate } from 'lurescan/evaluate';",
      "import { BUILTIN_RULE_EXAMPLES } from 'lurescan/rule-examples';",
      "const examples: { fire: unknown[] } | undefined = BUILTIN_RULE_EXAMPLES.examples['travel.paid-all'];",
      'console.log(examples?.fire.length);',
      "const report: RuleTestReport = testRules({ rules: [] });",
      'console.log(report.passed, typeof trainModel, typeof evaluate);',
      "const posting: JobPosting = { title: 'Driver', description: 'Free visa, salary 5000 USD' };",
      'const parsed = JobPostingSchema.safeParse(posting);',
      'const title: string | undefined = parsed.success ? parsed.data.title : undefined;',
      'const verdict: Verdict = score(posting);',
      '// @ts-expect-error: a title is a string, so the types are real and not `any`',
      'const wrong: JobPosting = { title: 42 };',
      'console.log(title, verdict.risk, wrong);',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['types.ts'] }),
  );
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']);

  console.log(`installed: ${blocks} on disk (${installed.toLocaleString('en')} bytes), ${packages} package(s); ESM: ${esm}; require: ${cjs}; CLI explain: ${JSON.parse(cli).risk as string}; entries rules, rule-examples, train, evaluate; types check without zod; no prepare script; LICENSE`);
  if (installed > MAX_INSTALLED_BYTES) {
    console.error(`package:check: ${installed.toLocaleString('en')} bytes installed, more than ${MAX_INSTALLED_BYTES.toLocaleString('en')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
