// A fresh, seeded Strapi for the browser tests (Playwright's webServer runs this). With
// SERVE_ADMIN_PANEL=true it serves the built admin panel (playwright.admin.config.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsTestEnv } from './cms-env.mjs';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cms');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-browser-'));
const child = spawn(process.execPath, ['scripts/serve.js'], {
  cwd: cmsDir,
  env: cmsTestEnv({ port: Number(process.env.PORT), databaseFilename: path.join(dir, 'data.db'), readToken: process.env.CMS_READ_TOKEN, submissionToken: process.env.CMS_SUBMISSION_TOKEN, extra: process.env.SERVE_ADMIN_PANEL === 'true' ? { SERVE_ADMIN_PANEL: 'true' } : {} }),
  stdio: 'inherit',
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
