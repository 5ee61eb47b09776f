import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth, HEAP_GROWING_PERCENT, SEMI_SPACE_GROWTH_FACTOR } from '../../src/cli/heap-growth';

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
});
