import { builtinModules } from 'node:module';
import { defineConfig } from 'tsup';
import { jsonAsString } from './scripts/build/json-as-string';
import { recordBundledInputs } from './scripts/build/record-bundled-inputs';
import { zodEnglishOnly } from './scripts/build/zod-english-only';

const EVERY_PACKAGE_BUT_NODE_BUILTINS = new RegExp(`^(?!node:|(?:${builtinModules.join('|')})(?:/|$))`);

// Every runtime dependency is bundled (natural is a dev dependency: its database drivers and wordnet are never
// installed), so installing lurescan installs nothing else; scripts/build/third-party-licenses.ts lists them.
export default defineConfig([
  {
    // The library, the CLI and its scoring worker in one ESM build, so that the scoring core is one shared chunk
    // on disk rather than a copy per entry. The core itself uses no Node built-ins; only the CLI's chunks import
    // them (csv-parse too). A neutral platform resolves each package's ES module build: yaml's Node build
    // is CommonJS and calls require(), which an ES module bundle cannot.
    entry: { index: 'src/index.ts', rules: 'src/entry/rules.ts', 'rule-examples': 'src/entry/rule-examples.ts', train: 'src/entry/train.ts', evaluate: 'src/entry/evaluate.ts', cli: 'src/cli/bin.ts', 'score-worker': 'src/cli/workers/score-worker.ts', 'campaign-worker': 'src/cli/workers/campaign-worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', rules: 'src/entry/rules.ts', 'rule-examples': 'src/entry/rule-examples.ts', train: 'src/entry/train.ts', evaluate: 'src/entry/evaluate.ts' } },
    platform: 'neutral',
    target: 'es2022',
    splitting: true,
    sourcemap: false,
    clean: true,
    noExternal: [EVERY_PACKAGE_BUT_NODE_BUILTINS],
    external: [/^node:/, ...builtinModules],
    treeshake: true,
    // Non-ASCII text (most lexicons) kept as UTF-8 rather than \uXXXX escapes, which took six bytes a character and
    // about 0.8 MB of the installed size; minified (0.3 MB more): the installed size is an issue 11 target.
    minify: true,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    // A hashbang is valid at the top of any ES module; only cli.js is run as a program.
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [jsonAsString(), zodEnglishOnly(), recordBundledInputs('esm')],
  },
]);
