#!/usr/bin/env node
// The read model's figures (web/app/read-model/, docs/decisions/021-read-model.md), in one run on
// this machine's loopback, with its own processes:
//   node bench/read-model.mjs [--duration 10] [--events 10000] [--resources 2000] [--no-build]
//                             [--keep-db <file>] [--cold-start-only] [--sync export,graphql] [--starts 1]
// --keep-db keeps the seeded SQLite database in <file> and reuses it on the next run (seeding 10,000
// events takes minutes; the seed adds only what is missing); a database that already holds more than
// 100 events skips the 100-event figures. --cold-start-only measures only the cold start at the
// large volume, --starts times for each way of syncing in --sync (the web's READ_MODEL_SYNC), with
// the CPU time Strapi spent on each.
// Boots Strapi (cms/dist, a temporary SQLite file, seeded) with revalidation to the web, the
// production web with its read model behind a counting proxy, and prints:
//   a. never-seen pages (every request a URL not asked before: not in the page cache), p50/p95,
//      with 100 and with --events events (goal: p50 ≤ 5 ms, p95 ≤ 15 ms), and never-seen searches
//      in the same run (goal: p95 ≤ 20 ms), one connection of wrk each (bench/wrk-never-seen.lua)
//   b. cold start to ready (/readyz 200: the full sync done) with --events events (goal ≤ 10 s)
//   c. the web's peak resident memory under load with --events events and --resources resources
//      (goal ≤ 200 MB)
//   d. publish in the CMS → visible on the web (goal ≤ 5 s)
//   e. CMS requests per 1,000 page views after warm-up (expected 0)
// run-all.mjs can call it (`node bench/read-model.mjs --no-build`) after its own build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWeb as startWebProcess } from '../tests/support/process.mjs';
import { cmsDir, freePort, measure, memoryOf, neverSeenUrl, repoRoot, seedVolume, sleep, startCms, webDir } from './support.mjs';
import { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } from '../web/production-runtime.mjs';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    events: { type: 'string', default: '10000' },
    resources: { type: 'string', default: '2000' },
    'no-build': { type: 'boolean', default: false },
    'keep-db': { type: 'string' },
    'cold-start-only': { type: 'boolean', default: false },
    sync: { type: 'string', default: 'export' },
    starts: { type: 'string', default: '1' },
  },
});
const [duration, largeEvents, largeResources] = [Number(flags.duration), Number(flags.events), Number(flags.resources)];
const [smallEvents, smallResources] = [100, Math.max(1, Math.round(largeResources / 100))];
const syncModes = flags.sync.split(',').filter((mode) => mode === 'export' || mode === 'graphql');
const starts = Math.max(1, Number(flags.starts));
if (syncModes.length === 0) throw new Error('--sync takes export, graphql or both');
const buildDir = process.env.WEB_BUILD_DIR ?? 'build-bench';
const webNodeOptions = process.env.WEB_NODE_OPTIONS ?? WEB_NODE_OPTIONS;
const secret = 'bench-revalidate-secret-0123456789';
const startedAt = Date.now();
const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const ms = (value) => `${value.toFixed(1)} ms`;

/** Builds what is missing (the web into web/<buildDir> unless --no-build; cms/dist when absent). */
function build() {
  const npm = (args, env = {}) => {
    if (spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } }).status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
  };
  if (!flags['no-build']) npm(['run', 'build', '-w', '@stodportalen/web', '--silent'], { WEB_BUILD_DIR: buildDir });
  if (!fs.existsSync(path.join(cmsDir, 'dist', 'src', 'index.js'))) {
    npm(['run', 'build', '-w', 'shared']);
    npm(['run', 'build:server', '-w', 'cms']);
  }
  if (!fs.existsSync(path.join(webDir, buildDir, 'server', 'index.js'))) throw new Error(`no web build in web/${buildDir}`);
}

