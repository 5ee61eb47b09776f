/**
 * The package.json that is published has no `prepare` script. In this repository `prepare` builds dist on
 * `npm ci` (so a fresh clone works at once), but in the tarball it would only make every consumer's npm list
 * lurescan among packages with install scripts. `npm pack` and `npm publish` run `prepack`, which calls this with
 * `strip` (keeping the original beside it), and `postpack`, which calls it with `restore`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Scripts that are for this repository only. */
export const REPOSITORY_ONLY_SCRIPTS = ['prepare'] as const;

/** The manifest as published: the same JSON, formatted the same, without the repository-only scripts. */
export function publishedManifest(text: string): string {
  const manifest = JSON.parse(text) as { scripts?: Record<string, string> };
  if (manifest.scripts !== undefined) for (const name of REPOSITORY_ONLY_SCRIPTS) delete manifest.scripts[name];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function strip(folder: string): void {
  const path = join(folder, 'package.json');
  const backup = join(folder, '.package.json.prepack');
  const original = readFileSync(path, 'utf8');
  if (!existsSync(backup)) writeFileSync(backup, original);
  writeFileSync(path, publishedManifest(original));
}

export function restore(folder: string): void {
  const backup = join(folder, '.package.json.prepack');
  if (existsSync(backup)) renameSync(backup, join(folder, 'package.json'));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const command = process.argv[2];
  if (command === 'strip') strip(root);
  else if (command === 'restore') restore(root);
  else {
    console.error('usage: published-manifest.ts strip|restore');
    process.exitCode = 2;
  }
}
