import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadsFromCms } from './uploads';

// A stand-in for the CMS's /uploads (Strapi's koa-static: 200 with Last-Modified, never 304).
const LAST_MODIFIED = 'Mon, 30 Nov 2026 12:00:00 GMT';
const seen: string[] = [];
const cms = http.createServer((req, res) => {
  seen.push(req.url ?? '');
  if (req.url === '/uploads/bild_abc.png') {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': '4', 'last-modified': LAST_MODIFIED, 'x-powered-by': 'Strapi' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    return;
  }
  res.writeHead(404).end();
});
let web: http.Server;
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  const app = express();
  app.disable('x-powered-by');
  app.use(uploadsFromCms({ cmsUrl: `http://127.0.0.1:${(cms.address() as AddressInfo).port}`, timeoutMs: 1000 }));
  app.use((_req, res) => res.status(418).end());
  web = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => web.once('listening', resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});

afterAll(() => {
  web.close();
  cms.close();
});

describe('uploadsFromCms', () => {
  it('streams a file with its type and validators, cacheable, without the CMS’s other headers', async () => {
    const response = await fetch(`${base}/uploads/bild_abc.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('last-modified')).toBe(LAST_MODIFIED);
    expect(response.headers.get('cache-control')).toBe('public, max-age=604800');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toBe('\x89PNG');
  });

  it('answers a conditional request for an unchanged file with 304', async () => {
    // node:http, as a browser revalidates (fetch adds `Cache-Control: no-cache` to a conditional request).
    const status = (headers: Record<string, string>) =>
      new Promise<number | undefined>((resolve, reject) => {
        http.get(`${base}/uploads/bild_abc.png`, { headers }, (res) => resolve(res.resume().statusCode)).on('error', reject);
      });
    expect(await status({ 'if-modified-since': LAST_MODIFIED })).toBe(304);
    expect(await status({ 'if-modified-since': 'Mon, 30 Nov 2026 11:00:00 GMT' })).toBe(200);
  });

  it('is a 404 for a missing file, and leaves other paths and methods alone', async () => {
    expect((await fetch(`${base}/uploads/finns-inte.png`)).status).toBe(404);
    seen.length = 0;
    expect((await fetch(`${base}/uploads/a/b.png`)).status).toBe(418);
    expect((await fetch(`${base}/uploads/..%2fpackage.json`)).status).toBe(418);
    expect((await fetch(`${base}/uploads/bild_abc.png`, { method: 'POST' })).status).toBe(418);
    expect(seen).toEqual([]);
  });
});
