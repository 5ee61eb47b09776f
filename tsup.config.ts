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
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['natural'],
  },
]);
