// Issue 16: the production topology with real processes — PostgreSQL 15, 2 CMS instances on one
// database behind the CMS upstream (proxy/cms-upstream.conf), 3 web instances with the read model,
// and the caching proxy (proxy/nginx.conf), the same two nginx files docker-compose.yml mounts
// (support/topology.ts). PostgreSQL only: several CMS instances on one SQLite file is not a
// supported topology, so the SQLite pass skips this file.
//
// Rows (each prints its figures):
// - a publish and an unpublish on one CMS instance, visible through the proxy and on every web
//   instance within 5 s;
// - a web instance restarted during a publish shows it (and what was published while it was down
//   from its first page after /readyz);
// - one CMS and one web instance killed (SIGKILL) under load: no failed page request through the
//   proxy; the proxy's hit rate and the requests that reached the web instances.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep, waitForUrl } from '../support/process.mjs';
import { createDocument } from '../support/stack';
import { startTopology, type AdminSession, type Topology } from '../support/topology';

const onPostgres = process.env.TEST_DATABASE === 'postgres';
const VISIBLE_WITHIN_MS = 5_000;
const PAGES = ['/', '/kalender', '/stod', '/begrepp', '/om', '/handlingsplan', '/en', '/en/kalender'];

let topology: Topology;
let admin: AdminSession;
const began = Date.now();

/** A lecture three days ahead, as a draft; its documentId. */
const createEvent = (session: AdminSession, title: string, slug: string) =>
  createDocument(session, 'api::event.event', { title, slug, kind: 'lecture', startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });

async function eventAction(session: AdminSession, documentId: string, action: 'publish' | 'unpublish'): Promise<void> {
  const response = await session.request('POST', `/content-manager/collection-types/api::event.event/${documentId}/actions/${action}?locale=sv`, {});
  expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200);
}

