#!/usr/bin/env node
// Every benchmark in one run, on this machine's loopback, with its own processes:
//   node bench/run-all.mjs [--duration 10] [--rounds 3] [--events 10000] [--resources 2000] [--no-build]
//                          [--only throughput,cms,rest,scale,memory,js,readmodel]
// Boots Strapi (cms/dist, a temporary SQLite file, seeded), the production web twice (cached, and
// with CMS_CACHE_TTL_MS=0), Debian's nginx serving the same HTML as a static file, a bare Node http
// server answering those bytes from memory, and nginx with proxy/nginx.conf in front of the cached
// web (the compose proxy), then prints:
//   1. a cached portal page against nginx static, with bare Node (Node's ceiling) and the compose
//      proxy's cache hit in the same run, each as a ratio to nginx (goal: the web ≥ 0.5×)
//   2. the same portal page against Strapi's REST endpoint for the same data (goal ≥ 5×)
//   3. uncached pages' p50/p95 with 100 and with 10 000 events (goal: p95 ratio ≤ 2)
//   4. gzipped JavaScript per route (bench/js-bytes.mjs; goal ≤ 20 KB)
//   5. the cached web's peak resident memory over the whole run (goal ≤ 200 MB)
//   6. CMS requests per 1 000 page views after warm-up
//   7. the read model's figures (bench/read-model.mjs, after the others stopped: its own Strapi and
//      web): never-seen pages and searches, cold start, memory under load, publish → visible
// The load generator is Debian's wrk (/usr/bin/wrk): one thread of it drives nginx at over 100 000
// req/s here, where autocannon stopped near 33 000 and so measured itself. Each throughput run uses
// wrk -t1 -c20; the targets take turns for --rounds rounds and the median counts, so the load of
// other processes on the machine falls on all of them alike. wrk's own CPU share is printed: a
// generator that used its whole core would be the bottleneck. Latency runs of uncached pages use one
// connection.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cmsDir, measure, memoryOf, numberOption, option, repoRoot, seedVolume, sleep, startBareNode, startCms, startCmsCounter, startComposeProxy, startNginx, startWeb, webDir } from './support.mjs';
import { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } from '../web/production-runtime.mjs';

