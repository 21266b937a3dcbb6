// The web's caches against a real Strapi: a published change reaches the portal within 5 s through
// POST /api/revalidate (the cache TTL stays at 60 s, so only revalidation can make it), the
// HTTP caching headers, and how many CMS requests a page costs (none once the read model is loaded).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, freePort, graphql, startCms, type RunningCms } from '../support/cms';
import { startDelayingProxy, type DelayingProxy } from '../support/delaying-proxy';
import { msUntilPageShows, startWeb, type RunningWeb } from '../support/web';

const secret = 'integration-revalidate-secret-0123456789';

let cms: RunningCms;
let web: RunningWeb;
let webWithoutSecret: RunningWeb;
let counted: RunningWeb;
let counter: DelayingProxy;

beforeAll(async () => {
  const webPort = await freePort();
  cms = await startCms({
    extraEnv: { WEB_REVALIDATE_URLS: `http://127.0.0.1:${webPort}/api/revalidate`, REVALIDATE_SECRET: secret },
  });
  // The push path alone (WEB_REVALIDATE_URLS): with the change log's poll on, either may bring a
  // change first, and this file shows the push; the topology test shows the poll.
  web = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, port: webPort, env: { REVALIDATE_SECRET: secret, READ_MODEL_POLL_MS: '0' }, contentReady: true });
  webWithoutSecret = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, env: { REVALIDATE_SECRET: '' }, contentReady: true });
  // A web whose CMS requests pass a counting proxy (no delay).
  counter = await startDelayingProxy(cms.url);
  // Its read model's periodic consistency check (a few queries every READ_MODEL_CHECK_MS) is left
  // out of the counts: it does not depend on page views.
  counted = await startWeb({ cmsUrl: counter.url, readToken: cms.readToken, env: { REVALIDATE_SECRET: secret, READ_MODEL_CHECK_MS: '3600000', READ_MODEL_POLL_MS: '0' } });
}, 120_000);

afterAll(async () => {
  await Promise.all([web?.stop(), webWithoutSecret?.stop(), counted?.stop()]);
  await counter?.close();
  await cms?.stop();
});

const get = (base: RunningWeb, path: string, headers: Record<string, string> = {}) => fetch(`${base.url}${path}`, { headers });

