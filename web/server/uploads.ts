// Files of the CMS's media library (`/uploads/<file>`, Strapi's local provider), served from the
// portal's own origin: the CSP allows images from 'self' only, no visitor's browser contacts
// another host, and the CMS need not be reachable from the internet. The web streams the file
// from CMS_URL; the CMS's own headers (type, length, validators) go along.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { RequestHandler } from 'express';
import fresh from 'fresh';

const UPLOAD_PATH = /^\/uploads\/[A-Za-z0-9._-]+$/;
const PASSED_ON = ['content-type', 'content-length', 'etag', 'last-modified'] as const;
const CONDITIONAL = ['if-none-match', 'if-modified-since'] as const;
/** Strapi names a file after its content's hash: a file at one address does not change. */
const CACHE_CONTROL = 'public, max-age=604800';

export function uploadsFromCms({ cmsUrl, timeoutMs }: { cmsUrl: string; timeoutMs: number }): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !UPLOAD_PATH.test(req.path)) {
      next();
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of CONDITIONAL) {
      const value = req.get(name);
      if (value) headers[name] = value;
    }
    fetch(`${cmsUrl}${req.path}`, { method: req.method, headers, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) }).then(
      (response) => {
        if (response.status !== 200 && response.status !== 304) {
          void response.body?.cancel();
          res.status(404).setHeader('Cache-Control', 'no-store');
          res.type('text/plain').send('Not found');
          return;
        }
        for (const name of PASSED_ON) {
          const value = response.headers.get(name);
          if (value) res.setHeader(name, value);
        }
        res.setHeader('Cache-Control', CACHE_CONTROL);
        // Strapi serves uploads without answering conditional requests: the web does (304).
        const notModified = response.status === 304 || fresh(req.headers, { etag: res.getHeader('etag'), 'last-modified': res.getHeader('last-modified') });
        res.status(notModified ? 304 : 200);
        if (notModified) {
          res.removeHeader('content-length');
          res.removeHeader('content-type');
        }
        if (notModified || req.method === 'HEAD' || !response.body) {
          void response.body?.cancel();
          res.end();
          return;
        }
        Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)
          .on('error', () => res.destroy())
          .pipe(res);
      },
      () => {
        res.status(503).setHeader('Retry-After', '30');
        res.setHeader('Cache-Control', 'no-store');
        res.type('text/plain').send('Service unavailable');
      },
    );
  };
}
