import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests and the rule-example runner build scanners; keep a generous budget on a 2-core machine.
    testTimeout: 30_000,
  },
});
