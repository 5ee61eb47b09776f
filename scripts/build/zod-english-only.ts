import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * zod's namespace export carries every locale's error messages (about 360 KB, a fifth of the bundle), which
 * esbuild cannot shake off a namespace. lurescan reports zod's issues in English only, so the bundled zod gets a
 * locales module with English alone; `z.locales.en` still works, other locales are not shipped.
 */
export function zodEnglishOnly(): Plugin {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) => {
        if (!/[\\/]node_modules[\\/]zod[\\/]/.test(importer)) return undefined;
        return { path: join(dirname(importer), '../locales/index.js'), namespace: 'zod-english-only' };
      });
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, ({ path }) => ({
        contents: `export { default as en } from ${JSON.stringify(join(dirname(path), 'en.js'))};`,
        loader: 'js',
        resolveDir: dirname(path),
      }));
    },
  };
}
