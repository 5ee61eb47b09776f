/**
 * dist bundles the code of other packages (zod, libphonenumber-js, csv-parse, yaml, regexpp, natural's Porter
 * stemmer, ...), all under permissive licences that ask for their notice to travel with the code. This reads which
 * packages esbuild put into dist (dist/inputs-*.json, from scripts/build/record-bundled-inputs.ts) and writes their
 * licence texts to dist/THIRD-PARTY-LICENSES.md, then removes those lists. Run after tsup.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const lists = readdirSync(dist).filter((name) => /^inputs-.*\.json$/.test(name));
if (lists.length === 0) throw new Error('third-party-licenses: no dist/inputs-*.json: run tsup first');

const packages = new Set<string>();
for (const name of lists) {
  const inputs = JSON.parse(readFileSync(join(dist, name), 'utf8')) as string[];
  for (const input of inputs) {
    const found = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (found?.[1] !== undefined) packages.add(found[1]);
  }
  rmSync(join(dist, name));
}

const sections = [...packages].sort().map((name) => {
  const folder = join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; license?: string };
  const licenceFile = readdirSync(folder).find((file) => /^licen[cs]e(\.md|\.txt)?$/i.test(file));
  if (licenceFile === undefined) throw new Error(`third-party-licenses: ${name} has no LICENSE file`);
  const text = readFileSync(join(folder, licenceFile), 'utf8').trim();
  return `## ${name} ${manifest.version} (${manifest.license ?? 'see below'})\n\n\`\`\`\n${text}\n\`\`\``;
});
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.md'),
  `# Third-party code bundled in lurescan's dist\n\n${sections.join('\n\n')}\n`,
);
if (!existsSync(join(dist, 'THIRD-PARTY-LICENSES.md'))) throw new Error('third-party-licenses: not written');
console.log(`third-party-licenses: ${packages.size} packages: ${[...packages].sort().join(', ')}`);
