import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types. natural's modules are bundled (it is a dev dependency) so consumers never
    // install its database drivers and wordnet.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
    clean: true,
    noExternal: ['natural'],
    treeshake: true,
  },
  {
    // The scoring worker sits beside the CLI, which finds it relative to its own file.
    entry: { cli: 'src/cli/bin.ts', 'score-worker': 'src/cli/workers/score-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['natural'],
  },
]);
