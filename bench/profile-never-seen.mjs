#!/usr/bin/env node
// Where a never-seen page's time goes at volume: the production web (heap capped as in
// web/Dockerfile) with --cpu-prof, one connection over never-seen URLs (as bench/read-model.mjs
// asks them), then the functions with the most self time and the heap. Reuses a seeded database
// with BENCH_DB_DIR (bench/support.mjs seedVolume).
//   BENCH_DB_DIR=/tmp/bench-db [WEB_BUILD_DIRS=build-a,build-b] node bench/profile-never-seen.mjs [--events 10000] [--resources 2000] [--duration 20] [--no-profile] [--trace-gc]
// --trace-gc also counts the mark-compacts (full garbage collections) while the never-seen pages are asked.
// --wrk asks the never-seen pages (not searches) with wrk, one connection, as bench/read-model.mjs
// does, instead of one fetch after another: the client's own time is then out of the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWeb } from '../tests/support/process.mjs';
import { measure, memoryOf, neverSeenUrl, percentile, seedVolume, startCms } from './support.mjs';
import { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } from '../web/production-runtime.mjs';

const { values: flags } = parseArgs({
  options: { events: { type: 'string', default: '10000' }, resources: { type: 'string', default: '2000' }, duration: { type: 'string', default: '20' }, 'no-profile': { type: 'boolean', default: false }, 'trace-gc': { type: 'boolean', default: false }, wrk: { type: 'boolean', default: false } },
});
const [events, resources, duration] = [Number(flags.events), Number(flags.resources), Number(flags.duration)];
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-cpu-prof-'));
const nodeOptions = process.env.WEB_NODE_OPTIONS ?? WEB_NODE_OPTIONS;
const nodeArgs = [...(flags['no-profile'] ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]), ...(flags['trace-gc'] ? ['--trace-gc'] : [])];
const markCompacts = (log) => log.split('\n').filter((line) => line.includes('Mark-Compact')).length;

const cms = await startCms();
try {
  await cms.stop();
  for (const line of seedVolume(cms, events, resources)) console.log(line.trim());
  await cms.boot();
  // WEB_BUILD_DIRS=a,b,a,b compares builds on the same CMS, one after the other (a busy machine's load varies).
  for (const buildDir of (process.env.WEB_BUILD_DIRS ?? process.env.WEB_BUILD_DIR ?? 'build-bench').split(',')) {
    console.log(`web/${buildDir}`);
    const began = Date.now();
    const web = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, nodeArgs, env: { ...WEB_RUNTIME_ENV, WEB_BUILD_DIR: buildDir, NODE_OPTIONS: nodeOptions } });
    // The first sync at volume is the CMS's CPU (docs/decisions/021-read-model.md): minutes on a busy machine.
    while ((await fetch(`${web.url}/readyz`).catch(() => ({ status: 0 }))).status !== 200) {
      if (Date.now() - began > 900_000) throw new Error(`the web was not ready within 15 minutes:\n${web.log().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`ready in ${Date.now() - began} ms`);
    // Let the search index build (it follows the first load).
    for (let i = 0; i < 600 && !web.log().includes('[search] index:'); i += 1) await new Promise((r) => setTimeout(r, 100));
    const perKind = new Map();
    for (let i = 0; i < 60; i += 1) await (await fetch(`${web.url}${neverSeenUrl(events, resources)}`)).arrayBuffer();
    const all = [];
    const compactsBefore = markCompacts(web.log());
    if (flags.wrk) {
      const r = await measure({
        url: `${web.url}/`,
        connections: 1,
        duration,
        headers: { 'Accept-Encoding': 'br, gzip' },
        script: 'wrk-never-seen.lua',
        args: ['pages', String(events), String(resources), String(Date.now() % 1e9)],
        serverPid: web.pid,
      });
      const compacts = flags['trace-gc'] ? `; ${markCompacts(web.log()) - compactsBefore} mark-compacts` : '';
      console.log(`never-seen pages (wrk): p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.total} requests (${r.non2xx} not 2xx/3xx); RSS peak ${memoryOf(web.pid).peakMb.toFixed(0)} MB${compacts}`);
      await web.stop();
      continue;
    }
    const end = Date.now() + duration * 1000;
    while (Date.now() < end) {
      const url = neverSeenUrl(events, resources);
      const t0 = performance.now();
      const response = await fetch(`${web.url}${url}`);
      await response.arrayBuffer();
      const took = performance.now() - t0;
      all.push(took);
      const kind = url.replace(/\?.*|volym-evenemang-\d+/g, '');
      if (!perKind.has(kind)) perKind.set(kind, []);
      perKind.get(kind).push(took);
      if (response.status !== 200) console.log(`${response.status} ${url}`);
    }
    const compacts = flags['trace-gc'] ? `; ${markCompacts(web.log()) - compactsBefore} mark-compacts` : '';
    console.log(`never-seen: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, ${all.length} requests; RSS peak ${memoryOf(web.pid).peakMb.toFixed(0)} MB${compacts}`);
    for (const [kind, list] of perKind) console.log(`  ${kind}: p50 ${percentile(list, 50).toFixed(1)} / p95 ${percentile(list, 95).toFixed(1)} ms (${list.length})`);
    console.log(web.log().split('\n').filter((line) => /\[search\] index|\[read-model\] loaded/.test(line)).join('\n'));
    await web.stop();
  }
} finally {
  await cms.stop();
  cms.remove();
}

if (!flags['no-profile']) {
  const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, micros] of dt) {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + micros);
    total += micros;
  }
  console.log(`profile: ${path.join(profileDir, file)} (${(total / 1e6).toFixed(1)} s sampled)`);
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`);
}
