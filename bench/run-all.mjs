#!/usr/bin/env node
// Every benchmark in one run, on this machine's loopback, with its own processes:
//   node bench/run-all.mjs [--duration 10] [--events 10000] [--resources 2000] [--no-build]
// Boots Strapi (cms/dist, a temporary SQLite file, seeded), the production web twice (cached, and
// with CMS_CACHE_TTL_MS=0), and Debian's nginx with a configuration of its own, then prints:
//   1. a cached portal page against nginx serving the same HTML as a static file (goal ≥ 0.5×)
//   2. the same portal page against Strapi's REST endpoint for the same data (goal ≥ 5×)
//   3. uncached pages' p50/p95 with 100 and with 10 000 events (goal: p95 ratio ≤ 2)
//   4. gzipped JavaScript per route (bench/js-bytes.mjs; goal ≤ 20 KB)
//   5. the cached web's peak resident memory over the whole run (goal ≤ 200 MB)
// Each load run is bounded (--duration seconds). Throughput runs use 20 connections and two
// load-generator threads (one thread cannot saturate nginx); latency runs of uncached pages use one
// connection. Needs `npm install --prefix bench` once (autocannon).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cmsDir, measure, memoryOf, repoRoot, seedVolume, startCms, startNginx, startWeb, webDir } from './support.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}
const duration = option('duration', 10);
const largeEvents = option('events', 10_000);
const largeResources = option('resources', 2_000);
const smallEvents = 100;
const smallResources = Math.max(1, Math.round(largeResources / 100));
const buildDir = process.env.WEB_BUILD_DIR ?? 'build-bench';
// The V8 heap settings recommended for production (web/README.md): without them V8 lets the heap
// grow far beyond the live data before collecting (about 40 MB live, 250 MB resident under load).
const webNodeOptions = process.env.WEB_NODE_OPTIONS ?? '--max-old-space-size=160 --max-semi-space-size=8';
const PAGE = '/stod';
const SCALE_PAGES = ['/kalender', '/stod', '/sok?q=evenemang'];
const startedAt = Date.now();

const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const ms = (value) => `${value.toFixed(1)} ms`;
const perSecond = (value) => `${Math.round(value).toLocaleString('en')} req/s`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

if (!process.argv.includes('--no-build')) {
  log(`building the web into web/${buildDir}`);
  run('npm', ['run', 'build', '-w', '@stodportalen/web', '--silent'], { WEB_BUILD_DIR: buildDir });
}
if (!fs.existsSync(path.join(cmsDir, 'dist', 'src', 'index.js'))) {
  log('building the CMS server code (cms/dist)');
  run('npm', ['run', 'build', '-w', 'shared']);
  run('npm', ['run', 'build:server', '-w', 'cms']);
}
if (!fs.existsSync(path.join(webDir, buildDir, 'server', 'index.js'))) throw new Error(`no web build in web/${buildDir}`);

