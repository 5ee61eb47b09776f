import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { jsonAsString } from '../build/json-as-string';
import { zodEnglishOnly } from '../build/zod-english-only';
import { distDir } from './common';
import { outputBySource, type SourceMapV3 } from './output-by-source';

export interface BrowserBundle {
  /** Gzipped bytes a page loads before its first verdict: the entry chunk and the chunks it imports statically. */
  initialGzipped: number;
  /** Gzipped bytes of every chunk, the lazily imported ones included. */
  totalGzipped: number;
  /**
   * Each part of the initial load, largest gzipped first: its minified bytes, and its minified text gzipped on its
   * own (gzip shares no window across parts then, so the parts add up to a little more than the whole).
   */
  parts: { part: string; bytes: number; gzipped: number }[];
}

/**
 * What a web app that calls `score` ships: the library bundled for the browser by esbuild as the build bundles it
 * (src/index.ts with the build's plugins, so that each part can be told apart), minified, with code splitting so
 * that what lurescan imports lazily lands in chunks of its own.
 */
export async function measureBrowserBundle(): Promise<BrowserBundle> {
  const outdir = mkdtempSync(join(tmpdir(), 'lurescan-bundle-'));
  try {
    const result = await build({
      stdin: { contents: `import { score } from ${JSON.stringify(join(distDir, '../src/index.ts'))};\nglobalThis.score = score;`, resolveDir: distDir, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      splitting: true,
      charset: 'utf8',
      outdir,
      write: false,
      metafile: true,
      // Only read here, to tell which part each output byte came from.
      sourcemap: 'external',
      logLevel: 'silent',
      plugins: [jsonAsString(), zodEnglishOnly()],
    });
    const gzipped = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents).length]));
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
    const initial = new Set<string>();
    const visit = (path: string): void => {
      if (initial.has(path)) return;
      initial.add(path);
      for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
    };
    if (entry !== undefined) visit(entry);
    const sizeOf = (path: string): number => gzipped.get(join(process.cwd(), path)) ?? gzipped.get(path) ?? 0;
    const parts = new Map<string, { bytes: number; text: string[] }>();
    const partEntry = (part: string): { bytes: number; text: string[] } => {
      const entry = parts.get(part) ?? { bytes: 0, text: [] };
      parts.set(part, entry);
      return entry;
    };
    const files = new Map(result.outputFiles.map((file) => [file.path, file]));
    for (const path of initial) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path]?.inputs ?? {})) partEntry(partOf(input)).bytes += bytesInOutput;
      const absolute = join(process.cwd(), path);
      const code = (files.get(absolute) ?? files.get(path))?.text;
      const map = (files.get(`${absolute}.map`) ?? files.get(`${path}.map`))?.text;
      if (code === undefined || map === undefined) continue;
      for (const [source, text] of outputBySource(code, JSON.parse(map) as SourceMapV3)) partEntry(partOf(source)).text.push(text);
    }
    return {
      initialGzipped: [...initial].reduce((sum, path) => sum + sizeOf(path), 0),
      totalGzipped: [...gzipped.entries()].filter(([path]) => !path.endsWith('.map')).reduce((sum, [, bytes]) => sum + bytes, 0),
      parts: [...parts]
        .map(([part, { bytes, text }]) => ({ part, bytes, gzipped: gzipSync(text.join('')).length }))
        .sort((a, b) => b.gzipped - a.gzipped),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** A bundled package by name, a data file by name, lurescan's code by top folder of src/. */
function partOf(input: string): string {
  const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
  if (packageName !== undefined) return packageName;
  const source = input.replace(/^.*?src\//, 'src/');
  return source.endsWith('.json') ? source : `${source.split('/').slice(0, 2).join('/')} (code)`;
}

/**
 * Bytes on disk after `npm install --omit=dev` of the packed package (dist as built, without running the pack
 * scripts, which would rebuild), as `npm run package:check` measures it.
 */
export function measureInstalledSize(root: string): { installedBytes: number; packedBytes: number } {
  const folder = mkdtempSync(join(tmpdir(), 'lurescan-installed-'));
  const run = (command: string, args: string[], cwd = folder): string =>
    execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], root)) as { filename: string; size: number }[];
    const tarball = packed[0];
    if (tarball === undefined) throw new Error('npm pack wrote no tarball');
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', join(folder, tarball.filename)]);
    return { installedBytes: Number(run('du', ['-sb', 'node_modules']).split('\t')[0]), packedBytes: tarball.size };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
