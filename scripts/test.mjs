// `npm test`: every test with real parts: unit tests, integration tests against a real Strapi on
// SQLite, and browser tests in Debian's Chromium (installed here when missing).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const startedAt = Date.now();

if (!fs.existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${chromium}. Install Debian's package: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

// Tests need the compiled CMS server code, not the admin panel build.
run('npm', ['run', 'build', '-w', 'shared'], { cwd: repoRoot });
run('npm', ['run', 'build:server', '-w', 'cms'], { cwd: repoRoot });
run('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot });
run('npm', ['run', 'typecheck'], { cwd: repoRoot });

const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
run(bin('vitest'), ['run'], { cwd: repoRoot });
run(bin('vitest'), ['run', '--config', 'vitest.config.ts'], { cwd: path.join(repoRoot, 'tests') });
run(bin('playwright'), ['test', '--config', 'playwright.config.ts'], { cwd: path.join(repoRoot, 'tests'), env: { ...process.env, CHROMIUM_PATH: chromium } });
console.log(`\nAll tests passed in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`);
