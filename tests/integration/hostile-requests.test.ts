// What an anonymous client can make the web do, with raw HTTP against the built web and a seeded
// Strapi (issue 10, the web's part): no request header chooses the origin of a link, in a fresh or
// a cached page; bodies are limited per route and refused early; bad input is a 4xx with the acute
// numbers, never a 500; the CMS's Retry-After reaches the visitor; a NUL is no search wildcard.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms } from '../support/cms';
import { waitFor } from '../support/process.mjs';
import { startWeb, type RunningWeb } from '../support/web';

const EVIL = 'evil.example';
const decoder = new TextDecoder('utf-8', { fatal: true });

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request written byte for byte (any Host, any method), read to the end. */
function raw(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error('no answer within 15 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers, body: decoder.decode(all.subarray(split + 4)) });
    });
    socket.write(request);
  });
}

const get = (port: number, path: string, headers: string[] = []) =>
  raw(port, [`GET ${path} HTTP/1.1`, ...(headers.some((h) => /^host:/i.test(h)) ? [] : [`Host: 127.0.0.1:${port}`]), ...headers, 'Connection: close', '', ''].join('\r\n'));

/** The web process's resident memory in MB (Linux). */
function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
}

/** Posts `size` bytes of form body (streamed, chunked when `chunked`), resolves with the answer and its time. */
function postLarge(url: string, size: number, chunked: boolean): Promise<{ status: number; ms: number; body: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    if (!chunked) headers['content-length'] = String(size);
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: Date.now() - started, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may close the connection before the body is sent: that is the point.
    request.on('error', (error: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(error.code ?? '') ? undefined : reject(error)));
    const piece = Buffer.alloc(64 * 1024, 'description=' + 'x'.repeat(64 * 1024));
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const part = piece.subarray(0, Math.min(piece.length, size - sent));
        sent += part.length;
        if (!request.write(part)) {
          request.once('drain', pump);
          return;
        }
      }
      request.end();
    };
    pump();
  });
}

function expectShortPageWithAcuteHelp(response: RawResponse, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers['content-type'], label).toBe('text/html; charset=utf-8');
  expect(response.headers['cache-control'], label).toBe('no-store');
  // The acute numbers, as on every page.
  expect(response.body, label).toContain('id="akut-hjalp-rubrik"');
  expect(response.body, label).toContain('href="tel:112"');
  expect(response.body, label).toContain('/quick-exit.js');
  expect(response.body.length, label).toBeLessThan(20_000);
}

