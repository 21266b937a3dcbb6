// The caching proxy for real: Debian's nginx with proxy/nginx.conf (upstream and paths moved to
// this machine) in front of the built web and a seeded Strapi. Public pages are kept and served
// from the cache; what the web marks no-store (search, forms, errors) never is; the revalidation
// endpoint is closed; the request id reaches the web and both logs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir, freePort, startCms, type RunningCms } from '../support/cms';
import { startWeb, type RunningWeb } from '../support/web';

const conf = fs.readFileSync(path.join(cmsDir, '..', 'proxy', 'nginx.conf'), 'utf8');

describe('the nginx caching proxy in front of the web', () => {
  let cms: RunningCms;
  let web: RunningWeb;
  let nginx: ChildProcess;
  let proxyUrl: string;
  let nginxOutput = '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-proxy-'));

  beforeAll(async () => {
    cms = await startCms();
    web = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, env: { TRUST_PROXY: '1' } });
    const port = await freePort();
    for (const dir of ['cache', 'logs']) {
      fs.mkdirSync(path.join(tmp, dir), { recursive: true });
      fs.chmodSync(path.join(tmp, dir), 0o777);
    }
    fs.chmodSync(tmp, 0o755);
    const local = conf
      .replace(/server web:3000/g, `server 127.0.0.1:${web.port}`)
      .replace(/listen 8080 default_server;/, `listen 127.0.0.1:${port} default_server;`)
      .replace(/^user nginx;$/m, '')
      .replace(/\/var\/cache\/nginx/g, path.join(tmp, 'cache'))
      .replace(/\/var\/run\/nginx\.pid/g, path.join(tmp, 'nginx.pid'))
      .replace(/\/var\/log\/nginx/g, path.join(tmp, 'logs'));
    expect(local).toContain(`listen 127.0.0.1:${port}`);
    fs.writeFileSync(path.join(tmp, 'nginx.conf'), local);
    nginx = spawn('/usr/sbin/nginx', ['-c', path.join(tmp, 'nginx.conf'), '-p', `${tmp}/`, '-e', path.join(tmp, 'logs', 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout?.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
    nginx.stderr?.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
    proxyUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 10_000;
    while (!(await fetch(`${proxyUrl}/proxy-health`).then((r) => r.ok, () => false))) {
      if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start:\n${nginxOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 120_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    await web?.stop();
    await cms?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${proxyUrl}${pathname}`, { headers: { 'accept-encoding': 'br', ...headers } });

  it('keeps a public page (s-maxage) and serves the next visitor from its cache', async () => {
    const first = await get('/handlingsplan');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toContain('s-maxage=60');
    expect(['MISS', 'EXPIRED']).toContain(first.headers.get('x-cache-status'));
    const body = await first.text();
    const second = await get('/handlingsplan');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(await second.text()).toBe(body);
    // The page's own security headers come along from the cache, its CSP nonce matching its body.
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(body).toContain(`nonce="${nonce}"`);
    expect(second.headers.get('referrer-policy')).toBe('no-referrer');
    // Another encoding is another entry, not a wrong body.
    const plain = await get('/handlingsplan', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(body);
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
    await new Promise((resolve) => setTimeout(resolve, 300));
    const proxyLog = fs.readFileSync(path.join(tmp, 'logs', 'access.log'), 'utf8').trim().split('\n');
    const entry = proxyLog.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.requestId === 'kampanj-test-0001');
    expect(entry).toMatchObject({ service: 'proxy', method: 'GET', path: '/sok', status: 200 });
    expect(proxyLog.join('\n')).not.toMatch(/hemlig-sokning|127\.0\.0\.1/);
    expect(web.log()).toContain('"requestId":"kampanj-test-0001"');
    expect(web.log()).not.toContain('hemlig-sokning');
  });
});
