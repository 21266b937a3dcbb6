// Fault tests, loopback only, bounded: Strapi is killed (and restarted on the same database) while
// a small load generator reads known pages; then Strapi is made slow by a delaying proxy.
// The web must keep answering 200 with the acute-help numbers, from its read model of published
// content (web/app/read-model/): every page, also one no one opened before, and none out of date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, freePort, graphql, startCms, type RunningCms } from '../support/cms';
import { startDelayingProxy, type DelayingProxy } from '../support/delaying-proxy';
import { sleep, waitFor } from '../support/process.mjs';
import { msUntilPageShows, startWeb, type RunningWeb } from '../support/web';

const secret = 'resilience-revalidate-secret-0123456789';
const TIMEOUT_MS = 2_000;
/** What a page may take beyond the CMS timeout (rendering, a busy 2-core machine). */
const MARGIN_MS = 750;
const KNOWN = ['/', '/handlingsplan', '/stod', '/kalender', '/begrepp', '/unga', '/kampanjer', '/for-personal', '/om', '/en', '/en/handlingsplan', '/en/stod'];
const ACUTE = ['href="tel:112"', 'href="tel:11414"', 'href="tel:020505050"'];
const NOTICE = /Innehållet kan vara inaktuellt just nu|The content may be out of date right now/;

let cms: RunningCms;
let proxy: DelayingProxy;
let web: RunningWeb;

beforeAll(async () => {
  const webPort = await freePort();
  cms = await startCms({ extraEnv: { WEB_REVALIDATE_URLS: `http://127.0.0.1:${webPort}/api/revalidate`, REVALIDATE_SECRET: secret } });
  proxy = await startDelayingProxy(cms.url);
  web = await startWeb({
    cmsUrl: proxy.url,
    readToken: cms.readToken,
    port: webPort,
    env: { REVALIDATE_SECRET: secret, CMS_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  const readyBy = Date.now() + 30_000;
  while ((await fetch(`${web.url}/readyz`)).status !== 200 && Date.now() < readyBy) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const path of KNOWN) expect((await fetch(`${web.url}${path}`)).status, path).toBe(200);
}, 120_000);

afterAll(async () => {
  await web?.stop();
  await proxy?.close();
  await cms?.stop();
});

/** Purges the web's caches as a content change would: every page must ask the CMS again. */
const purge = () => fetch(`${web.url}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, body: '{}' });

interface Sample {
  path: string;
  status: number;
  ms: number;
  acute: boolean;
  notice: boolean;
}

async function fetchSample(path: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${web.url}${path}`);
    const html = await response.text();
    return { path, status: response.status, ms: performance.now() - started, acute: ACUTE.every((a) => html.includes(a)), notice: NOTICE.test(html) };
  } catch {
    return { path, status: 0, ms: performance.now() - started, acute: false, notice: false };
  }
}

/** `clients` loops reading the known pages until `until()` is true (bounded by `maxMs`), into `samples` as they come. */
async function load(clients: number, until: () => boolean, maxMs: number, samples: Sample[] = []): Promise<Sample[]> {
  const end = Date.now() + maxMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; !until() && Date.now() < end; i += 1) samples.push(await fetchSample(KNOWN[i % KNOWN.length]!));
    }),
  );
  return samples;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function publishTermSource(marker: string): Promise<number> {
  const admin = await adminSession(cms);
  const terms = await graphql<{ terms: { documentId: string; slug: string }[] }>(cms, `query { terms(locale: "sv") { documentId slug } }`, { token: cms.readToken });
  const term = terms.data!.terms.find((t) => t.slug === 'sugardejting')!;
  expect((await admin.request('PUT', `/content-manager/collection-types/api::term.term/${term.documentId}?locale=sv`, { source: marker })).status).toBe(200);
  const publishedAt = Date.now();
  expect((await admin.request('POST', `/content-manager/collection-types/api::term.term/${term.documentId}/actions/publish?locale=sv`, {})).status).toBe(200);
  return publishedAt;
}

