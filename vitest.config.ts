import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests beside the code in every workspace. Integration tests have their own config in tests/.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@stodportalen\/shared(\/graphql)?$/, replacement: path.resolve(__dirname, 'shared/src$1/index.ts') }],
  },
  test: {
    include: ['shared/src/**/*.test.ts', 'cms/src/**/*.test.ts', 'web/app/**/*.test.{ts,tsx}', 'web/server/**/*.test.ts'],
  },
});
