/**
 * Builds the playground (playground/) into one self-contained file, playground/dist/index.html: the page, its
 * style and the whole scoring core inlined as a classic script, so that it opens from the file system (browsers
 * refuse ES modules over file://) and on any static host, and fetches nothing. Run by `npm run build`.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonAsString } from './json-as-string';
import { zodEnglishOnly } from './zod-english-only';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const source = join(root, 'playground');
export const PLAYGROUND_PAGE = join(source, 'dist/index.html');

export async function buildPlayground(): Promise<{ path: string; bytes: number }> {
  const result = await build({
    entryPoints: [join(source, 'src/main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    write: false,
    logLevel: 'warning',
    plugins: [jsonAsString(), zodEnglishOnly()],
  });
  const script = result.outputFiles[0]?.text ?? '';
  // Inside an HTML <script>, "</script" (any case) and "<!--" would end or change the element: escape them.
  const safeScript = script.replaceAll(/<\/(script)/gi, '<\\/$1').replaceAll('<!--', '<\\!--');
  const style = readFileSync(join(source, 'style.css'), 'utf8');
  const template = readFileSync(join(source, 'index.html'), 'utf8');
  if (!template.includes('/*STYLE*/') || !template.includes('/*SCRIPT*/')) throw new Error('playground/index.html lacks a /*STYLE*/ or /*SCRIPT*/ slot');
  // A replacer function, so that "$" in the script is not read as a replacement pattern.
  const page = template.replace('/*STYLE*/', () => style).replace('/*SCRIPT*/', () => safeScript);
  mkdirSync(dirname(PLAYGROUND_PAGE), { recursive: true });
  writeFileSync(PLAYGROUND_PAGE, page);
  return { path: PLAYGROUND_PAGE, bytes: Buffer.byteLength(page) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, bytes } = await buildPlayground();
  console.log(`playground: ${relative(root, path)} (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
}
