import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth, HEAP_GROWING_PERCENT, restoreHeapBounds, SEMI_SPACE_GROWTH_FACTOR } from '../../src/cli/heap-growth';

describe('boundHeapGrowth', () => {
  it('leaves each bound alone when node was given a flag for it, on its command line or in NODE_OPTIONS', () => {
    expect(boundHeapGrowth(['--heap-growing-percent=50', '--max-semi-space-size=8'], undefined)).toEqual([]);
    expect(boundHeapGrowth(['--enable-source-maps'], '--max-old-space-size=512 --heap_growing_percent=40 --semi_space_growth_factor=2')).toEqual([]);
    expect(boundHeapGrowth(['--heap-growing-percent=50'], undefined)).toEqual([`--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`]);
    expect(boundHeapGrowth([], '--min-semi-space-size=4')).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  it('bounds both otherwise, and the process goes on allocating normally', () => {
    expect(boundHeapGrowth(['--enable-source-maps'], '--max-old-space-size=512')).toEqual([
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
      `--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`,
    ]);
    const garbage = Array.from({ length: 2_000 }, (_, index) => 'x'.repeat(1_000) + String(index));
    expect(garbage.length).toBe(2_000);
    expect(getHeapStatistics().used_heap_size).toBeGreaterThan(0);
  });

  it('keeps the young generation small after a worker thread starts, once the bounds are restored', async () => {
    boundHeapGrowth([], undefined);
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker('setTimeout(() => {}, 10);', { eval: true });
      worker.once('online', restoreHeapBounds);
      worker.once('error', reject);
      worker.once('exit', () => resolve());
    });
    // Short-lived garbage with a high survival rate between scavenges: what makes V8 grow its young generation.
    let kept: { index: number; text: string }[] = [];
    for (let index = 0; index < 1_000_000; index++) {
      kept.push({ index, text: `x${index}` });
      if (kept.length > 50_000) kept = [];
    }
    const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
    expect(newSpace).toBeLessThanOrEqual(16 * 1024 * 1024);
  });
});
