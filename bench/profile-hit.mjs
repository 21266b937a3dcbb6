#!/usr/bin/env node
// Where a page-cache hit spends its time: boots Strapi (temporary SQLite, seeded) and the production
// web under `node --cpu-prof`, fills the page cache with one page, drives it with wrk (-t1 -c20) and
// prints the functions with the most self time, and the time per file, from V8's CPU profile.
//   node bench/profile-hit.mjs [--duration 10] [--path /stod] [--top 25] [--keep]   (ACCESS_LOG=on: with the access log)
// The profile (.cpuprofile, for Chrome DevTools) is left in a temporary directory with --keep.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, waitFor, waitForUrl } from '../tests/support/process.mjs';
import { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } from '../web/production-runtime.mjs';
import { freePort, measure, numberOption, option, startCms, webDir } from './support.mjs';

const duration = numberOption('duration', 10);
const page = option('path', '/stod');
const top = numberOption('top', 25);
const buildDir = process.env.WEB_BUILD_DIR ?? 'build';
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-profile-'));

const cms = await startCms();
try {
  // The production web as tests/support/process.mjs starts it, with V8's profiler (not allowed in NODE_OPTIONS).
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = launch(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'server.mjs'], {
    cwd: webDir,
    env: { ...process.env, ...WEB_RUNTIME_ENV, NODE_OPTIONS: WEB_NODE_OPTIONS, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken, PUBLIC_URL: url, WEB_BUILD_DIR: buildDir },
  });
  const web = { url, pid: child.child.pid, stop: child.stop };
  try {
    // Ready: the read model is loaded, so the page is rendered from it and kept in the page cache.
    await waitForUrl(`${url}/readyz`, { child: child.child, log: child.log, timeoutMs: 60_000 });
    await waitFor(
      async () => {
        const response = await fetch(`${web.url}${page}`);
        await response.arrayBuffer();
        return response.headers.get('age') !== null;
      },
      { timeoutMs: 30_000, intervalMs: 200, message: `${page} is not served from the page cache` },
    );
    await measure({ url: `${web.url}${page}`, duration: 2 });
    const result = await measure({ url: `${web.url}${page}`, duration, serverPid: web.pid });
    console.log(`${page}: ${Math.round(result.rps).toLocaleString('en')} req/s under --cpu-prof (profiling slows it), web CPU ${Math.round(result.serverCpuShare * 100)} %`);
  } finally {
    await web.stop();
  }
} finally {
  await cms.stop();
  cms.remove();
}

const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no CPU profile in ${profileDir}`);
const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'));
// Self time per node: the samples that landed in it, times the mean sampling interval.
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const node of profile.nodes) {
  const samples = hits.get(node.id) ?? 0;
  if (samples === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)' && url === '') {
    // counted apart
  }
  total += samples;
  const where = url ? `${url.replace(/^file:\/\//, '').replace(process.cwd(), '.').replace(/.*node_modules\//, '')}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + samples);
  const fileKey = url ? url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/^.*\/web\//, 'web/') : functionName;
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + samples);
}
const table = (map) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, samples]) => ({ share: `${((samples / total) * 100).toFixed(1)} %`, ms: Math.round(samples * interval), name }));
console.log(`\n${profile.samples.length} samples, ${interval.toFixed(2)} ms apart. Self time per function:`);
console.table(table(byFunction));
console.log('Self time per file (or V8/native bucket):');
console.table(table(byFile));
if (process.argv.includes('--keep')) console.log(`profile: ${path.join(profileDir, file)}`);
else fs.rmSync(profileDir, { recursive: true, force: true });
