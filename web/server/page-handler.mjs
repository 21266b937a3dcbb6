// The Remix request handler with what a good shared cache in front would do, built in:
// * each response runs inside a request state (request-state.mjs) that the CMS client fills in;
// * text responses are buffered (pages are tens of KB), get a weak ETag (304 on If-None-Match) and
//   are compressed (compress.mjs);
// * responses a shared cache may keep (`public` with s-maxage/max-age) are kept in a page cache
//   for that long (at most CMS_CACHE_TTL_MS), unless some content was stale or expired, and
//   purged with the CMS cache on revalidation. A hit costs no rendering and no compression.
import { createRequestHandler } from '@remix-run/node';
import { LRUCache } from 'lru-cache';
import { compressDynamic, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compress.mjs';
import { etagMatches, weakEtag } from './etag.mjs';
import { toRemixRequest, sendStreamed } from './remix-request.mjs';
import { newRequestState, onPurge, purgeGeneration, runWithRequestState } from './request-state.mjs';
import { setSecurityHeaders } from './security-headers.mjs';

/** Bodies larger than this are streamed, never buffered or kept. */
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;
/** The page cache's bound (bodies and their compressed variants): a few hundred pages. */
const PAGE_CACHE_MAX_BYTES = 16 * 1024 * 1024;
const PAGE_CACHE_MAX_ENTRIES = 2_000;

/** Headers that belong to one connection or one response and are never stored or copied. */
const NOT_STORED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie', 'date', 'age']);

/**
 * @typedef {object} CachedPage
 * @property {number} status
 * @property {[string, string][]} headers  the route's headers (Content-Type, Cache-Control, ETag, …)
 * @property {Buffer} body
 * @property {string} etag
 * @property {number} storedAt
 * @property {Buffer | undefined} br
 * @property {Buffer | undefined} gzip
 */

/**
 * Seconds a shared cache may keep a response: s-maxage, else max-age, when `public`; else 0.
 * @param {string | null} cacheControl
 */
export function sharedMaxAge(cacheControl) {
  if (!cacheControl) return 0;
  const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
  if (!directives.includes('public') || directives.some((d) => d === 'no-store' || d === 'private' || d === 'no-cache')) {
    return 0;
  }
  const value = (/** @type {string} */ name) => {
    const found = directives.find((d) => d.startsWith(`${name}=`));
    return found ? Number(found.slice(name.length + 1)) : undefined;
  };
  const seconds = value('s-maxage') ?? value('max-age') ?? 0;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * A page's key in the page cache: its path and query only. Pages are made for the public origin
 * whatever the Host header said (remix-request.mjs), so a request cannot store a page of its own
 * making, nor spread one page over many keys with made-up hosts.
 * @param {import('node:http').IncomingMessage & { originalUrl?: string }} req
 */
function pageKey(req) {
  return req.originalUrl ?? req.url ?? '';
}

/**
 * Sends a buffered body: 304 when the client has it, else the encoding it accepts.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ status: number, body: Buffer, etag: string | undefined, compressible: boolean, variant: (encoding: 'br' | 'gzip') => Buffer }} page
 */
function sendBuffered(req, res, page) {
  if (page.compressible) res.setHeader('Vary', 'Accept-Encoding');
  if (page.etag) {
    res.setHeader('ETag', page.etag);
    if (page.status === 200 && etagMatches(req.headers['if-none-match'], page.etag)) {
      res.removeHeader('Content-Type');
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  const encoding = page.compressible && page.body.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
  const body = encoding === 'identity' ? page.body : page.variant(encoding);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', String(body.length));
  res.statusCode = page.status;
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

/**
 * @typedef {import('express').RequestHandler & {
 *   serveFromCache: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean,
 *   renderRefusal: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, status: 400 | 403 | 405 | 413 | 415) => Promise<void>
 * }} PageHandler
 */

/**
 * @param {object} options
 * @param {import('@remix-run/node').ServerBuild} options.build
 * @param {string} options.mode
 * @param {(req: import('express').Request, res: import('express').Response) => import('@remix-run/node').AppLoadContext} options.getLoadContext
 * @param {number} options.pageCacheMaxAgeMs  0 turns the page cache off
 * @param {string} options.publicOrigin  the origin of every page's URL (env PUBLIC_URL)
 * @returns {PageHandler}
 */
export function createPageHandler({ build, mode, getLoadContext, pageCacheMaxAgeMs, publicOrigin }) {
  const handleRequest = createRequestHandler(build, mode);
  /** @type {LRUCache<string, CachedPage> | null} */
  const pages =
    pageCacheMaxAgeMs > 0
      ? new LRUCache({
          max: PAGE_CACHE_MAX_ENTRIES,
          maxSize: PAGE_CACHE_MAX_BYTES,
          sizeCalculation: (page) => page.body.length + (page.br?.length ?? 0) + (page.gzip?.length ?? 0) + 512,
        })
      : null;
  if (pages) onPurge(() => pages.clear());

  /** @param {CachedPage} page @param {'br' | 'gzip'} encoding */
  const storedVariant = (page, encoding) => {
    const existing = page[encoding];
    if (existing) return existing;
    const made = compressDynamic(page.body, encoding);
    page[encoding] = made;
    return made;
  };

  /**
   * A stored page with the headers it was stored with, and the security headers (as a shared cache
   * in front would send it). True when the page was sent.
   * @param {import('node:http').IncomingMessage & { originalUrl?: string }} req
   * @param {import('node:http').ServerResponse} res
   */
  const serveFromCache = (req, res) => {
    if (!pages || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const hit = pages.get(pageKey(req));
    if (!hit) return false;
    setSecurityHeaders(res);
    for (const [name, value] of hit.headers) res.setHeader(name, value);
    res.setHeader('Age', String(Math.floor((Date.now() - hit.storedAt) / 1000)));
    sendBuffered(req, res, { status: hit.status, body: hit.body, etag: hit.etag, compressible: true, variant: (encoding) => storedVariant(hit, encoding) });
    return true;
  };

  /** @type {import('express').RequestHandler} */
  const handler = async (req, res, next) => {
    try {
      if (serveFromCache(req, res)) return;
      const readOnly = req.method === 'GET' || req.method === 'HEAD';
      const key = pageKey(req);

      const generation = purgeGeneration();
      const state = newRequestState();
      const loadContext = getLoadContext(req, res);
      const response = await runWithRequestState(state, () => handleRequest(toRemixRequest(req, res, publicOrigin), loadContext));

      const contentType = response.headers.get('Content-Type');
      const length = Number(response.headers.get('Content-Length') ?? 0);
      if (!response.body || !isCompressible(contentType) || length > MAX_BUFFERED_BYTES) {
        await sendStreamed(res, response);
        return;
      }
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length > MAX_BUFFERED_BYTES) {
        res.status(response.status);
        for (const [name, value] of response.headers) res.append(name, value);
        res.end(body);
        return;
      }

      res.statusMessage = response.statusText;
      /** @type {[string, string][]} */
      const headers = [];
      for (const [name, value] of response.headers) {
        if (NOT_STORED.has(name)) continue;
        res.append(name, value);
        headers.push([name, value]);
      }
      const cacheControl = response.headers.get('Cache-Control');
      const shared = sharedMaxAge(cacheControl);
      const etag =
        response.headers.get('ETag') ??
        (response.status === 200 && readOnly && !/no-store/i.test(cacheControl ?? '') ? weakEtag(body) : undefined);
      const storable =
        pages !== null &&
        req.method === 'GET' &&
        response.status === 200 &&
        shared > 0 &&
        !response.headers.has('Set-Cookie') &&
        !(response.headers.get('Vary') ?? '').split(',').some((v) => v.trim() !== '' && v.trim().toLowerCase() !== 'accept-encoding') &&
        !state.stale &&
        !state.expired &&
        generation === purgeGeneration() &&
        etag !== undefined;

      /** @type {CachedPage | undefined} */
      const page =
        storable && etag
          ? { status: 200, headers: etag === response.headers.get('ETag') ? headers : [...headers, ['ETag', etag]], body, etag, storedAt: Date.now(), br: undefined, gzip: undefined }
          : undefined;
      if (page && pages) pages.set(key, page, { ttl: Math.min(shared * 1000, pageCacheMaxAgeMs) });

      /** @type {{ br?: Buffer, gzip?: Buffer }} */
      const made = {};
      sendBuffered(req, res, {
        status: response.status,
        body,
        etag,
        compressible: true,
        variant: (encoding) => (page ? storedVariant(page, encoding) : (made[encoding] ??= compressDynamic(body, encoding))),
      });
    } catch (error) {
      next(error);
    }
  };
  /**
   * The short page of a request refused before any route (request-guard.mjs): the root layout with
   * the acute numbers, and the status's text (app/root.tsx). It is made from a GET of a path no route
   * has, in the request's language, so no route's loader runs; its CMS calls are the layout's only.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {400 | 403 | 405 | 413 | 415} status
   */
  const renderRefusal = async (req, res, status) => {
    const english = /^\/en(?:[/?]|$)/.test(req.url ?? '');
    /** @type {import('@remix-run/node').AppLoadContext} */
    const context = { clientAddress: '', refusal: { status } };
    const response = await runWithRequestState(newRequestState(), () =>
      handleRequest(new Request(`${publicOrigin}${english ? '/en' : ''}/-/refused`), context),
    );
    const body = Buffer.from(await response.arrayBuffer());
    res.statusCode = status;
    for (const [name, value] of response.headers) {
      if (!NOT_STORED.has(name) && !res.hasHeader(name)) res.setHeader(name, value);
    }
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', String(body.length));
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  };

  return Object.assign(handler, { serveFromCache, renderRefusal });
}