describe('Strapi killed under load', () => {
  it('answers every request with 200 and the acute numbers, recovers by itself, and shows a publish within 5 s after the restart', async () => {
    let restarted = false;
    let restartDoneAt = 0;
    // At least 20 s of load, and 3 s more after Strapi is back.
    const loadStart = Date.now();
    const running: Sample[] = [];
    const loading = load(4, () => restarted && Date.now() - restartDoneAt > 3_000 && Date.now() - loadStart >= 20_000, 90_000, running);
    // The load is under way (every client has read pages) before Strapi goes.
    await waitFor(() => running.length >= 20, { timeoutMs: 10_000, intervalMs: 20, message: 'the load did not start' });

    // Kill Strapi, and purge (as if content had changed just before): every page must now ask
    // the dead CMS again and fall back to its last good copy. Purged again while it is down.
    const killedAt = Date.now();
    const restarting = cms.restart().then(() => {
      restarted = true;
      restartDoneAt = Date.now();
    });
    const purging = (async () => {
      while (!restarted) {
        await purge();
        // Intentional pacing, not a wait for something: purge again every 2 s while Strapi is down.
        await sleep(2_000);
      }
    })();
    await restarting;
    await purging;
    const samples = await loading;
    const downtime = restartDoneAt - killedAt;

    const failures = samples.filter((s) => s.status < 200 || s.status >= 300);
    const withoutAcute = samples.filter((s) => !s.acute);
    const ms = samples.map((s) => s.ms);
    console.log(
      `Strapi down ${(downtime / 1000).toFixed(1)} s during ${((Date.now() - loadStart) / 1000).toFixed(1)} s of load (4 clients): ${samples.length} requests, ${failures.length} non-2xx, ` +
        `${samples.length - withoutAcute.length}/${samples.length} with the acute numbers, ${samples.filter((s) => s.notice).length} with the stale notice, ` +
        `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
    );
    expect(samples.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
    expect(withoutAcute).toEqual([]);
    // Before the read model, pages came from the last good copies with the stale notice; now
    // they come from the read model, which is as current as the CMS was when it stopped.
    expect(samples.filter((s) => s.notice)).toEqual([]);
    expect(web.log()).not.toMatch(/served the last good copy/);

    // Recovery is automatic: the notice goes once the CMS answers again.
    await purge();
    const recovered = await waitFor(async () => !(await fetchSample('/')).notice, { timeoutMs: 10_000, intervalMs: 250 }).catch(() => false);
    expect(recovered).toBe(true);

    const marker = `Källa efter omstart ${Date.now()}`;
    const publishedAt = await publishTermSource(marker);
    const visibleAfter = await msUntilPageShows(`${web.url}/begrepp`, marker, publishedAt, 5_000);
    console.log(`publish after the restart → visible on the portal: ${visibleAfter} ms (limit 5000 ms)`);
    expect(visibleAfter).toBeLessThanOrEqual(5_000);
  }, 150_000);
});

describe('a slow CMS', () => {
  it(`answers known pages and never-seen ones from the read model with 200 and the acute numbers within the timeout + ${MARGIN_MS} ms`, async () => {
    await Promise.all(KNOWN.map((path) => fetchSample(path)));
    proxy.delayMs = 5_000; // longer than the web's timeout
    try {
      await purge();
      const known = await Promise.all(KNOWN.map((path) => fetchSample(path)));
      const unknown = await fetchSample('/kalender/arkiv?sida=3');
      console.log(
        `slow CMS (5 s): known pages max ${Math.max(...known.map((s) => s.ms)).toFixed(0)} ms, never-seen page ${unknown.ms.toFixed(0)} ms (${unknown.status})`,
      );
      for (const sample of known) {
        expect(sample.status, sample.path).toBe(200);
        expect(sample.acute, sample.path).toBe(true);
        expect(sample.ms, sample.path).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
      }
      // Before the read model: known pages with the stale notice, a never-seen page 503.
      expect(known.filter((s) => s.notice)).toEqual([]);
      expect(unknown.status).toBe(200);
      expect(unknown.acute).toBe(true);
      expect(unknown.ms).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    } finally {
      proxy.delayMs = 0;
    }
  }, 60_000);
});
