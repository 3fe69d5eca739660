import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A temporary directory for the real Postgres server some tests start on first use.
    globalSetup: ['test/support/postgres-global-setup.ts'],
    // The corpus tests boot PGlite (Postgres in WebAssembly) and run files of up to 3,000
    // statements: about 3 s for the largest file, 30 s for the whole corpus on 2 cores.
    testTimeout: 60_000,
    // Both cores (Vitest's default leaves one free): the suite is mostly PGlite and Postgres work.
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