describe('the web under hostile requests', () => {
  let cms: RunningCms;
  /** No proxy trusted. */
  let web: RunningWeb;
  /** Behind one trusted proxy, as in docker-compose. */
  let proxied: RunningWeb;
  let eventSlug = '';

  beforeAll(async () => {
    cms = await startCms();
    web = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, env: { CMS_SUBMISSION_TOKEN: cms.submissionToken }, contentReady: true });
    proxied = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, env: { TRUST_PROXY: '1', CMS_SUBMISSION_TOKEN: cms.submissionToken }, contentReady: true });
    // An event of the demo content (the first render may meet a CMS still warming up: try again).
    const firstEventSlug = async () => {
      const html = (await (await fetch(`${web.url}/kalender`)).text()).replace(/href="\/kalender\/(tipsa|arkiv|typ)[^"]*"/g, '');
      return /href="\/kalender\/([a-z0-9-]+)"/.exec(html)?.[1] ?? '';
    };
    eventSlug = await waitFor(firstEventSlug, { timeoutMs: 10_000, intervalMs: 1_000 }).catch(() => '');
    expect(eventSlug, 'an event in the demo content').not.toBe('');
  }, 180_000);

  afterAll(async () => {
    await web?.stop();
    await proxied?.stop();
    await cms?.stop();
  });

  describe('absolute links come from PUBLIC_URL only', () => {
    const paths = () => ['/', '/handlingsplan', '/en/stod', '/sitemap.xml', '/robots.txt', '/kalender.ics', `/kalender/${eventSlug}.ics`, '/kalender/rss.xml', '/kampanjer/atom.xml'];
    const poison = [`Host: ${EVIL}:444`, `X-Forwarded-Host: ${EVIL}:444`, 'X-Forwarded-Proto: https'];

    it.each([
      ['no proxy trusted', () => web],
      ['TRUST_PROXY=1', () => proxied],
    ])('with %s, in the page made for a poisoned request and in the cached copy served next', async (_label, which) => {
      const target = which();
      for (const path of paths()) {
        // Asked twice: the page cache keeps a page from the second request for its URL (the one made
        // for a poisoned request), so the clean request that follows is answered from it.
        await get(target.port, path, poison);
        const poisoned = await get(target.port, path, poison);
        expect(poisoned.status, path).toBe(200);
        expect(poisoned.body, path).not.toContain(EVIL);
        // The poisoned port, not the start of the web's own (a free port such as 44413).
        expect(poisoned.body, path).not.toMatch(/:444(?!\d)/);
        expect(poisoned.body, path).toContain(target.url);
        const next = await get(target.port, path);
        expect(next.status, path).toBe(200);
        expect(next.body, path).not.toContain(EVIL);
        expect(next.body, path).toContain(target.url);
      }
      // Pages come from the web's page cache the third time (Age), and it holds the clean copy.
      const cached = await get(target.port, '/handlingsplan', poison);
      expect(cached.headers.age).toBeDefined();
      expect(cached.body).toContain(`<link rel="canonical" href="${target.url}/handlingsplan"/>`);
      expect(cached.body).toContain(`<meta property="og:url" content="${target.url}/handlingsplan"/>`);
      // The plan is written in Swedish only: its alternates name Swedish (and x-default), from the configured origin.
      expect(cached.body).toContain(`hrefLang="sv" href="${target.url}/handlingsplan"`);
      expect(cached.body).not.toContain(`rel="alternate" hrefLang="en"`);
    });
  });

  describe('bad input is a 4xx with a short page that shows the acute numbers', () => {
    it('malformed Host and X-Forwarded-Host headers: 400', async () => {
      for (const target of [web, proxied]) {
        for (const host of ['a b', 'a@b', 'x:99999']) expectShortPageWithAcuteHelp(await get(target.port, '/', [`Host: ${host}`]), `Host: ${host}`);
        const forwarded = await get(target.port, '/', ['X-Forwarded-Host: x:70000']);
        expect(forwarded.status).toBe(400);
        expectShortPageWithAcuteHelp(forwarded, 'X-Forwarded-Host: x:70000');
      }
    });

    it('TRACE and other methods no route has: 405 with Allow', async () => {
      for (const method of ['TRACE', 'PUT', 'DELETE', 'OPTIONS']) {
        const response = await raw(web.port, `${method} / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        expect(response.status, method).toBe(405);
        expect(response.headers.allow, method).toBe('GET, HEAD, POST');
        expectShortPageWithAcuteHelp(response, method);
      }
    });

    it('the tip form in JSON, text or multipart: 415; from another site: 403; a malformed path: 400', async () => {
      const post = (headers: string[], body: string) =>
        raw(web.port, ['POST /kalender/tipsa HTTP/1.1', 'Host: 127.0.0.1', ...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', body].join('\r\n'));
      for (const [type, body] of [
        ['application/json', '{"title":"x"}'],
        ['text/plain', 'title=x'],
        ['multipart/form-data; boundary=XyZ', '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--XyZ--\r\n'],
      ] as const) {
        const response = await post([`Content-Type: ${type}`], body);
        expect(response.status, type).toBe(415);
        expectShortPageWithAcuteHelp(response, type);
      }
      const crossOrigin = await post(['Content-Type: application/x-www-form-urlencoded', `Origin: https://${EVIL}`], 'title=x');
      expect(crossOrigin.status).toBe(403);
      expectShortPageWithAcuteHelp(crossOrigin, 'cross-origin');
      const crossSite = await post(['Content-Type: application/x-www-form-urlencoded', 'Sec-Fetch-Site: cross-site'], 'title=x');
      expect(crossSite.status).toBe(403);
      const badPath = await get(web.port, '/%');
      expect(badPath.status).toBe(400);
      expectShortPageWithAcuteHelp(badPath, '/%');
    });
  });

  describe('bodies are limited per route', () => {
    it('a 10 MB post to the tip form is refused with 413 at once, and the web does not grow', async () => {
      const before = rssMb(web.pid);
      for (const chunked of [false, true]) {
        const answer = await postLarge(`${web.url}/kalender/tipsa`, 10 * 1024 * 1024, chunked);
        expect(answer.status, `chunked: ${chunked}`).toBe(413);
        expect(answer.ms, `chunked: ${chunked}`).toBeLessThan(3_000);
        expect(answer.body).toContain('id="akut-hjalp-rubrik"');
        expect(answer.body.length).toBeLessThan(20_000);
      }
      const after = rssMb(web.pid);
      console.log(`web RSS around two 10 MB posts: ${before.toFixed(0)} → ${after.toFixed(0)} MB`);
      expect(after - before).toBeLessThan(25);
      // Other routes take no body at all.
      const other = await raw(web.port, `POST /handlingsplan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n${'a'.repeat(5000)}`);
      expect(other.status).toBe(413);
    });

    it('an over-long field within the limit is a 400 that gives back no more than the field may hold', async () => {
      const form = new URLSearchParams({ title: 'Föreläsning', kind: 'lecture', description: 'å'.repeat(6000), contactName: 'x'.repeat(3000), consent: 'yes', idempotencyKey: randomUUID() });
      const response = await fetch(`${web.url}/kalender/tipsa`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
      expect(response.status).toBe(400);
      const body = await response.text();
      expect(body).toContain('å'.repeat(5000));
      expect(body).not.toContain('å'.repeat(5001));
      expect(body).toContain('x'.repeat(200));
      expect(body).not.toContain('x'.repeat(201));
      expect(body.length).toBeLessThan(80_000);
    });
  });

  it("passes on the CMS's Retry-After with 429 when a visitor sends too many tips", async () => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(new Date(Date.now() + 20 * 86_400_000));
    const tip = () =>
      fetch(`${proxied.url}/kalender/tipsa`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.23', 'sec-fetch-site': 'same-origin', origin: 'null' },
        body: new URLSearchParams({
          title: `Föreläsning ${randomUUID().slice(0, 8)}`,
          kind: 'lecture',
          startsAt: `${day}T18:00`,
          endsAt: `${day}T20:00`,
          venueName: 'Folkets hus',
          venueCity: 'Karlskoga',
          description: 'Om stöd.',
          organiserName: 'Föreningen',
          contactName: 'Anna Andersson',
          contactEmail: 'anna@example.invalid',
          consent: 'yes',
          idempotencyKey: randomUUID(),
        }),
      });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 6 && !limited; i += 1) {
      const response = await tip();
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    // The first tips get the receipt page itself (200, the form's POST answers with it); the partner's limit then answers 429.
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.headers.get('cache-control')).toContain('no-store');
  });

  it('search drops control characters: q=%00 is no wildcard', async () => {
    const wildcard = await get(web.port, '/sok?q=%00');
    expect(wildcard.status).toBe(200);
    expect(wildcard.body).not.toContain('href="#sok-');
    expect(wildcard.body).not.toMatch(/Vi hittade \d+ träff/);
    for (const q of ['%00%00', '%01', '%7F', '%E2%80%8B', '%00%25']) {
      const response = await get(web.port, `/sok?q=${q}`);
      expect(response.status, q).toBeLessThan(500);
      expect(response.body, q).not.toMatch(/Vi hittade \d+ träff/);
    }
    // A real word still finds something.
    expect((await get(web.port, '/sok?q=m%C3%A4nniskohandel')).body).toMatch(/Vi hittade \d+ träff/);
  });

  it('sends no CSP nonce, so no cached page hands one on', async () => {
    // The first two answers are made (the page is kept from the second), the third comes from the page cache.
    for (let i = 0; i < 3; i += 1) {
      const response = await get(web.port, '/handlingsplan?nonce-check');
      if (i === 2) expect(response.headers.age).toBeDefined();
      expect(response.headers['content-security-policy']).toContain("script-src 'self';");
      expect(response.headers['content-security-policy']).not.toMatch(/nonce|unsafe-inline/);
      expect(response.body).not.toContain('nonce=');
      expect(response.body).toContain('<script src="/quick-exit.js" defer=""></script>');
    }
  });
});
