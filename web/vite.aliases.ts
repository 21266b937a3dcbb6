import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The shared package's dist/ is CommonJS for Strapi; the web bundles its TypeScript source instead. */
export const sharedSourceAliases: Alias[] = [
  { find: /^@stodportalen\/shared\/graphql$/, replacement: fromHere('../shared/src/graphql/index.ts') },
  { find: /^@stodportalen\/shared\/server$/, replacement: fromHere('../shared/src/server.ts') },
  { find: /^@stodportalen\/shared$/, replacement: fromHere('../shared/src/index.ts') },
];
