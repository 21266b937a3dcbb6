import { vitePlugin as remix } from '@remix-run/dev';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import tsconfigPaths from 'vite-tsconfig-paths';
import { sharedSourceAliases } from './vite.aliases';

export default defineConfig({
  resolve: { alias: sharedSourceAliases },
  plugins: [
    tailwindcss(),
    remix({
      buildDirectory: process.env.WEB_BUILD_DIR ?? 'build',
      // No v3_singleFetch: it streams inline <script> tags into every document, and our
      // content pages must send no JavaScript except /quick-exit.js.
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
  build: {
    // Never inline small assets as data: URLs into CSS/JS; everything is a file under 'self'.
    assetsInlineLimit: 0,
  },
});
