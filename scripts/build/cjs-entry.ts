/**
 * `require('lurescan')` loads the ES module build: Node >= 20.19 (the engines field) requires ES modules natively,
 * without a warning from inside node_modules, and bundlers read ES modules anyway. A second, CommonJS copy of the
 * bundle would be 1.7 MB more to install. Writes dist/<entry>.cjs and its declarations for each entry; run after tsup.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
// One CommonJS shim per entry point by audience (package.json `exports`).
for (const entry of ['index', 'rules', 'rule-examples', 'train', 'evaluate']) {
  if (!existsSync(join(dist, `${entry}.js`)) || !existsSync(join(dist, `${entry}.d.ts`))) {
    throw new Error(`cjs-entry: dist/${entry}.js or dist/${entry}.d.ts not found: run tsup first`);
  }
  writeFileSync(join(dist, `${entry}.cjs`), `'use strict';\nmodule.exports = require('./${entry}.js');\n`);
  copyFileSync(join(dist, `${entry}.d.ts`), join(dist, `${entry}.d.cts`));
}