/** Ms from `since` until `url` shows (or, with `shown` false, no longer shows) `text`; Infinity past the limit. */
async function msUntil(url: string, text: string, shown: boolean, since: number): Promise<number> {
  while (Date.now() - since <= VISIBLE_WITHIN_MS + 2_000) {
    const response = await fetch(url).catch(() => null);
    if (response?.status === 200 && (await response.text()).includes(text) === shown) return Date.now() - since;
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

/** Each web instance's and the proxy's time until `/kalender` shows (or stops showing) `title`. */
async function timesEverywhere(title: string, shown: boolean, since: number): Promise<Record<string, number>> {
  const targets = { proxy: topology.proxy.url, ...Object.fromEntries(topology.webs.map((web, i) => [`web${i + 1}`, web.url])) };
  const entries = await Promise.all(Object.entries(targets).map(async ([name, url]) => [name, await msUntil(`${url}/kalender`, title, shown, since)] as const));
  return Object.fromEntries(entries);
}

/**
 * The proxy's access log lines by `cache` status; what reached a web instance (MISS, EXPIRED and
 * REVALIDATED, plus one background update per STALE answer: nginx does not log those subrequests);
 * and what was answered from the cache.
 */
function tally(lines: Record<string, unknown>[]): { byCache: Record<string, number>; upstream: number; hits: number } {
  const byCache: Record<string, number> = {};
  for (const line of lines) {
    const status = typeof line.cache === 'string' && line.cache !== '' ? line.cache : 'none';
    byCache[status] = (byCache[status] ?? 0) + 1;
  }
  const count = (...names: string[]) => names.reduce((sum, name) => sum + (byCache[name] ?? 0), 0);
  return { byCache, upstream: count('MISS', 'EXPIRED', 'REVALIDATED', 'STALE'), hits: count('HIT', 'STALE', 'UPDATING', 'REVALIDATED') };
}

describe.skipIf(!onPostgres)('the topology: proxy → 3 web → CMS upstream → 2 CMS → PostgreSQL', () => {
  beforeAll(async () => {
    topology = await startTopology({ cms: 2, web: 3 });
    admin = topology.admin;
    console.log(`[topology] started in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  }, 300_000);

  afterAll(async () => {
    if (process.env.TOPOLOGY_DEBUG) {
      for (const [i, web] of (topology?.webs ?? []).entries()) console.log(`--- web ${i + 1}\n${web.log().split('\n').filter((line) => !line.includes('"service":"web","method"')).slice(-60).join('\n')}`);
      for (const [i, cms] of (topology?.cms ?? []).entries()) console.log(`--- cms ${i + 1}\n${cms.log().split('\n').slice(-40).join('\n')}`);
    }
    await topology?.stop();
    console.log(`[topology] whole file ${((Date.now() - began) / 1000).toFixed(1)} s`);
  });

  it('shows a publish and an unpublish through the proxy and on every web instance within 5 s', async () => {
    const stamp = Date.now();
    const title = `Topologi-föreläsning ${stamp}`;
    const documentId = await createEvent(admin, title, `topologi-forelasning-${stamp}`);
    // Warm the proxy's copy of the list first: the measurement then includes its micro-cache.
    for (const url of [topology.proxy.url, ...topology.webs.map((web) => web.url)]) expect(await (await fetch(`${url}/kalender`)).text()).not.toContain(title);

    let since = Date.now();
    await eventAction(admin, documentId, 'publish');
    const published = await timesEverywhere(title, true, since);

    // The unpublish on the other CMS instance: every web hears of it all the same.
    const second = await topology.adminOn(1);
    since = Date.now();
    await eventAction(second, documentId, 'unpublish');
    const unpublished = await timesEverywhere(title, false, since);

    console.log(`[topology] publish → visible (ms): ${JSON.stringify(published)}; unpublish (other CMS) → gone (ms): ${JSON.stringify(unpublished)}`);
    for (const [name, ms] of [...Object.entries(published), ...Object.entries(unpublished)]) expect(ms, name).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
  }, 60_000);

  it('a web instance restarted during a publish shows it, and what was published while it was down from its first page', async () => {
    const stamp = Date.now();
    const whileDown = `Publicerad medan webben var nere ${stamp}`;
    const duringStart = `Publicerad medan webben startade ${stamp}`;
    const downId = await createEvent(admin, whileDown, `nere-${stamp}`);
    const startId = await createEvent(admin, duringStart, `start-${stamp}`);

    await topology.webs[1]!.stop();
    await eventAction(admin, downId, 'publish');
    const restartedAt = Date.now();
    const starting = topology.startWebAgain(1);
    // The second publish while the instance loads its read model.
    await sleep(300);
    const publishedAt = Date.now();
    await eventAction(admin, startId, 'publish');
    const web = await starting;
    await waitForUrl(`${web.url}/readyz`, { timeoutMs: 90_000, intervalMs: 50, ok: (response) => response.ok });
    const readyAt = Date.now();
    // The first page after /readyz 200 already has what was published while it was down, and what
    // was published while it loaded (its cursor was read before its full sync, and the log followed
    // before it said ready); at the latest, within 5 s of being ready.
    const first = await (await fetch(`${web.url}/kalender`)).text();
    const duringStartVisible = await msUntil(`${web.url}/kalender`, duringStart, true, Math.max(publishedAt, readyAt));
    const where = (title: string) => (first.includes(title) ? 'on its first page' : 'not on its first page');
    console.log(
      `[topology] restarted web: ready ${readyAt - restartedAt} ms after its start; published while down: ${where(whileDown)}; ` +
        `published ${publishedAt - restartedAt} ms into its start: ${where(duringStart)} (visible ${duringStartVisible} ms after max(publish, ready))`,
    );
    expect(first).toContain(whileDown);
    expect(duringStartVisible).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
  }, 120_000);

  // A measurement, not a row of the issue: run with TOPOLOGY_WRK=1 (Debian's wrk) for the decision record.
  it.skipIf(!process.env.TOPOLOGY_WRK || !fs.existsSync('/usr/bin/wrk'))('absorbs load: wrk on one page through the proxy reaches a web instance about once a second', async () => {
    const seconds = Number(process.env.TOPOLOGY_WRK_SECONDS ?? 10);
    const before = topology.proxy.accessLog().length;
    const wrk = spawnSync('/usr/bin/wrk', ['-t1', '-c20', `-d${seconds}s`, '--latency', `${topology.proxy.url}/kalender`], { encoding: 'utf8' });
    const lines = topology.proxy.accessLog().slice(before);
    const { byCache, upstream } = tally(lines);
    const rate = /Requests\/sec:\s*([\d.]+)/.exec(wrk.stdout)?.[1];
    console.log(`[topology] wrk -t1 -c20 -d${seconds}s /kalender through the proxy: ${rate} req/s, ${lines.length} logged, cache ${JSON.stringify(byCache)}, about ${upstream} to a web instance = ${(upstream / seconds).toFixed(2)} per second`);
    expect(wrk.status).toBe(0);
    expect(upstream / seconds).toBeLessThan(3);
  }, 60_000);

  it('killing one CMS and one web instance under load fails no page request through the proxy', async () => {
    const logBefore = topology.proxy.accessLog().length;
    let sent = 0;
    const failures: string[] = [];
    let running = true;
    const worker = async (offset: number) => {
      for (let i = offset; running; i += 1) {
        const path = PAGES[i % PAGES.length]!;
        sent += 1;
        try {
          const response = await fetch(`${topology.proxy.url}${path}`);
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
        } catch (error) {
          failures.push(`${path}: ${String(error)}`);
        }
      }
    };
    const loadStart = Date.now();
    const workers = Array.from({ length: 8 }, (_, i) => worker(i));
    await sleep(1_500);
    await Promise.all([topology.killCms(0), topology.killWeb(0)]);
    const killedAt = Date.now();
    // A publish on the surviving CMS while under load still reaches the surviving web instances.
    const stamp = Date.now();
    const title = `Efter avbrottet ${stamp}`;
    const survivor = await topology.adminOn(1);
    const documentId = await createEvent(survivor, title, `efter-avbrottet-${stamp}`);
    const publishedAt = Date.now();
    await eventAction(survivor, documentId, 'publish');
    const visible = await msUntil(`${topology.proxy.url}/kalender`, title, true, publishedAt);
    await sleep(Math.max(0, 3_000 - (Date.now() - killedAt)));
    running = false;
    await Promise.all(workers);
    const seconds = (Date.now() - loadStart) / 1000;

    const lines = topology.proxy.accessLog().slice(logBefore);
    const { byCache, upstream, hits } = tally(lines);
    console.log(
      `[topology] under load (8 connections, ${seconds.toFixed(1)} s, ${PAGES.length} pages): ${sent} requests sent, ${failures.length} failed` +
        `${failures.length ? ` (${failures.slice(0, 5).join('; ')})` : ''}; CMS 1 and web 1 killed after 1.5 s; ` +
        `proxy cache ${JSON.stringify(byCache)}, hit rate ${((hits / Math.max(1, lines.length)) * 100).toFixed(1)} %, ` +
        `${upstream} requests to the web (${(upstream / seconds / PAGES.length).toFixed(2)} per page and second); ` +
        `published on CMS 2 after the kill → visible through the proxy ${visible} ms`,
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(100);
    expect(visible).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
    // The proxy absorbs the load: most requests never reach a web instance.
    expect(hits / lines.length).toBeGreaterThan(0.8);
    // The web instances' CMS requests in that time (change-log polls) that nginx sent on to the other CMS.
    const failedOver = topology.cmsProxy.accessLog().filter((line) => typeof line.upstream === 'string' && line.upstream.includes(',')).length;
    const cmsFailed = topology.cmsProxy.accessLog().filter((line) => Number(line.status) >= 500).length;
    console.log(`[topology] CMS upstream: ${failedOver} requests failed over to the other instance, ${cmsFailed} answered ≥ 500`);
  }, 90_000);
});
