import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'scratch/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
