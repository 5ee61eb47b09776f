import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layerOf } from '../../scripts/lint/pipeline-order.js';

const root = new URL('../../', import.meta.url);
const GENERATED = /\.generated\.[a-z]+$/;

describe('generated files', () => {
  it('live in src/generated/ only, written there by npm run rules:compile and confusables:compile', () => {
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], { cwd: root, encoding: 'utf8' });
    const onDisk = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' }).map((path) => `src/${path}`);
    const outside = [...tracked.split('\n'), ...onDisk].filter((path) => GENERATED.test(path) && !path.startsWith('src/generated/'));
    expect(outside).toEqual([]);
    expect(readdirSync(new URL('src/generated/', root)).filter((name) => GENERATED.test(name)).length).toBeGreaterThanOrEqual(10);
  });

  it('sit in the lowest layer, so that any stage may import them', () => {
    expect(layerOf('src/generated/model.generated')).toBe(0);
  });
});
