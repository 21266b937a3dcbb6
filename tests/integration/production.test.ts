// Production settings, by starting the real processes with NODE_ENV=production: the CMS and the web
// refuse missing or default secrets; GraphQL has no introspection and no landing page and keeps its
// depth and size limits; the web sends its security headers (HSTS among them) and logs JSON lines
// with request ids and no personal data.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir, freePort, graphql, startCms, type RunningCms } from '../support/cms';
import { cmsTestEnv } from '../support/cms-env.mjs';
import { waitFor } from '../support/process.mjs';
import { startWeb, type RunningWeb } from '../support/web';

const webDir = path.join(cmsDir, '..', 'web');
const random = () => randomBytes(24).toString('base64url');
const strongSecrets = () => ({
  APP_KEYS: `${random()},${random()}`,
  ADMIN_JWT_SECRET: random(),
  API_TOKEN_SALT: random(),
  TRANSFER_TOKEN_SALT: random(),
  ENCRYPTION_KEY: random(),
  JWT_SECRET: random(),
  PREVIEW_SECRET: random(),
  REVALIDATE_SECRET: random(),
});

/** Runs a server that should refuse to start; returns its exit code and everything it printed. */
function refusedStart(command: string[], cwd: string, env: Record<string, string | undefined>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, command, { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('in production the CMS refuses to start', () => {
  it('with the secrets missing', async () => {
    const env: Record<string, string | undefined> = { ...cmsTestEnv({ port: await freePort(), databaseFilename: '/nonexistent/never-created.db', readToken: random() }), NODE_ENV: 'production' };
    for (const name of ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) delete env[name];
    const { status, output } = refusedStart(['scripts/serve.js'], cmsDir, env);
    expect(status).not.toBe(0);
    expect(output).toContain('The CMS cannot start: its environment is not valid for production');
    for (const name of ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) expect(output).toContain(`- ${name} is not set`);
    expect(output).not.toMatch(/listening|Server started/i);
  }, 60_000);

  it('with default, placeholder or reused secrets (the test suite\'s own among them), and a revalidation address without its secret', async () => {
    const env = {
      ...cmsTestEnv({ port: await freePort(), databaseFilename: '/nonexistent/never-created.db', readToken: random() }),
      NODE_ENV: 'production',
      APP_KEYS: 'tobemodified,tobemodified',
      JWT_SECRET: 'changeme-changeme-changeme',
      PREVIEW_SECRET: 'secret',
      REVALIDATE_SECRET: '',
      WEB_REVALIDATE_URLS: 'http://web:3000/api/revalidate',
    };
    const { status, output } = refusedStart(['scripts/serve.js'], cmsDir, env);
    expect(status).not.toBe(0);
    for (const line of [
      'APP_KEYS (item 1) is shorter than 16 characters',
      'APP_KEYS (item 2) is shorter than 16 characters',
      // cms-env.mjs's fixed test secrets (test-…) are placeholders to production.
      'ADMIN_JWT_SECRET looks like a placeholder',
      'API_TOKEN_SALT looks like a placeholder',
      'TRANSFER_TOKEN_SALT looks like a placeholder',
      'ENCRYPTION_KEY looks like a placeholder',
      'JWT_SECRET looks like a placeholder',
      'PREVIEW_SECRET is shorter than 16 characters',
      'REVALIDATE_SECRET is not set, but WEB_REVALIDATE_URLS is',
    ]) {
      expect(output).toContain(`- ${line}`);
    }
    expect(output).not.toContain('changeme-changeme-changeme');
  }, 60_000);
});

describe('in production the web refuses to start', () => {
  it('with the read token missing, or placeholder and reused secrets', () => {
    const base = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '9', CMS_URL: 'http://127.0.0.1:9' };
    const missing = refusedStart(['server.mjs'], webDir, { ...base, CMS_READ_TOKEN: '' });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('CMS_READ_TOKEN: is not set');

    const shared = random();
    const weak = refusedStart(['server.mjs'], webDir, {
      ...base,
      CMS_READ_TOKEN: 'tobemodified-read-token',
      PREVIEW_SECRET: shared,
      REVALIDATE_SECRET: shared,
      CLIENT_KEY_SECRET: 'changeme-changeme-changeme',
      CMS_ADMIN_ORIGIN: 'http://127.0.0.1:1337',
    });
    expect(weak.status).toBe(1);
    for (const line of ['CMS_READ_TOKEN looks like a placeholder', 'REVALIDATE_SECRET has the same value as PREVIEW_SECRET', 'CLIENT_KEY_SECRET looks like a placeholder']) {
      expect(weak.output).toContain(line);
    }
    expect(weak.output).not.toContain(shared);
    expect(weak.output).toContain('The web server did not start');
  }, 60_000);

  it('without PUBLIC_URL, the one origin of its absolute links', () => {
    const base = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '9', CMS_URL: 'http://127.0.0.1:9', CMS_READ_TOKEN: random() };
    const missing = refusedStart(['server.mjs'], webDir, { ...base, PUBLIC_URL: '' });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('PUBLIC_URL is not set');
    const withPath = refusedStart(['server.mjs'], webDir, { ...base, PUBLIC_URL: 'https://stodportalen.example.org/portal' });
    expect(withPath.status).toBe(1);
    expect(withPath.output).toContain('PUBLIC_URL must be an origin only');
  }, 60_000);
});

