import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth } from '../../src/cli/heap-growth';

describe('boundHeapGrowth', () => {
  it('leaves the heap growth alone when node was given the flag, on its command line or in NODE_OPTIONS', () => {
    expect(boundHeapGrowth(['--heap-growing-percent=50'], undefined)).toBe(false);
    expect(boundHeapGrowth(['--enable-source-maps'], '--max-old-space-size=512 --heap_growing_percent=40')).toBe(false);
  });

  it('bounds it otherwise, and the process goes on allocating normally', () => {
    expect(boundHeapGrowth(['--enable-source-maps'], '--max-old-space-size=512')).toBe(true);
    const garbage = Array.from({ length: 2_000 }, (_, index) => 'x'.repeat(1_000) + String(index));
    expect(garbage.length).toBe(2_000);
    expect(getHeapStatistics().used_heap_size).toBeGreaterThan(0);
  });
});
