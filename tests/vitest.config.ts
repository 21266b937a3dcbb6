import { defineConfig } from 'vitest/config';

// Integration tests boot real Strapi processes: run files one after another on this 2-core machine.
// TEST_DATABASE=postgres runs them on a throwaway PostgreSQL 15 (support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['integration/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