const summary = [];
const stops = [];
let cms;
try {
  log('starting Strapi on a temporary SQLite file (seeded)');
  cms = await startCms();
  stops.push(() => cms.stop());

  log(`seeding ${smallEvents} events and ${smallResources} support resources (cms/scripts/seed-volume.js)`);
  await cms.stop();
  for (const line of seedVolume(cms, smallEvents, smallResources)) log(`  ${line.trim()}`);
  await cms.boot();

  const cached = await startWeb({ cms, buildDir, env: { NODE_OPTIONS: webNodeOptions } });
  stops.push(() => cached.stop());
  const uncached = await startWeb({ cms, buildDir, env: { CMS_CACHE_TTL_MS: '0' } });
  stops.push(() => uncached.stop());

  // 3. Uncached pages, small and large volume.
  const scale = {};
  const measureScale = async (label) => {
    for (const page of SCALE_PAGES) {
      await measure({ url: `${uncached.url}${page}`, connections: 1, duration: 3 });
      const result = await measure({ url: `${uncached.url}${page}`, connections: 1, duration });
      scale[page] = { ...scale[page], [label]: result };
      log(`  uncached ${page} (${label}): p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, ${perSecond(result.rps)}, ${result.non2xx} non-2xx`);
    }
  };
  log(`3. uncached pages (CMS_CACHE_TTL_MS=0) with ${smallEvents} events (1 connection, ${duration} s each after 3 s of warm-up)`);
  await measureScale('small');

  log(`seeding up to ${largeEvents} events and ${largeResources} support resources (Strapi stopped meanwhile)`);
  await cms.stop();
  for (const line of seedVolume(cms, largeEvents, largeResources)) log(`  ${line.trim()}`);
  await cms.boot();
  log(`3. uncached pages with ${largeEvents} events`);
  await measureScale('large');

  // 1. Cached portal page against nginx serving the same HTML.
  const html = await (await fetch(`${cached.url}${PAGE}`)).text();
  const nginx = await startNginx(html);
  stops.push(() => nginx.stop());
  const throughput = { connections: 20, workers: 2 };
  log(`1. ${PAGE} cached by the web vs nginx serving the same ${html.length} bytes (20 connections, 2 threads, ${duration} s each)`);
  await measure({ url: `${cached.url}${PAGE}`, ...throughput, duration: 2 });
  const portal = await measure({ url: `${cached.url}${PAGE}`, ...throughput, duration });
  log(`  portal: ${perSecond(portal.rps)}, p50 ${ms(portal.p50)}, p99 ${ms(portal.p99)}, ${portal.non2xx} non-2xx`);
  await measure({ url: nginx.url, ...throughput, duration: 2 });
  const staticFile = await measure({ url: nginx.url, ...throughput, duration });
  log(`  nginx:  ${perSecond(staticFile.rps)}, p50 ${ms(staticFile.p50)}, p99 ${ms(staticFile.p99)}`);
  await nginx.stop();
  stops.pop();

  // 2. The same page against Strapi's REST endpoint for the same data (one page of the directory).
  const rest = `${cms.url}/api/support-resources?locale=sv&sort[0]=level:asc&sort[1]=name:asc&pagination[pageSize]=20&populate[0]=audiences&populate[1]=channels`;
  const authorization = { authorization: `Bearer ${cms.readToken}` };
  const restCheck = await fetch(rest, { headers: authorization });
  if (!restCheck.ok) throw new Error(`Strapi REST answered ${restCheck.status}`);
  log(`2. ${PAGE} cached by the web vs Strapi's REST /api/support-resources (same page of data)`);
  await measure({ url: rest, headers: authorization, ...throughput, duration: 2 });
  const strapi = await measure({ url: rest, headers: authorization, ...throughput, duration });
  log(`  Strapi REST: ${perSecond(strapi.rps)}, p50 ${ms(strapi.p50)}, p99 ${ms(strapi.p99)}, ${strapi.non2xx} non-2xx`);

  // 5. Memory under load: many different pages (every one a new cache entry) on the cached web.
  log(`5. memory: ${duration + 5} s of 20 connections over ${largeEvents} event pages, list pages and search`);
  let n = 0;
  const paths = (i) => {
    const k = i % 4;
    if (k === 0) return `/kalender/volym-evenemang-${String((i % largeEvents) + 1).padStart(6, '0')}`;
    if (k === 1) return `/kalender?sida=${(i % 50) + 1}`;
    if (k === 2) return `/stod?sida=${(i % 50) + 1}`;
    return `/sok?q=evenemang+${i % 500}`;
  };
  const memoryLoad = await measure({
    url: `${cached.url}/`,
    connections: 20,
    duration: duration + 5,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths(n++) }) }],
  });
  const memory = memoryOf(cached.pid);
  const statusList = Object.entries(memoryLoad.statuses).map(([status, count]) => `${count} × ${status}`).join(', ');
  log(`  ${memoryLoad.total} requests (${statusList}; a 503 is a page never seen whose CMS queries took over CMS_TIMEOUT_MS), peak RSS ${memory.peakMb.toFixed(0)} MB, now ${memory.currentMb.toFixed(0)} MB`);

  // 4. JavaScript per route.
  log('4. gzipped JavaScript per route (bench/js-bytes.mjs)');
  const jsBytes = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'js-bytes.mjs'), cached.url], { encoding: 'utf8' });
  process.stdout.write(jsBytes.stdout);
  const largestJs = Math.max(...[...jsBytes.stdout.matchAll(/│\s*(\d+)\s*│\s*(?:true|false)\s*│/g)].map((m) => Number(m[1])));

  const cpu = os.cpus();
  summary.push(
    { figure: `1. cached ${PAGE} vs nginx static`, measured: `${perSecond(portal.rps)} vs ${perSecond(staticFile.rps)}`, ratio: portal.rps / staticFile.rps, goal: '≥ 0.5×', pass: portal.rps / staticFile.rps >= 0.5 },
    { figure: `2. cached ${PAGE} vs Strapi REST`, measured: `${perSecond(portal.rps)} vs ${perSecond(strapi.rps)}`, ratio: portal.rps / strapi.rps, goal: '≥ 5×', pass: portal.rps / strapi.rps >= 5 },
  );
  for (const page of SCALE_PAGES) {
    const { small, large } = scale[page];
    summary.push({
      figure: `3. uncached ${page} p50/p95, ${smallEvents} → ${largeEvents} events`,
      measured: `${ms(small.p50)}/${ms(small.p95)} → ${ms(large.p50)}/${ms(large.p95)}`,
      ratio: large.p95 / small.p95,
      goal: 'p95 ≤ 2×',
      pass: large.p95 / small.p95 <= 2,
    });
  }
  summary.push(
    { figure: '4. gzipped JS, largest route', measured: `${largestJs} bytes`, ratio: NaN, goal: '≤ 20 KB', pass: largestJs <= 20 * 1024 },
    { figure: `5. web peak RSS (whole run; NODE_OPTIONS=${webNodeOptions || 'none'})`, measured: `${memory.peakMb.toFixed(0)} MB`, ratio: NaN, goal: '≤ 200 MB', pass: memory.peakMb <= 200 },
  );
  console.log(`\nSummary (${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}, loopback; load generator on the same machine):`);
  console.table(summary.map((row) => ({ ...row, ratio: Number.isNaN(row.ratio) ? '' : `${row.ratio.toFixed(2)}×` })));
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  cms?.remove();
  log('done');
}
// Let the summary reach a piped stdout before the process ends: wait for the write to flush.
await new Promise((resolve) => process.stdout.write('', resolve));
