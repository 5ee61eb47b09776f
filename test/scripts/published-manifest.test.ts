import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedManifest, restore, strip } from '../../scripts/build/published-manifest';

/**
 * The published package.json has no `prepare` (issue 13): consumers' npm would list lurescan among packages with
 * install scripts. `npm run package:check` checks the real tarball; this checks the step that makes it.
 */
const repositoryManifest = readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8');

describe('the published package.json', () => {
  it('is the repository one without prepare, everything else unchanged', () => {
    const repository = JSON.parse(repositoryManifest) as { scripts: Record<string, string> };
    expect(repository.scripts['prepare']).toBe('npm run build');
    const published = JSON.parse(publishedManifest(repositoryManifest)) as { scripts: Record<string, string> };
    expect(published.scripts['prepare']).toBeUndefined();
    const { prepare: _prepare, ...rest } = repository.scripts;
    expect(published).toEqual({ ...repository, scripts: rest });
  });

  it('is made by prepack and undone by postpack, byte for byte', () => {
    const scripts = (JSON.parse(repositoryManifest) as { scripts: Record<string, string> }).scripts;
    expect(scripts['prepack']).toMatch(/^npm run build && tsx scripts\/build\/published-manifest\.ts strip$/);
    expect(scripts['postpack']).toBe('tsx scripts/build/published-manifest.ts restore');
    const folder = mkdtempSync(join(tmpdir(), 'lurescan-manifest-'));
    try {
      writeFileSync(join(folder, 'package.json'), repositoryManifest);
      strip(folder);
      expect(readFileSync(join(folder, 'package.json'), 'utf8')).not.toContain('"prepare"');
      strip(folder); // twice (a pack that failed half way) still keeps the original
      restore(folder);
      expect(readFileSync(join(folder, 'package.json'), 'utf8')).toBe(repositoryManifest);
      expect(existsSync(join(folder, '.package.json.prepack'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('ships a LICENSE with the MIT text and the authors', () => {
    const license = readFileSync(join(import.meta.dirname, '../../LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the lurescan authors\n/);
    expect((JSON.parse(repositoryManifest) as { license: string }).license).toBe('MIT');
  });
});