describe('the CMS and the web running in production', () => {
  let cms: RunningCms;
  let web: RunningWeb;
  const clientSecret = random();

  beforeAll(async () => {
    cms = await startCms({ extraEnv: { NODE_ENV: 'production', ...strongSecrets() } });
    web = await startWeb({
      cmsUrl: cms.url,
      readToken: cms.readToken,
      env: { TRUST_PROXY: '1', ACCESS_LOG: 'on', CLIENT_KEY_SECRET: clientSecret, CMS_SUBMISSION_TOKEN: cms.submissionToken, REVALIDATE_SECRET: random() },
      contentReady: true,
    });
  }, 120_000);
  afterAll(async () => {
    await web?.stop();
    await cms?.stop();
  });

  it('GraphQL: no introspection, no landing page, depth and size limits', async () => {
    const introspection = await graphql(cms, '{ __schema { queryType { name } } }', { token: cms.readToken });
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const typeQuery = await graphql(cms, '{ __type(name: "Event") { fields { name } } }');
    expect(typeQuery.errors?.[0]?.message).toMatch(/introspection is not allowed/i);

    const landing = await fetch(`${cms.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await landing.text()).not.toMatch(/<!doctype|<html|landing-page|sandbox|graphiql/i);

    // Deeper than the limit of 8.
    let nested = 'documentId';
    for (let i = 0; i < 9; i += 1) nested = `localizations { ${nested} }`;
    const deep = await graphql(cms, `{ terms(locale: "sv") { ${nested} } }`, { token: cms.readToken });
    expect(deep.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/i);

    const big = await fetch(`${cms.url}/api/terms?pagination[pageSize]=1000`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    expect(((await big.json()) as { meta: { pagination: { pageSize: number } } }).meta.pagination.pageSize).toBe(100);
  });

  it('the CMS logs JSON lines, each request with its id, and no addresses or query strings', async () => {
    const response = await fetch(`${cms.url}/api/terms?locale=sv`, { headers: { authorization: `Bearer ${cms.readToken}`, 'x-request-id': 'cms-request-0001' } });
    expect(response.headers.get('x-request-id')).toBe('cms-request-0001');
    const fresh = await fetch(`${cms.url}/api/plan`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    const freshId = fresh.headers.get('x-request-id');
    expect(freshId).toMatch(/^[0-9a-f-]{36}$/);
    // The access log is written when each response has finished: wait for both lines.
    await waitFor(() => cms.log().includes('"requestId":"cms-request-0001"') && cms.log().includes(`"requestId":"${freshId}"`), {
      message: 'the CMS did not log both requests',
      describe: () => cms.log(),
    }).catch(() => undefined);
    const lines = cms
      .log()
      .split('\n')
      .filter((line) => line.trim() !== '');
    const entries = lines.map((line) => {
      expect(() => JSON.parse(line), line).not.toThrow();
      return JSON.parse(line) as { level: string; service: string; msg: string; requestId?: string };
    });
    expect(entries).toContainEqual(expect.objectContaining({ level: 'http', service: 'cms', requestId: 'cms-request-0001', msg: expect.stringMatching(/^GET \/api\/terms \(\d+ ms\) 200$/) }));
    expect(entries).toContainEqual(expect.objectContaining({ level: 'http', requestId: freshId, msg: expect.stringMatching(/^GET \/api\/plan /) }));
    expect(lines.join('\n')).not.toMatch(/127\.0\.0\.1/);
  });

  it('seeds no demo content in production, even when SEED_DEMO is set', async () => {
    const events = await graphql<{ events: { title: string }[] }>(cms, '{ events(locale: "sv", pagination: { limit: 100 }) { title } }', { token: cms.readToken });
    expect(events.errors).toBeUndefined();
    expect(events.data!.events.map((e) => e.title).filter((title) => title.includes('[DEMO]'))).toEqual([]);
  });

  it('the web sends HSTS, nosniff, frame-ancestors none, a Permissions-Policy and no referrer', async () => {
    for (const pathname of ['/', '/handlingsplan', '/finns-inte', '/healthz']) {
      const response = await fetch(`${web.url}${pathname}`);
      const headers = response.headers;
      expect(headers.get('strict-transport-security'), pathname).toBe('max-age=63072000; includeSubDomains');
      expect(headers.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(headers.get('content-security-policy'), pathname).toContain("frame-ancestors 'none'");
      expect(headers.get('permissions-policy'), pathname).toMatch(/camera=\(\)/);
      expect(headers.get('referrer-policy'), pathname).toBe('no-referrer');
      expect(headers.get('x-request-id'), pathname).toMatch(/^[0-9a-f-]{36}$/);
      expect(headers.get('set-cookie'), pathname).toBeNull();
    }
  });

  it('a page-cache hit (sent in one writeHead) has the same headers, each once, and the request id it was given', async () => {
    for (const pathname of ['/', '/handlingsplan']) {
      const visit = () => fetch(`${web.url}${pathname}`, { headers: { 'x-request-id': 'cache-hit-0001', 'accept-encoding': 'identity' } });
      let response = await visit();
      for (let attempt = 0; attempt < 10 && response.headers.get('age') === null; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        response = await visit();
      }
      const headers = response.headers;
      expect(headers.get('age'), pathname).toMatch(/^\d+$/);
      // A header sent twice would read "a, a" here.
      expect(headers.get('strict-transport-security'), pathname).toBe('max-age=63072000; includeSubDomains');
      expect(headers.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(headers.get('x-frame-options'), pathname).toBe('DENY');
      expect(headers.get('content-security-policy'), pathname).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
      );
      expect(headers.get('vary'), pathname).toBe('Accept-Encoding');
      expect(headers.get('etag'), pathname).toMatch(/^W\/"[^,]+"$/);
      expect(headers.get('x-request-id'), pathname).toBe('cache-hit-0001');
      expect(Number(headers.get('content-length')), pathname).toBe((await response.arrayBuffer()).byteLength);
      const br = await fetch(`${web.url}${pathname}`, { headers: { 'accept-encoding': 'br' } });
      expect(br.headers.get('content-encoding'), pathname).toBe('br');
      expect(br.headers.get('x-request-id'), pathname).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('the web logs JSON lines with request ids, and no e-mail address, visitor address or search term', async () => {
    const visitor = '203.0.113.77';
    const search = await fetch(`${web.url}/sok?q=${encodeURIComponent('anna.andersson@example.org')}`, { headers: { 'x-forwarded-for': visitor, 'x-request-id': 'proxy-request-0001' } });
    expect(search.headers.get('x-request-id')).toBe('proxy-request-0001');
    const form = new URLSearchParams({
      title: 'Föreläsning om stöd',
      kind: 'lecture',
      startsAt: '2031-09-01T18:00',
      venueName: 'Folkets hus',
      venueCity: 'Karlskoga',
      description: 'Om stöd.',
      organiserName: 'Föreningen',
      contactName: 'Anna Andersson',
      contactEmail: 'anna.andersson@example.org',
      consent: 'yes',
    });
    const post = await fetch(`${web.url}/kalender/tipsa`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': visitor, 'sec-fetch-site': 'same-origin', origin: web.url },
      body: form,
      redirect: 'manual',
    });
    expect(post.status).toBeLessThan(500);
    // The access log is written when each response has finished: wait for the form post's line.
    const postId = post.headers.get('x-request-id');
    await waitFor(() => postId !== null && web.log().includes(`"requestId":"${postId}"`), { message: 'the web did not log the form post' }).catch(() => undefined);

    const lines = web
      .log()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(2);
    const entries = lines.map((line) => {
      expect(() => JSON.parse(line), line).not.toThrow();
      return JSON.parse(line) as { level: string; msg: string; requestId?: string; path?: string; status?: number };
    });
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'request', requestId: 'proxy-request-0001', path: '/sok', status: search.status }));
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'request', path: '/kalender/tipsa', status: post.status, requestId: post.headers.get('x-request-id') }));
    const text = lines.join('\n');
    expect(text).not.toContain('anna.andersson');
    expect(text).not.toContain('example.org');
    expect(text).not.toContain(visitor);
    expect(text).not.toContain('Anna Andersson');
  });
});
