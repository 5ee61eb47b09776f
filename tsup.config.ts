import { defineConfig } from 'tsup';
import { jsonAsString } from './scripts/build/json-as-string';
import { zodEnglishOnly } from './scripts/build/zod-english-only';

export default defineConfig([
  {
    // The library: ESM + CJS + types. natural's modules are bundled (it is a dev dependency) so consumers never
    // install its database drivers and wordnet.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    clean: true,
    noExternal: [/.*/],
    treeshake: true,
    esbuildPlugins: [jsonAsString(), zodEnglishOnly()],
  },
  {
    // The scoring worker sits beside the CLI, which finds it relative to its own file.
    entry: { cli: 'src/cli/bin.ts', 'score-worker': 'src/cli/workers/score-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: [/.*/],
    esbuildPlugins: [jsonAsString(), zodEnglishOnly()],
  },
]);