describe('publish → portal', () => {
  it('shows a change published in the CMS within 5 seconds', async () => {
    const marker = `Källa ändrad ${Date.now()}`;
    const before = await (await get(web, '/begrepp')).text();
    expect(before).not.toContain(marker);
    // The page is kept from its second request, so the third is a cache hit: the page is cached before the change.
    await (await get(web, '/begrepp')).arrayBuffer();
    expect((await get(web, '/begrepp')).headers.get('age')).not.toBeNull();

    const admin = await adminSession(cms);
    const terms = await graphql<{ terms: { documentId: string; slug: string }[] }>(cms, `query { terms(locale: "sv") { documentId slug } }`, {
      token: cms.readToken,
    });
    const term = terms.data!.terms.find((t) => t.slug === 'sugardejting')!;
    expect((await admin.request('PUT', `/content-manager/collection-types/api::term.term/${term.documentId}?locale=sv`, { source: marker })).status).toBe(200);
    const publishedAt = Date.now();
    expect((await admin.request('POST', `/content-manager/collection-types/api::term.term/${term.documentId}/actions/publish?locale=sv`, {})).status).toBe(200);

    const visibleAfter = await msUntilPageShows(`${web.url}/begrepp`, marker, publishedAt, 5_000);
    console.log(`publish → visible on the portal: ${visibleAfter} ms (limit 5000 ms; cache TTL 60 s)`);
    if (visibleAfter > 5_000) console.log(`the CMS on revalidation: ${cms.log().split('\n').filter((l) => /revalidate/i.test(l)).join('\n')}\nthe web: ${web.log().split('\n').filter((l) => /revalidate|read-model/.test(l)).join('\n')}`);
    expect(visibleAfter).toBeLessThanOrEqual(5_000);
    expect(web.log()).toMatch(/\[revalidate\] publish api::term\.term/);
  });

  it('refuses a wrong secret (401) and a GET (405), and does not exist without a secret (404)', async () => {
    const post = (base: RunningWeb, authorization?: string) =>
      fetch(`${base.url}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: '{}',
      });
    expect((await post(web)).status).toBe(401);
    expect((await post(web, `Bearer ${secret}x`)).status).toBe(401);
    expect((await post(web, `Bearer ${secret}`)).status).toBe(200);
    expect((await get(web, '/api/revalidate')).status).toBe(405);
    expect((await post(webWithoutSecret, `Bearer ${secret}`)).status).toBe(404);
  });
});

describe('HTTP caching', () => {
  it('lets shared caches keep public pages, answers 304 to a matching If-None-Match, compresses with brotli', async () => {
    const page = await get(web, '/handlingsplan', { 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=86400');
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('vary')).toMatch(/accept-encoding/i);
    const etag = page.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const again = await get(web, '/handlingsplan', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await get(web, '/handlingsplan', { 'if-none-match': 'W/"something-else"' });
    expect(changed.status).toBe(200);
  });

  it('keeps a page from the second time its URL is asked, so URLs asked once neither fill nor empty the page cache', async () => {
    const ask = async (path: string) => {
      const response = await get(web, path, { 'accept-encoding': 'br, gzip' });
      await response.arrayBuffer();
      expect(response.status, path).toBe(200);
      return response.headers.get('age');
    };
    // A URL asked once is not kept; from its second request it is, so the third is a hit. The flood
    // below asks the same page with other queries: it could be kept.
    const once = `/kalender/arkiv?kalla=${Date.now()}`;
    expect(await ask(once)).toBeNull();
    expect(await ask(once)).toBeNull();
    expect(await ask(once)).not.toBeNull();
    // A page people read stays in the cache while more URLs asked once each pass by than the cache
    // could hold (9 MB of pages, over its 8 MB, or over its 2,000 pages), four at a time.
    await ask('/om');
    await ask('/om');
    expect(await ask('/om')).not.toBeNull();
    const size = (await (await get(web, '/kalender/arkiv?flod=storlek')).arrayBuffer()).byteLength;
    const flood = Math.min(2_100, Math.ceil((9 * 1024 * 1024) / size));
    const started = Date.now();
    for (let i = 0; i < flood; i += 4) {
      await Promise.all([0, 1, 2, 3].map((j) => ask(`/kalender/arkiv?flod=${i + j}-${started}`)));
    }
    expect(await ask('/om')).not.toBeNull();
  }, 180_000);

  it('keeps search, forms, errors and probes out of shared caches', async () => {
    for (const path of ['/sok?q=stod', '/finns-inte', '/kalender/tipsa']) {
      const response = await get(web, path);
      expect(response.headers.get('cache-control'), path).toMatch(/\bno-store\b/);
      expect(response.headers.get('etag'), path).toBeNull();
    }
    expect((await get(web, '/readyz')).headers.get('cache-control')).toMatch(/\bno-store\b/);
  });

  it('makes fingerprinted assets immutable, but not robots.txt, the favicon, quick-exit.js or feeds', async () => {
    const html = await (await get(web, '/')).text();
    const asset = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const css = await get(web, asset!, { 'accept-encoding': 'br' });
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-encoding')).toBe('br');
    for (const path of ['/robots.txt', '/favicon.svg', '/quick-exit.js', '/kalender/rss.xml', '/kalender.ics']) {
      const response = await get(web, path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable');
    }
  });

  it('/healthz says the process is alive, /readyz that the published content is loaded (never without the CMS)', async () => {
    expect((await get(web, '/healthz')).status).toBe(200);
    const ready = await get(web, '/readyz');
    expect(ready.status).toBe(200);
    const stranded = await startWeb({ cmsUrl: 'http://127.0.0.1:9', readToken: cms.readToken });
    try {
      expect((await get(stranded, '/healthz')).status).toBe(200);
      expect((await get(stranded, '/readyz')).status).toBe(503);
    } finally {
      await stranded.stop();
    }
  });
});

describe('CMS requests per page', () => {
  const routes = ['/', '/handlingsplan', '/stod', '/stod?sida=2', '/en/stod', '/kalender', '/kalender/arkiv', '/begrepp', '/en/begrepp', '/unga', '/for-personal', '/kampanjer', '/om', '/en/om', '/sok?q=stod'];

  it('costs no query once the read model is loaded, cold or warm', async () => {
    // Pages read the read model of published content (web/app/read-model/), loaded at start.
    const readyBy = Date.now() + 30_000;
    while ((await get(counted, '/readyz')).status !== 200 && Date.now() < readyBy) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await get(counted, '/readyz')).status).toBe(200);
    const purge = () =>
      fetch(`${counted.url}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, body: '{}' });
    const rows: { route: string; cold: number; pageCached: number; dataCached: number }[] = [];
    for (const route of routes) {
      await purge();
      // The layout's site settings (one query per locale, shared by every page) come back into
      // the cache through a page without content of its own (404).
      await (await get(counted, route.startsWith('/en') ? '/en/finns-inte' : '/finns-inte')).text();
      let start = counter.requests;
      const first = await get(counted, route);
      expect(first.status, route).toBe(200);
      await first.text();
      const cold = counter.requests - start;
      // The page is kept from its second request; the third is a page-cache hit.
      await (await get(counted, route)).text();
      start = counter.requests;
      await (await get(counted, route)).text();
      const pageCached = counter.requests - start;
      start = counter.requests;
      await (await get(counted, `${route}${route.includes('?') ? '&' : '?'}v=1`)).text();
      rows.push({ route, cold, pageCached, dataCached: counter.requests - start });
    }
    console.table(rows);
    for (const row of rows) {
      expect(row.pageCached, row.route).toBe(0);
      expect(row.dataCached, row.route).toBe(0);
    }
    // Before the read model (READ_MODEL=off) a cold page cost one query (the support directory 2-3).
    for (const row of rows) expect(row.cold, row.route).toBe(0);
  });
});
