/**
 * zod is bundled into dist, so a user does not install it; but the public schemas (JobPostingSchema, RuleSchema,
 * LurescanModelSchema, ...) are typed with zod's types. This copies zod's declaration files (about 260 KB, against
 * 8 MB for the package) into dist/zod and points the bundled declarations at them, so that the types check in a
 * project without zod. Run after tsup.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const zodRoot = dirname(createRequire(import.meta.url).resolve('zod/package.json'));
const target = join(dist, 'zod');

// The declarations of zod's main entry reach only these; the rest of the package is sources and other entries.
// Only the .d.ts files, in a folder without "type": "module", so that they read as CommonJS declarations, which
// both dist/index.d.ts and dist/index.d.cts may import.
const isDeclaration = (path: string): boolean => path.endsWith('.d.ts');
for (const folder of ['v4/classic', 'v4/core']) {
  cpSync(join(zodRoot, folder), join(target, folder), {
    recursive: true,
    filter: (source) => statSync(source).isDirectory() || isDeclaration(source),
  });
}
for (const file of ['index.d.ts', 'LICENSE', 'v4/locales/en.d.ts']) {
  cpSync(join(zodRoot, file), join(target, file));
}
// As in the bundle (scripts/build/zod-english-only.ts), English is the only locale.
writeFileSync(join(target, 'v4/locales/index.d.ts'), 'export { default as en } from "./en.js";\n');
writeFileSync(join(target, 'package.json'), `${JSON.stringify({ name: 'zod-types', version: readZodVersion(), private: true }, null, 2)}\n`);

// Every entry's declarations (and the chunks tsup shares between them) may name zod's types.
const declarationFiles = readdirSync(dist).filter((file) => file.endsWith('.d.ts'));
if (!declarationFiles.includes('index.d.ts')) throw new Error(`vendor-zod-types: ${relative(root, join(dist, 'index.d.ts'))} not found: run tsup first`);
for (const file of declarationFiles) {
  const declarations = join(dist, file);
  const rewritten = readFileSync(declarations, 'utf8').replaceAll(/from ['"]zod['"]/g, "from './zod/index.js'");
  if (/from ['"]zod['"]|import\(['"]zod['"]\)/.test(rewritten)) throw new Error(`vendor-zod-types: ${file} still imports zod`);
  writeFileSync(declarations, rewritten);
}

function readZodVersion(): string {
  return (JSON.parse(readFileSync(join(zodRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
