/**
 * `require('lurescan')` loads the ES module build: Node >= 20.19 (the engines field) requires ES modules natively,
 * without a warning from inside node_modules, and bundlers read ES modules anyway. A second, CommonJS copy of the
 * bundle would be 1.7 MB more to install. Writes dist/index.cjs and its declarations; run after tsup.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'index.d.ts'))) {
  throw new Error('cjs-entry: dist/index.js or dist/index.d.ts not found: run tsup first');
}
writeFileSync(join(dist, 'index.cjs'), "'use strict';\nmodule.exports = require('./index.js');\n");
copyFileSync(join(dist, 'index.d.ts'), join(dist, 'index.d.cts'));
