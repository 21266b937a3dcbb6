// Compiles the web server (server/main.ts and what it imports) into <build>/node-server/main.js,
// after the Remix build (`npm run build`). Packages stay external (node_modules); the workspace's
// own code (server/, the app modules it shares, shared/) is bundled.
import { defineConfig } from 'vite';
import { sharedSourceAliases } from './vite.aliases';

const buildDirectory = process.env.WEB_BUILD_DIR ?? 'build';

export default defineConfig({
  resolve: { alias: sharedSourceAliases },
  // public/ is the Remix client build's; nothing of it belongs beside the server.
  publicDir: false,
  build: {
    ssr: 'server/main.ts',
    outDir: `${buildDirectory}/node-server`,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
  },
  ssr: { noExternal: ['@stodportalen/shared'] },
});
