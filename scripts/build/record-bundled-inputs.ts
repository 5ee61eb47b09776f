import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Writes the files each esbuild run bundled to dist/inputs-<name>.json, for scripts/build/third-party-licenses.ts
 * (which deletes them). tsup's own metafiles are named by format only, so two builds of ESM would overwrite each other.
 */
export function recordBundledInputs(name: string): Plugin {
  return {
    name: 'record-bundled-inputs',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (result.metafile === undefined) return;
        const outdir = build.initialOptions.outdir ?? 'dist';
        mkdirSync(outdir, { recursive: true });
        const format = build.initialOptions.format ?? 'unknown';
        writeFileSync(join(outdir, `inputs-${name}-${format}.json`), JSON.stringify(Object.keys(result.metafile.inputs)));
      });
    },
  };
}
