#!/usr/bin/env node
// The site search's figures (issue 14), on this machine's loopback with its own processes:
//   node bench/search.mjs [--duration 10] [--events 10000] [--resources 2000]
// Needs the builds (`npm run build`; the web in web/build or WEB_BUILD_DIR) and
// Debian's wrk (/usr/bin/wrk). Boots Strapi (cms/dist, temporary SQLite,
// seeded with demo content) and the production web, then prints:
//   1. quality: bench/search-queries.json, expected pages in the top 3 (goal 100 %)
//   2. search p50/p95 uncached, one connection, at 100 events and at --events (goal p95 ≤ 20 ms,
//      ≤ 2× growth), and requests per second with 10 connections (the substring search: ~23)
//   3. index build time (from the web's log) and the web's resident memory with the index
// Publish-to-searchable is measured by tests/integration/search-quality.test.ts (it needs an admin).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measure, memoryOf, numberOption, repoRoot, seedVolume, sleep, startCms, startWeb, webDir } from './support.mjs';
import { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } from '../web/production-runtime.mjs';

const duration = numberOption('duration', 10);
const largeEvents = numberOption('events', 10_000);
const largeResources = numberOption('resources', 2_000);
const buildDir = process.env.WEB_BUILD_DIR ?? 'build';
if (!fs.existsSync(path.join(webDir, buildDir, 'server', 'index.js'))) throw new Error(`no web build in web/${buildDir}: npm run build`);
/** The web as in production (web/Dockerfile): a 160 MB old space. */
const webEnv = { ...WEB_RUNTIME_ENV, NODE_OPTIONS: process.env.WEB_NODE_OPTIONS ?? WEB_NODE_OPTIONS };
const queries = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench', 'search-queries.json'), 'utf8')).queries;
const startedAt = Date.now();
const log = (message) => console.log(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/**
 * Waits until the web's log says the index was built; returns the build time and the heap it
 * reports (v8.getHeapStatistics() right after the build: read model and index together).
 */
async function indexBuilt(web, minimumDocuments = 1) {
  for (let i = 0; i < 2400; i += 1) {
    const lines = web.log().split('\n').filter((line) => line.includes('[search] index:'));
    const last = lines.at(-1);
    const match = last ? /index: (\d+) documents .* in (\d+) ms; heap (\d+) MB used of (\d+) MB/.exec(last) : null;
    if (match && Number(match[1]) >= minimumDocuments) {
      return { documents: Number(match[1]), buildMs: Number(match[2]), heapMb: Number(match[3]), heapLimitMb: Number(match[4]) };
    }
    await sleep(250);
  }
  throw new Error(`the index was not built:\n${web.log().slice(-2000)}`);
}

async function quality(web) {
  let passed = 0;
  const failures = [];
  for (const q of queries) {
    const html = await (await fetch(`${web.url}${q.locale === 'en' ? '/en' : ''}/sok?q=${encodeURIComponent(q.query)}`)).text();
    const list = /<section aria-labelledby="sok-traffar"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const top = [...list.matchAll(/<h3[^>]*><a[^>]*href="([^"]+)"/g)].slice(0, 3).map((m) => m[1].replace(/&amp;/g, '&').replace(/^\/en(?=\/|$)/, ''));
    if (q.expected.every((url) => top.includes(url))) passed += 1;
    else failures.push(`${q.locale} "${q.query}": ${top.join(', ') || 'nothing'}`);
  }
  return { passed, total: queries.length, failures };
}

/** Every query of the set in turn (different queries: nothing is served from a cache), for wrk-list.lua. */
const queryList = path.join(os.tmpdir(), `search-queries-${process.pid}.txt`);
fs.writeFileSync(queryList, queries.map((q) => `${q.locale === 'en' ? '/en' : ''}/sok?q=${encodeURIComponent(q.query)}`).join('\n'));

async function speed(web) {
  const latency = await measure({ url: `${web.url}/sok`, connections: 1, duration, script: 'wrk-list.lua', args: [queryList] });
  const throughput = await measure({ url: `${web.url}/sok`, connections: 10, duration, script: 'wrk-list.lua', args: [queryList] });
  return { p50: latency.p50, p95: latency.p95, rps: throughput.rps, errors: latency.errors + throughput.errors + latency.non2xx + throughput.non2xx };
}

const results = {};
const cms = await startCms();
try {
  log('small: seeded content plus 100 events');
  await cms.stop();
  seedVolume(cms, 100, 20);
  await cms.boot();
  let web = await startWeb({ cms, buildDir, env: webEnv });
  results.small = { ...(await indexBuilt(web)) };
  results.small.quality = await quality(web);
  Object.assign(results.small, await speed(web), { memory: memoryOf(web.pid) });
  log(`small: ${JSON.stringify({ ...results.small, quality: `${results.small.quality.passed}/${results.small.quality.total}` })}`);
  await web.stop();

  log(`large: ${largeEvents} events and ${largeResources} resources`);
  await cms.stop();
  seedVolume(cms, largeEvents, largeResources);
  await cms.boot();
  web = await startWeb({ cms, buildDir, env: webEnv });
  results.large = { ...(await indexBuilt(web, largeEvents)) };
  results.large.quality = await quality(web);
  Object.assign(results.large, await speed(web), { memory: memoryOf(web.pid) });
  log(`large: ${JSON.stringify({ ...results.large, quality: `${results.large.quality.passed}/${results.large.quality.total}` })}`);
  await web.stop();
} finally {
  await cms.stop();
  cms.remove();
}

const row = (name, r) =>
  `| ${name} | ${r.documents} | ${r.quality.passed}/${r.quality.total} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${Math.round(r.rps)} | ${r.buildMs} | ${r.heapMb} / ${r.heapLimitMb} | ${r.memory.currentMb.toFixed(0)} / ${r.memory.peakMb.toFixed(0)} | ${r.errors} |`;
console.log(`\nweb NODE_OPTIONS: ${webEnv.NODE_OPTIONS}`);
console.log('| content | documents indexed | quality (top 3) | p50 ms | p95 ms | req/s | index build ms | heap after build MB / limit | web RSS MB after load / peak | errors |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(row('seed + 100 events', results.small));
console.log(row(`seed + ${largeEvents} events, ${largeResources} resources`, results.large));
console.log(`\np95 growth: ${(results.large.p95 / results.small.p95).toFixed(2)}×`);
for (const failure of [...results.small.quality.failures, ...results.large.quality.failures]) console.log(`quality miss: ${failure}`);
