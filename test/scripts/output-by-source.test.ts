import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVlq, outputBySource, type SourceMapV3 } from '../../scripts/bench/output-by-source';

/** The base64 VLQ of one signed number, as source maps write it. */
function encodeVlq(value: number): string {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let rest = value < 0 ? -value * 2 + 1 : value * 2;
  let out = '';
  do {
    const digit = rest % 32;
    rest = Math.floor(rest / 32);
    out += digits[rest > 0 ? digit + 32 : digit];
  } while (rest > 0);
  return out;
}

describe('decodeVlq', () => {
  it('reads back every signed number a source map may hold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), { minLength: 1, maxLength: 5 }), (values) => {
        expect(decodeVlq(values.map(encodeVlq).join(''))).toEqual(values);
      }),
    );
  });
});

describe('outputBySource', () => {
  it('splits a minified bundle into the text each input became, all of it and nothing twice', async () => {
    const result = await build({
      stdin: { contents: "import { greeting } from './greeting.js'; globalThis.say = () => greeting + ' and welcome';", resolveDir: '/virtual', loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      sourcemap: 'external',
      outdir: '/out',
      logLevel: 'silent',
      plugins: [
        {
          name: 'virtual',
          setup(plugin) {
            plugin.onResolve({ filter: /greeting/ }, () => ({ path: '/virtual/greeting.js' }));
            plugin.onLoad({ filter: /greeting/ }, () => ({ contents: "export const greeting = 'hello from a separate module';", loader: 'js' }));
          },
        },
      ],
    });
    const code = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '';
    const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map'))?.text ?? '{}') as SourceMapV3;
    const bySource = outputBySource(code, map);
    const greeting = [...bySource].find(([path]) => path.includes('greeting'))?.[1] ?? '';
    expect(greeting).toContain('hello from a separate module');
    expect([...bySource].filter(([path]) => !path.includes('greeting')).map(([, text]) => text).join('')).not.toContain('hello from a separate module');
    expect([...bySource.values()].join('').length).toBeLessThanOrEqual(code.length);
  });
});