/** A loopback proxy in front of Strapi that counts the requests the web makes. */
async function countingProxy(target) {
  const port = await freePort();
  const counter = { url: `http://127.0.0.1:${port}`, requests: 0, close: () => new Promise((resolve) => server.close(resolve)) };
  const server = http.createServer((req, res) => {
    counter.requests += 1;
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return counter;
}

async function waitReady(web, limitMs = 600_000) {
  const began = Date.now();
  while (Date.now() - began < limitMs) {
    const status = await fetch(`${web.url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(50);
  }
  throw new Error(`the web was not ready within ${limitMs} ms:\n${web.log().slice(-3000)}`);
}

/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts the web and times it from the spawn to /readyz 200 (the full sync), with Strapi's CPU for it. */
async function startTimed(cms, port, sync = syncModes[0]) {
  const began = Date.now();
  const cmsCpu = cpuSeconds(cms.pid());
  const web = await startWebProcess({
    cmsUrl: cms.proxy.url,
    readToken: cms.readToken,
    port,
    env: { ...WEB_RUNTIME_ENV, WEB_BUILD_DIR: buildDir, NODE_OPTIONS: webNodeOptions, REVALIDATE_SECRET: secret, READ_MODEL_CHECK_MS: '10000', READ_MODEL_SYNC: sync },
  });
  const healthMs = Date.now() - began;
  await waitReady(web);
  return { web, readyMs: Date.now() - began, healthMs, cmsCpuS: cpuSeconds(cms.pid()) - cmsCpu, webCpuS: cpuSeconds(web.pid), load: os.loadavg()[0] };
}

/** Where the numbers of never-seen URLs start, so that no run asks for a URL an earlier one did. */
let firstNumber = 1_000_000;

/**
 * Never-seen pages and searches, one connection each, driven by wrk (bench/wrk-never-seen.lua: a
 * JavaScript client on the same two cores added its own half millisecond), with the Accept-Encoding
 * of a browser (br): the compression of each new page counts.
 */
async function measureNeverSeen(web, events, resources, label) {
  // Warm-up (JIT), not counted.
  for (let i = 0; i < 50; i += 1) await (await fetch(`${web.url}${neverSeenUrl(events, resources)}`)).arrayBuffer();
  const run = async (mode) => {
    firstNumber += 1_000_000;
    return measure({
      url: `${web.url}/`,
      connections: 1,
      duration,
      headers: { 'Accept-Encoding': 'br, gzip' },
      script: 'wrk-never-seen.lua',
      args: [mode, String(events), String(resources), String(firstNumber)],
      serverPid: web.pid,
    });
  };
  const pages = await run('pages');
  const search = await run('search');
  const result = { pages, search };
  /** @type {[string, typeof pages][]} */
  const rows = [
    ['pages (event pages in both languages, lists, archive)', pages],
    ['searches ("evenemang <n>": a word in every event and a rare one)', search],
  ];
  for (const [name, r] of rows) {
    log(
      `  never-seen ${name}, ${label}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}; ${r.total} requests (${r.non2xx} not 2xx/3xx, ${r.errors} errors); CPU: wrk ${(r.wrkCpuShare * 100).toFixed(0)} % of a core, the web ${(r.serverCpuShare * 100).toFixed(0)} %`,
    );
  }
  if (pages.non2xx + search.non2xx + pages.errors + search.errors > 0) throw new Error('never-seen pages answered with errors');
  return result;
}

/** The table rows of measureNeverSeen's result. */
function neverSeenFigures(result, at) {
  return [
    ['never-seen page p50 / p95 (wrk, 1 connection)', at, `${ms(result.pages.p50)} / ${ms(result.pages.p95)}`, 'p50 ≤ 5 ms, p95 ≤ 15 ms'],
    ['never-seen search p50 / p95 (wrk, 1 connection)', at, `${ms(result.search.p50)} / ${ms(result.search.p95)}`, 'p95 ≤ 20 ms'],
  ];
}

async function adminSession(url) {
  const credentials = { email: 'bench@example.invalid', password: 'Benchlosenord-123', firstname: 'Bench', lastname: 'Redaktör' };
  let response = await fetch(`${url}/admin/register-admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  if (response.status !== 200 && response.status !== 201) {
    response = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: credentials.email, password: credentials.password }) });
  }
  if (!response.ok) throw new Error(`admin login failed: ${response.status}`);
  const { data } = await response.json();
  return (method, requestPath, body) =>
    fetch(`${url}${requestPath}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` }, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function publishToVisible(cms, web) {
  const admin = await adminSession(cms.url);
  const samples = [];
  for (let i = 0; i < 3; i += 1) {
    const stamp = `${Date.now()}-${i}`;
    const title = `Bench publicering ${stamp}`;
    const slug = `bench-publicering-${stamp}`;
    const created = await admin('POST', '/content-manager/collection-types/api::event.event?locale=sv', { title, slug, kind: 'lecture', startsAt: new Date(Date.now() + 86_400_000).toISOString() });
    const { data } = await created.json();
    const began = Date.now();
    await admin('POST', `/content-manager/collection-types/api::event.event/${data.documentId}/actions/publish?locale=sv`, {});
    let seen = Number.POSITIVE_INFINITY;
    while (Date.now() - began < 10_000) {
      const page = await fetch(`${web.url}/kalender/${slug}`);
      if (page.status === 200 && (await page.text()).includes(title)) {
        seen = Date.now() - began;
        break;
      }
      await sleep(20);
    }
    samples.push(seen);
  }
  return samples;
}

log('building what is missing');
build();

