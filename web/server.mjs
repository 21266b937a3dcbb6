// Starts the web server: server/main.ts, compiled by `npm run build` into <build>/node-server/main.js
// next to the Remix build. WEB_BUILD_DIR lets parallel test runs use builds of their own (default: build/).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { WEB_V8_FLAGS } from './production-runtime.mjs';

// Before the server is loaded, so that no allocation decision is taken without them.
for (const flag of WEB_V8_FLAGS) v8.setFlagsFromString(flag);

const here = path.dirname(fileURLToPath(import.meta.url));
const buildDir = path.resolve(here, process.env.WEB_BUILD_DIR ?? 'build');
const serverFile = path.join(buildDir, 'node-server', 'main.js');

/** @type {{ startServer: (options: { buildDir: string }) => Promise<void> }} */
let server;
try {
  server = await import(pathToFileURL(serverFile).href);
} catch (error) {
  console.error(`Could not load the web server at ${serverFile}. Run \`npm run build -w @stodportalen/web\` first.`);
  console.error(error);
  process.exit(1);
}
await server.startServer({ buildDir });
