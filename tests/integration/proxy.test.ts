// The caching proxy for real: Debian's nginx with proxy/nginx.conf (upstream and paths moved to
// this machine) in front of the built web and a seeded Strapi. Public pages are kept and served
// from the cache; what the web marks no-store (search, forms, errors) never is; the revalidation
// endpoint is closed; the request id reaches the web and both logs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCms, type RunningCms } from '../support/cms';
import { startProxy, type RunningProxy } from '../support/nginx';
import { waitFor } from '../support/process.mjs';
import { startWeb, type RunningWeb } from '../support/web';

describe('the nginx caching proxy in front of the web', () => {
  let cms: RunningCms;
  let web: RunningWeb;
  let proxy: RunningProxy;
  let proxyUrl: string;

  beforeAll(async () => {
    cms = await startCms();
    const port = await freePort();
    // The proxy is the public address: the web's links point there, whatever a request says.
    web = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, env: { TRUST_PROXY: '1', ACCESS_LOG: 'on', PUBLIC_URL: `http://127.0.0.1:${port}`, CMS_TIMEOUT_MS: '10000' } });
    proxy = await startProxy({ port, webPort: web.port });
    proxyUrl = proxy.url;
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    await web?.stop();
    await cms?.stop();
  });

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${proxyUrl}${pathname}`, { headers: { 'accept-encoding': 'br', ...headers } });

  it('keeps a public page (s-maxage) and serves the next visitor from its cache', async () => {
    const first = await get('/handlingsplan');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toContain('s-maxage=1,');
    expect(['MISS', 'EXPIRED']).toContain(first.headers.get('x-cache-status'));
    const body = await first.text();
    const second = await get('/handlingsplan');
    // From its cache: HIT within the second of s-maxage, STALE (with a background update) just after it.
    expect(second.headers.get('x-cache-status')).toMatch(/^(HIT|STALE|UPDATING)$/);
    expect(await second.text()).toBe(body);
    // The page's own security headers come along from the cache; no nonce that every visitor would share.
    expect(second.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(second.headers.get('content-security-policy')).not.toContain('nonce');
    expect(body).not.toContain('nonce=');
    expect(second.headers.get('referrer-policy')).toBe('no-referrer');
    // Another encoding is another entry, not a wrong body.
    const plain = await get('/handlingsplan', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(body);
  });

  /** A GET with any Host header (fetch would not send one of ours), identity-encoded. */
  const getAs = (pathname: string, headers: Record<string, string>) =>
    new Promise<{ status: number; cacheControl: string; text: string }>((resolve, reject) => {
      const url = new URL(proxyUrl);
      http
        .get({ host: url.hostname, port: url.port, path: pathname, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, cacheControl: response.headers['cache-control'] ?? '', text: Buffer.concat(chunks).toString('utf8') }),
          );
        })
        .on('error', reject);
    });

  it('keeps no page with another origin in it, whatever Host or X-Forwarded-Host a visitor sends', async () => {
    const evil = { host: 'evil.example:444', 'x-forwarded-host': 'evil.example:444', 'x-forwarded-proto': 'https', 'accept-encoding': 'identity' };
    let poisoned = await getAs('/om', evil);
    // A page the web made from a stale copy (a slow CMS on a busy machine) is not kept: ask again.
    for (let attempt = 0; attempt < 5 && !/s-maxage/.test(poisoned.cacheControl); attempt += 1) poisoned = await getAs('/om', evil);
    expect(poisoned.status).toBe(200);
    expect(poisoned.cacheControl).toContain('s-maxage');
    const body = poisoned.text;
    expect(body).not.toContain('evil.example');
    expect(body).toContain(`<link rel="canonical" href="${proxyUrl}/om"/>`);
    // The next visitor gets the same clean copy from the proxy's cache.
    const next = await get('/om', { 'accept-encoding': 'identity' });
    expect(next.headers.get('x-cache-status')).toMatch(/^(HIT|STALE|UPDATING)$/);
    expect(await next.text()).toBe(body);
    for (const pathname of ['/sitemap.xml', '/robots.txt']) {
      const { text } = await getAs(pathname, { host: 'evil.example', 'x-forwarded-host': 'evil.example:444' });
      expect(text, pathname).not.toContain('evil.example');
      expect(text, pathname).toContain(proxyUrl);
    }
  });

  it('never keeps what the web marks no-store: search, error pages, the tip form', async () => {
    for (const pathname of ['/sok?q=stod', '/finns-inte', '/kalender/tipsa']) {
      await get(pathname);
      const again = await get(pathname);
      expect(again.headers.get('cache-control'), pathname).toMatch(/no-store/);
      expect(again.headers.get('x-cache-status'), pathname).not.toBe('HIT');
    }
  });

  it('does not let anyone reach the revalidation endpoint through it', async () => {
    const response = await fetch(`${proxyUrl}/api/revalidate`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: '{}' });
    expect(response.status).toBe(404);
  });

  it('passes one request id to the web and logs it on both sides, without client addresses or query strings', async () => {
    const response = await get('/sok?q=hemlig-sokning', { 'x-request-id': 'kampanj-test-0001' });
    expect(response.headers.get('x-request-id')).toBe('kampanj-test-0001');
    // nginx writes its access log line after the answer: wait for it (and the web's) to be written.
    const readProxyLog = () => fs.readFileSync(path.join(proxy.logDir, 'access.log'), 'utf8').trim().split('\n');
    const findEntry = () => readProxyLog().map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.requestId === 'kampanj-test-0001');
    await waitFor(() => findEntry() && web.log().includes('"requestId":"kampanj-test-0001"'), { timeoutMs: 5_000, message: 'the request id was not logged' });
    const proxyLog = readProxyLog();
    const entry = findEntry();
    expect(entry).toMatchObject({ service: 'proxy', method: 'GET', path: '/sok', status: 200 });
    expect(proxyLog.join('\n')).not.toMatch(/hemlig-sokning|127\.0\.0\.1/);
    expect(web.log()).toContain('"requestId":"kampanj-test-0001"');
    expect(web.log()).not.toContain('hemlig-sokning');
  });
});