const stops = [];
const figures = [];
try {
  const webPort = await freePort();
  const keptDb = flags['keep-db'];
  const reused = keptDb !== undefined && fs.existsSync(keptDb);
  log(keptDb ? `starting Strapi on ${keptDb} (${reused ? 'reused' : 'new, kept'}), telling the web of each publish` : 'starting Strapi on a temporary SQLite file (seeded), telling the web of each publish');
  const cms = await startCms({ databaseFilename: keptDb });
  if (!keptDb) stops.push(() => cms.remove());
  stops.push(() => cms.stop());
  cms.env.WEB_REVALIDATE_URLS = `http://127.0.0.1:${webPort}/api/revalidate`;
  cms.env.REVALIDATE_SECRET = secret;
  await cms.stop();
  let web;
  if (flags['cold-start-only'] || reused) {
    log(reused ? `the kept database is reused: the ${smallEvents}-event figures are skipped` : 'cold start only');
  } else {
    for (const line of seedVolume(cms, smallEvents, smallResources)) log(`  ${line.trim()}`);
    await cms.boot();
    cms.proxy = await countingProxy(cms.url);
    let readyMs;
    ({ web, readyMs } = await startTimed(cms, webPort));
    log(`a. ${smallEvents} events: cold start to ready ${readyMs} ms`);
    figures.push(['cold start to ready', `${smallEvents} events`, `${readyMs} ms`, '']);
    const small = await measureNeverSeen(web, smallEvents, smallResources, `${smallEvents} events`);
    figures.push(...neverSeenFigures(small, `${smallEvents} events`));
    await web.stop();
    await cms.proxy.close();
    await cms.stop();
  }

  log(`seeding up to ${largeEvents} events and ${largeResources} support resources (web and Strapi stopped)`);
  for (const line of seedVolume(cms, largeEvents, largeResources)) log(`  ${line.trim()}`);
  await cms.boot();
  cms.proxy = await countingProxy(cms.url);
  stops.push(() => cms.proxy.close());
  const coldStarts = [];
  for (const sync of syncModes) {
    for (let i = 0; i < starts; i += 1) {
      const timed = await startTimed(cms, webPort, sync);
      log(
        `b. ${largeEvents} events: cold start to ready ${timed.readyMs} ms (the process answered /healthz after ${timed.healthMs} ms; sync through ${sync}; CPU: Strapi ${timed.cmsCpuS.toFixed(1)} s, the web ${timed.webCpuS.toFixed(1)} s from its spawn; load ${timed.load.toFixed(1)})`,
      );
      coldStarts.push({ sync, ...timed });
      if (!(sync === syncModes.at(-1) && i === starts - 1)) await timed.web.stop();
    }
  }
  for (const sync of syncModes) {
    const runs = coldStarts.filter((run) => run.sync === sync);
    figures.push([`cold start to ready (${sync})`, `${largeEvents} events`, runs.map((run) => `${run.readyMs} ms`).join(', '), '≤ 10 s']);
    figures.push([`Strapi's CPU for it (${sync})`, `${largeEvents} events`, runs.map((run) => `${run.cmsCpuS.toFixed(1)} s`).join(', '), '']);
    figures.push([`the web's CPU from spawn to ready (${sync})`, `${largeEvents} events`, runs.map((run) => `${run.webCpuS.toFixed(1)} s`).join(', '), '']);
  }
  web = coldStarts.at(-1).web;
  stops.push(() => web.stop());

  if (!flags['cold-start-only']) await figuresUnderLoad(cms, web);
  console.log('\nread model figures');
  console.table(figures.map(([figure, at, value, goal]) => ({ figure, at, value, goal })));
} finally {
  for (const stop of stops.reverse()) await Promise.resolve().then(stop).catch(() => {});
}

/** c, d, e and the never-seen pages at the large volume. */
async function figuresUnderLoad(cms, web) {
  const large = await measureNeverSeen(web, largeEvents, largeResources, `${largeEvents} events`);
  figures.push(...neverSeenFigures(large, `${largeEvents} events`));

  log(`c. memory: ${duration} s of 20 connections over never-seen pages`);
  const load = await measure({ url: `${web.url}/`, connections: 20, duration, script: 'wrk-paths.lua', args: [String(largeEvents)], serverPid: web.pid });
  const memory = memoryOf(web.pid);
  log(`  ${load.total} requests (${load.non2xx} not 2xx/3xx, ${load.errors} errors), p50 ${ms(load.p50)}, peak RSS ${memory.peakMb.toFixed(0)} MB, now ${memory.currentMb.toFixed(0)} MB`);
  figures.push(['web peak RSS under load', `${largeEvents} events + ${largeResources} resources`, `${memory.peakMb.toFixed(0)} MB`, '≤ 200 MB']);

  log('e. CMS requests per 1,000 page views after warm-up');
  const before = cms.proxy.requests;
  for (let i = 0; i < 1000; i += 1) await (await fetch(`${web.url}${neverSeenUrl(largeEvents, largeResources)}`)).arrayBuffer();
  const perThousand = cms.proxy.requests - before;
  log(`  ${perThousand} CMS requests during 1,000 never-seen page views (the consistency check every 10 s included)`);
  figures.push(['CMS requests per 1,000 page views', 'after warm-up', String(perThousand), 'expected 0 (plus the periodic check)']);

  log('d. publish → visible on the web');
  const visible = await publishToVisible(cms, web);
  log(`  ${visible.map((v) => `${v} ms`).join(', ')}`);
  figures.push(['publish → visible', `${largeEvents} events`, `${Math.max(...visible)} ms (max of ${visible.length})`, '≤ 5 s']);
}