const duration = numberOption('duration', 10);
const rounds = numberOption('rounds', 3);
const only = new Set(option('only', 'throughput,cms,rest,scale,memory,js,readmodel').split(','));
const largeEvents = numberOption('events', 10_000);
const largeResources = numberOption('resources', 2_000);
const smallEvents = 100;
const smallResources = Math.max(1, Math.round(largeResources / 100));
const buildDir = process.env.WEB_BUILD_DIR ?? 'build-bench';
// The web's production settings (web/production-runtime.mjs); WEB_NODE_OPTIONS tries others.
const webNodeOptions = process.env.WEB_NODE_OPTIONS ?? WEB_NODE_OPTIONS;
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
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (share) => (Number.isNaN(share) ? 'n/a' : `${Math.round(share * 100)} %`);
const microseconds = (seconds) => (Number.isFinite(seconds) ? `${(seconds * 1e6).toFixed(1)} µs` : 'n/a');
let cms;
try {
  log('starting Strapi on a temporary SQLite file (seeded)');
  cms = await startCms();
  stops.push(() => cms.stop());

  log(`seeding ${smallEvents} events and ${smallResources} support resources (cms/scripts/seed-volume.js)`);
  await cms.stop();
  for (const line of seedVolume(cms, smallEvents, smallResources)) log(`  ${line.trim()}`);
  await cms.boot();

  // The cached web asks the CMS through a counter (6. CMS requests per 1 000 page views).
  const counter = await startCmsCounter(cms.url);
  stops.push(() => counter.stop());
  const cached = await startWeb({ cms: { ...cms, url: counter.url }, buildDir, env: { ...WEB_RUNTIME_ENV, NODE_OPTIONS: webNodeOptions } });
  stops.push(() => cached.stop());
  // The same web with its access log on (ACCESS_LOG=on), for what a line per hit costs.
  const logged = only.has('throughput') ? await startWeb({ cms: { ...cms, url: counter.url }, buildDir, env: { ...WEB_RUNTIME_ENV, NODE_OPTIONS: webNodeOptions, ACCESS_LOG: 'on' } }) : undefined;
  if (logged) stops.push(() => logged.stop());
  const uncached = only.has('scale') ? await startWeb({ cms, buildDir, env: { CMS_CACHE_TTL_MS: '0' } }) : undefined;
  if (uncached) stops.push(() => uncached.stop());

  // 1. Cached portal page against nginx static, bare Node and the compose proxy, in turns.
  if (only.has('throughput')) {
    // The page as the cache keeps it: a 200 served from the page cache (Age), on each web. (Under
    // load a first render can miss CMS_TIMEOUT_MS and answer 503, which is not kept.)
    const cachedHit = async (web) => {
      for (let attempt = 1; attempt <= 20; attempt += 1) {
        const response = await fetch(`${web.url}${PAGE}`);
        const text = await response.text();
        if (response.status === 200 && response.headers.get('age') !== null) return text;
        await sleep(500);
      }
      throw new Error(`${web.url}${PAGE} was not served from the page cache after 20 attempts`);
    };
    const html = await cachedHit(cached);
    if (logged) await cachedHit(logged);
    const bytes = Buffer.byteLength(html);
    const nginx = await startNginx(html);
    stops.push(nginx.stop);
    const bare = await startBareNode(html);
    stops.push(bare.stop);
    const proxy = await startComposeProxy(Number(new URL(cached.url).port));
    stops.push(proxy.stop);
    // The proxy keeps the page after its first answer (X-Cache-Status: HIT from then on; it micro-caches,
    // so past its second a copy is STALE or UPDATING while one request refreshes it: still from the cache).
    await fetch(`${proxy.url}${PAGE}`).then((response) => response.arrayBuffer());
    const proxyStatus = (await fetch(`${proxy.url}${PAGE}`)).headers.get('x-cache-status');
    if (!['HIT', 'STALE', 'UPDATING'].includes(proxyStatus ?? '')) throw new Error(`the compose proxy answered ${PAGE} with X-Cache-Status ${proxyStatus}, not from its cache`);

    const targets = [
      { key: 'nginx', label: 'nginx static file', url: nginx.url, pid: nginx.pid },
      { key: 'bare', label: 'bare Node http (from memory)', url: bare.url, pid: bare.pid },
      { key: 'web', label: `web page-cache hit ${PAGE}`, url: `${cached.url}${PAGE}`, pid: cached.pid },
      { key: 'webLogged', label: `web hit ${PAGE}, ACCESS_LOG=on`, url: `${logged?.url}${PAGE}`, pid: logged?.pid },
      { key: 'webBr', label: `web hit ${PAGE}, Accept-Encoding: br`, url: `${cached.url}${PAGE}`, pid: cached.pid, headers: { 'accept-encoding': 'br' } },
      { key: 'proxy', label: `compose proxy HIT ${PAGE} (proxy/nginx.conf)`, url: `${proxy.url}${PAGE}`, pid: proxy.pid },
    ];
    log(`1. ${PAGE} (${bytes} bytes): wrk -t1 -c20, ${duration} s per run, ${rounds} rounds in turns (after 2 s of warm-up each)`);
    for (const target of targets) await measure({ url: target.url, headers: target.headers, duration: 2 });
    const results = Object.fromEntries(targets.map((target) => [target.key, []]));
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of targets) {
        const result = await measure({ url: target.url, headers: target.headers, duration, serverPid: target.pid });
        results[target.key].push(result);
        log(`  round ${round} ${target.label.padEnd(44)} ${perSecond(result.rps).padStart(14)}  p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, ${result.non2xx + result.errors} failed, ${Math.round(result.bytesPerRequest)} B/response; CPU: wrk ${percent(result.wrkCpuShare)} of a core, server ${percent(result.serverCpuShare)} (${microseconds(result.serverCpuShare / result.rps)} per response)`);
      }
    }
    const rps = Object.fromEntries(targets.map((target) => [target.key, median(results[target.key].map((r) => r.rps))]));
    const wrkCpu = median(results.nginx.map((r) => r.wrkCpuShare));
    log(`  the generator: against nginx wrk reached ${perSecond(rps.nginx)} using ${percent(wrkCpu)} of one core (the web's hit: wrk ${percent(median(results.web.map((r) => r.wrkCpuShare)))}, the web ${percent(median(results.web.map((r) => r.serverCpuShare)))})`);
    // The server's CPU time per response (all its threads; nginx: its workers): what a response costs
    // when the cores are shared, where the rate also depends on how much of a core the server got.
    const cpuPerResponse = Object.fromEntries(targets.map((target) => [target.key, median(results[target.key].map((r) => r.serverCpuShare / r.rps))]));
    log(`  server CPU per response (median): ${targets.map((target) => `${target.key} ${microseconds(cpuPerResponse[target.key])}`).join(', ')}`);
    for (const target of targets) {
      const ratio = rps[target.key] / rps.nginx;
      const isWeb = target.key === 'web';
      summary.push({ figure: `1. ${target.label}`, measured: `${perSecond(rps[target.key])} (${microseconds(cpuPerResponse[target.key])} CPU)`, ratio, goal: isWeb ? '≥ 0.5× nginx' : '', pass: isWeb ? ratio >= 0.5 : '' });
    }
    summary.push({ figure: '1. wrk CPU against nginx (generator check)', measured: `${percent(wrkCpu)} of a core`, ratio: NaN, goal: '< 100 %', pass: wrkCpu < 0.95 });
    for (const stop of [proxy.stop, bare.stop, nginx.stop]) {
      await stop();
      stops.splice(stops.indexOf(stop), 1);
    }
    // 2. The same page against Strapi's REST endpoint for the same data (one page of the directory).
    if (only.has('rest')) {
      const rest = `${cms.url}/api/support-resources?locale=sv&sort[0]=level:asc&sort[1]=name:asc&pagination[pageSize]=20&populate[0]=audiences&populate[1]=channels`;
      const authorization = { authorization: `Bearer ${cms.readToken}` };
      const restCheck = await fetch(rest, { headers: authorization });
      if (!restCheck.ok) throw new Error(`Strapi REST answered ${restCheck.status}`);
      log(`2. ${PAGE} cached by the web vs Strapi's REST /api/support-resources (same page of data)`);
      await measure({ url: rest, headers: authorization, duration: 2 });
      const strapi = await measure({ url: rest, headers: authorization, duration });
      log(`  Strapi REST: ${perSecond(strapi.rps)}, p50 ${ms(strapi.p50)}, p99 ${ms(strapi.p99)}, ${strapi.non2xx} non-2xx`);
      summary.push({ figure: `2. cached ${PAGE} vs Strapi REST`, measured: `${perSecond(rps.web)} vs ${perSecond(strapi.rps)}`, ratio: rps.web / strapi.rps, goal: '≥ 5×', pass: rps.web / strapi.rps >= 5 });
    }
  }

  // 6. CMS requests per 1 000 page views, after every page was seen once (warm-up).
  if (only.has('cms')) {
    const views = [
      '/', '/stod', '/kalender', '/handlingsplan', '/sok?q=evenemang', '/en', '/en/stod', '/en/kalender',
      ...Array.from({ length: 12 }, (_, i) => `/kalender/volym-evenemang-${String(i + 1).padStart(6, '0')}`),
    ];
    for (const view of views) await fetch(`${cached.url}${view}`).then((r) => r.arrayBuffer());
    counter.reset();
    const statuses = {};
    let next = 0;
    const viewer = async () => {
      while (next < 1000) {
        const view = views[next++ % views.length];
        const response = await fetch(`${cached.url}${view}`);
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: 10 }, viewer));
    const cmsRequests = counter.count();
    const statusList = Object.entries(statuses).map(([status, count]) => `${count} × ${status}`).join(', ');
    log(`6. 1 000 page views over ${views.length} pages seen before (${statusList}): ${cmsRequests} CMS requests`);
    summary.push({ figure: '6. CMS requests per 1 000 page views (after warm-up)', measured: String(cmsRequests), ratio: NaN, goal: 'report (0 with the read model)', pass: '' });
  }

  // 3. Uncached pages, small and large volume.
  if (uncached) {
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
  }

  // 5. Memory under load: many different pages (every one a new cache entry) on the cached web.
  if (only.has('memory')) {
    log(`5. memory: ${duration + 5} s of 20 connections over ${largeEvents} event pages, list pages and search`);
    const memoryLoad = await measure({ url: `${cached.url}/`, duration: duration + 5, script: 'wrk-paths.lua', args: [String(largeEvents)] });
    const memory = memoryOf(cached.pid);
    log(`  ${memoryLoad.total} requests (${memoryLoad.non2xx} non-2xx: a 503 is a page never seen whose CMS queries took over CMS_TIMEOUT_MS), peak RSS ${memory.peakMb.toFixed(0)} MB, now ${memory.currentMb.toFixed(0)} MB`);
    summary.push({ figure: `5. web peak RSS (whole run; NODE_OPTIONS=${webNodeOptions || 'none'})`, measured: `${memory.peakMb.toFixed(0)} MB`, ratio: NaN, goal: '≤ 200 MB', pass: memory.peakMb <= 200 });
  }

  // 4. JavaScript per route.
  if (only.has('js')) {
    log('4. gzipped JavaScript per route (bench/js-bytes.mjs)');
    const jsBytes = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'js-bytes.mjs'), cached.url], { encoding: 'utf8' });
    process.stdout.write(jsBytes.stdout);
    const largestJs = Math.max(...[...jsBytes.stdout.matchAll(/│\s*(\d+)\s*│\s*(?:true|false)\s*│/g)].map((m) => Number(m[1])));
    summary.push({ figure: '4. gzipped JS, largest route', measured: `${largestJs} bytes`, ratio: NaN, goal: '≤ 20 KB', pass: largestJs <= 20 * 1024 });
  }

  const cpu = os.cpus();
  console.log(`\nSummary (${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}, loopback; wrk on the same machine):`);
  console.table(summary.map((row) => ({ ...row, ratio: Number.isNaN(row.ratio) ? '' : `${row.ratio.toFixed(2)}×` })));
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  cms?.remove();
  log('done');
}

// 7. The read model's figures, with processes of its own once the others have stopped.
if (only.has('readmodel')) {
  log('7. the read model (bench/read-model.mjs)');
  const args = ['--no-build', '--duration', String(duration), '--events', String(largeEvents), '--resources', String(largeResources)];
  const readModel = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'read-model.mjs'), ...args], { stdio: 'inherit', env: { ...process.env, WEB_BUILD_DIR: buildDir } });
  if (readModel.status !== 0) process.exitCode = 1;
}
// Let the summary reach a piped stdout before the process ends: wait for the write to flush.
await new Promise((resolve) => process.stdout.write('', resolve));
