import { defineConfig } from 'vitest/config';

// Integration tests boot real Strapi processes: run files one after another on this 2-core machine.
export default defineConfig({
  test: {
    include: ['integration/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
