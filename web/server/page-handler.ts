// The Remix request handler with what a good shared cache in front would do, built in:
// * each request gets a request state in its load context (app/load-context.ts) that the CMS
//   gateway fills in, and runs in the app's request scope (the build's entry module exports it:
//   app/utils/request-state.server.ts);
// * text responses are buffered (pages are tens of KB), get a weak ETag (304 on If-None-Match) and
//   are compressed (compress.ts);
// * responses a shared cache may keep (`public` with s-maxage/max-age) are kept in a page cache
//   for that long (at most CMS_CACHE_TTL_MS), unless some content was stale or expired, and
//   purged with the CMS cache on revalidation. A hit costs no rendering and no compression, and its
//   headers are made once per page and encoding and sent in one writeHead
//   (docs/decisions/020-fast-cache-hit.md).
import { IncomingMessage, ServerResponse, validateHeaderName, validateHeaderValue } from 'node:http';
import { Socket } from 'node:net';
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node';
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express';
import { SHARED_HEADERS } from '@stodportalen/shared';
import { LRUCache } from 'lru-cache';
import type { RequestState } from '../app/utils/request-state.server';
import { compact, compressDynamic, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compress';
import { etagMatches, weakEtag } from './etag';
import { applyFrontHeaders, frontHeadersOf } from './front-door';
import { toRemixRequest, sendStreamed } from './remix-request';
import type { RefusalStatus } from './request-guard';
import { SECURITY_HEADERS, setSecurityHeaders } from './security-headers';

/** Bodies larger than this are streamed, never buffered or kept. */
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;
/** The page cache's bound (bodies and their compressed variants): a few hundred pages. */
const PAGE_CACHE_MAX_BYTES = 8 * 1024 * 1024;
const PAGE_CACHE_MAX_ENTRIES = 2_000;
/**
 * A page is kept from the second time its URL is asked (as nginx's proxy_cache_min_uses 2): the
 * page handler remembers the URLs it has made a keepable page for. A URL asked only once (a list
 * page with a query of its own, a link with a tracking parameter, a crawler or an attacker asking
 * ever new URLs) is never kept, so it neither pushes the pages people do read out of the cache nor
 * leaves its body behind for the garbage collector's old generation
 * (docs/decisions/033-page-cache-admission.md). Bounded in URLs and in characters (a request target
 * may be up to about 16 kB long); a purge adds the URLs of the pages it drops.
 */
const SEEN_URLS_MAX_ENTRIES = 4_096;
const SEEN_URLS_MAX_CHARS = 512 * 1024;

/** Headers that belong to one connection or one response and are never stored or copied. */
const NOT_STORED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie', 'date', 'age']);

interface CachedPage {
  status: number;
  /** The route's headers (Content-Type, Cache-Control, ETag, …). */
  headers: [string, string][];
  body: Buffer;
  etag: string;
  storedAt: number;
  br: Buffer | undefined;
  gzip: Buffer | undefined;
  /** The response head of a 200 per encoding, made on the first hit that needs it (headOf). */
  heads: Partial<Record<'br' | 'gzip' | 'identity', Head>>;
}

type NodeRequest = IncomingMessage & { originalUrl?: string };

/** What the server needs of the build's entry module (app/entry.server.tsx). */
type RequestScope = Pick<typeof import('../app/entry.server'), 'runInRequestScope' | 'onPurge'>;

function requestScopeOf(build: ServerBuild): RequestScope {
  const entry: object = build.entry.module;
  if (!('runInRequestScope' in entry) || typeof entry.runInRequestScope !== 'function' || !('onPurge' in entry) || typeof entry.onPurge !== 'function') {
    throw new Error('The Remix build does not export runInRequestScope and onPurge from its entry module (app/entry.server.tsx).');
  }
  return build.entry.module as unknown as RequestScope;
}

function newRequestState(requestId: string | undefined): RequestState {
  return { cmsDeadline: undefined, stale: false, expired: false, requestId };
}

function requestIdOf(res: ServerResponse): string | undefined {
  const id = res.getHeader(SHARED_HEADERS.requestId);
  return typeof id === 'string' ? id : undefined;
}

/** Seconds a shared cache may keep a response: s-maxage, else max-age, when `public`; else 0. */
export function sharedMaxAge(cacheControl: string | null): number {
  if (!cacheControl) return 0;
  const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
  if (!directives.includes('public') || directives.some((d) => d === 'no-store' || d === 'private' || d === 'no-cache')) {
    return 0;
  }
  const value = (name: string) => {
    const found = directives.find((d) => d.startsWith(`${name}=`));
    return found ? Number(found.slice(name.length + 1)) : undefined;
  };
  const seconds = value('s-maxage') ?? value('max-age') ?? 0;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * A page's key in the page cache: its path and query only. Pages are made for the public origin
 * whatever the Host header said (remix-request.ts), so a request cannot store a page of its own
 * making, nor spread one page over many keys with made-up hosts.
 */
function pageKey(req: NodeRequest): string {
  return req.originalUrl ?? req.url ?? '';
}

/** Sends a buffered body: 304 when the client has it, else the encoding it accepts. */
function sendBuffered(
  req: IncomingMessage,
  res: ServerResponse,
  page: { status: number; body: Buffer; etag: string | undefined; compressible: boolean; variant: (encoding: 'br' | 'gzip') => Buffer },
): void {
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

/** Header entries as Node keeps them on a response: lowercased name → [name, value]. */
type HeaderRecord = Record<string, [string, string]>;

/**
 * A stored page's head for one encoding: its headers as a flat list, as Node's header record, and a
 * copy of that record that each hit fills in with its own Age and front headers (`scratch`, made on
 * the first hit, with that hit's front header names: they are the same for every request).
 */
interface Head {
  list: string[];
  record: HeaderRecord;
  scratch?: { record: HeaderRecord; frontLength: number };
}

/**
 * A stored page's head for one encoding: the security headers, the headers it was stored with, then
 * what sendBuffered would set (a later name replaces an earlier one, as setHeader does). Only the
 * front headers and Age are added per request.
 */
function headOf(page: CachedPage, encoding: 'br' | 'gzip' | 'identity', length: number): Head {
  const headers = new Map<string, [string, string]>();
  const set = (name: string, value: string) => headers.set(name.toLowerCase(), [name, value]);
  for (const [name, value] of SECURITY_HEADERS) set(name, value);
  for (const [name, value] of page.headers) set(name, value);
  set('Vary', 'Accept-Encoding');
  set('ETag', page.etag);
  if (encoding !== 'identity') set('Content-Encoding', encoding);
  set('Content-Length', String(length));
  return { list: [...headers.values()].flat(), record: Object.fromEntries(headers) };
}

/**
 * The symbol under which Node keeps a response's headers (`kOutHeaders` in node:_http_outgoing: a
 * record of lowercased name → [name, value], null until a header is set). A response whose record is
 * there when `writeHead(status)` is called is sent with it as it is: Node validated those headers when
 * they were set, and does not again. A page-cache hit puts its head there, made and validated once per
 * page (below), instead of passing a list to writeHead, which validates every name and value of every
 * response again: about a tenth of a hit (docs/decisions/020-fast-cache-hit.md). Node offers no public
 * way to send a head it has validated once; when the symbol is not found (another Node version), a
 * hit passes its list to writeHead as before.
 */
export const OUT_HEADERS: symbol | undefined = (() => {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  return Object.getOwnPropertySymbols(response).find((symbol) => symbol.description === 'kOutHeaders' && Reflect.get(response, symbol) === null);
})();

/** Validates a head once, as setHeader would (throws on a bad name or value). */
function validated(head: Head): Head {
  for (let i = 0; i < head.list.length; i += 2) {
    validateHeaderName(head.list[i] as string);
    validateHeaderValue(head.list[i] as string, head.list[i + 1] as string);
  }
  return head;
}

/** The encoding for an Accept-Encoding value, remembered for the few values browsers send. */
const encodings = new Map<string, ReturnType<typeof negotiateEncoding>>();
function encodingFor(acceptEncoding: string | undefined): ReturnType<typeof negotiateEncoding> {
  if (acceptEncoding === undefined) return 'identity';
  let encoding = encodings.get(acceptEncoding);
  if (encoding === undefined) {
    encoding = negotiateEncoding(acceptEncoding);
    if (encodings.size >= 64) encodings.clear();
    encodings.set(acceptEncoding, encoding);
  }
  return encoding;
}

export type PageHandler = RequestHandler & {
  serveFromCache: (req: NodeRequest, res: ServerResponse) => boolean;
  renderRefusal: (req: IncomingMessage, res: ServerResponse, status: RefusalStatus) => Promise<void>;
};

export interface PageHandlerOptions {
  build: ServerBuild;
  mode: string;
  /** The load context's own part; the request state is added here. */
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => Pick<AppLoadContext, 'clientAddress'>;
  /** 0 turns the page cache off. */
  pageCacheMaxAgeMs: number;
  /** The origin of every page's URL (env PUBLIC_URL). */
  publicOrigin: string;
}

export function createPageHandler({ build, mode, getLoadContext, pageCacheMaxAgeMs, publicOrigin }: PageHandlerOptions): PageHandler {
  const handleRequest = createRequestHandler(build, mode);
  const scope = requestScopeOf(build);
  const pages: LRUCache<string, CachedPage> | null =
    pageCacheMaxAgeMs > 0
      ? new LRUCache<string, CachedPage>({
          max: PAGE_CACHE_MAX_ENTRIES,
          maxSize: PAGE_CACHE_MAX_BYTES,
          sizeCalculation: (page) => page.body.length + (page.br?.length ?? 0) + (page.gzip?.length ?? 0) + 512,
        })
      : null;
  const seenUrls = pages !== null ? new LRUCache<string, true>({ max: SEEN_URLS_MAX_ENTRIES, maxSize: SEEN_URLS_MAX_CHARS, sizeCalculation: (_, key) => Math.max(1, key.length) }) : null;
  /**
   * Whether a page made for this key may be kept: a page was made for its URL before. It remembers
   * the URL either way, so it runs last in `storable` (only for a page that could be kept).
   */
  const seenBefore = (key: string): boolean => {
    if (seenUrls === null) return false;
    if (seenUrls.get(key)) return true;
    if (key.length <= SEEN_URLS_MAX_CHARS / 64) seenUrls.set(key, true);
    return false;
  };
  /** Counts purges, so a page rendered across one (which may hold old content) is not kept. */
  let purges = 0;
  scope.onPurge(() => {
    purges += 1;
    // The pages people read were hits (which do not go through seenBefore): they are kept again from
    // their first render after the purge.
    if (pages && seenUrls) for (const key of pages.keys()) seenUrls.set(key, true);
    pages?.clear();
  });

  const storedVariant = (page: CachedPage, encoding: 'br' | 'gzip'): Buffer => {
    const existing = page[encoding];
    if (existing) return existing;
    const made = compact(compressDynamic(page.body, encoding));
    page[encoding] = made;
    return made;
  };

  /**
   * A stored page with the headers it was stored with, and the security headers (as a shared cache
   * in front would send it). True when the page was sent.
   */
  const serveFromCache = (req: NodeRequest, res: ServerResponse): boolean => {
    if (!pages || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const hit = pages.get(pageKey(req));
    if (!hit) return false;
    const age = String(Math.floor((Date.now() - hit.storedAt) / 1000));
    if (req.headers['if-none-match'] !== undefined) {
      // A conditional request (maybe a 304): header by header, as a page just made.
      applyFrontHeaders(res);
      setSecurityHeaders(res);
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader('Age', age);
      sendBuffered(req, res, { status: hit.status, body: hit.body, etag: hit.etag, compressible: true, variant: (encoding) => storedVariant(hit, encoding) });
      return true;
    }
    // The common hit: the page's precomputed head, the request id (and HSTS) and Age, in one writeHead.
    // (Headers set before, as on the way through Express, are replaced by the same names.)
    const encoding = hit.body.length >= MIN_COMPRESS_BYTES ? encodingFor(req.headers['accept-encoding']) : 'identity';
    const body = encoding === 'identity' ? hit.body : storedVariant(hit, encoding);
    const head = (hit.heads[encoding] ??= validated(headOf(hit, encoding, body.length)));
    const front = frontHeadersOf(res);
    if (OUT_HEADERS !== undefined && Reflect.get(res, OUT_HEADERS) === null) {
      // The page's record (validated once), with this hit's Age (digits) and front headers, safe as
      // they are made: HSTS is a constant, the request id a UUID or a caller's id that passed
      // isIncomingRequestId ([A-Za-z0-9._-] only). writeHead reads the record at once, so one
      // scratch record per head serves every hit; once the head is made the response keeps the
      // page's own record (for getHeader, e.g. the access log's Content-Length).
      const scratch = (head.scratch ??= { record: { ...head.record }, frontLength: front.length });
      if (scratch.frontLength === front.length) {
        const record = scratch.record;
        record.age = ['Age', age];
        for (let i = 0; i < front.length; i += 2) {
          const name = front[i] as string;
          record[name.toLowerCase()] = [name, front[i + 1] as string];
        }
        Reflect.set(res, OUT_HEADERS, record);
        res.writeHead(hit.status);
        Reflect.set(res, OUT_HEADERS, head.record);
        if (req.method === 'HEAD') res.end();
        else res.end(body);
        return true;
      }
    }
    // A copy and pushes (Array.prototype.concat with an array argument takes V8's slow path).
    const headers = head.list.slice();
    headers.push('Age', age);
    for (let i = 0; i < front.length; i += 1) headers.push(front[i] as string);
    res.writeHead(hit.status, headers);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
    return true;
  };

  const handle = async (...[req, res, next]: Parameters<RequestHandler>): Promise<void> => {
    try {
      if (serveFromCache(req, res)) return;
      const readOnly = req.method === 'GET' || req.method === 'HEAD';
      const key = pageKey(req);

      const generation = purges;
      const state = newRequestState(requestIdOf(res));
      const loadContext: AppLoadContext = { ...getLoadContext(req, res), requestState: state };
      const response = await scope.runInRequestScope(loadContext, () => handleRequest(toRemixRequest(req, res, publicOrigin), loadContext));

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
      const headers: [string, string][] = [];
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
        generation === purges &&
        etag !== undefined &&
        seenBefore(key);

      const page: CachedPage | undefined =
        storable && etag
          ? { status: 200, headers: etag === response.headers.get('ETag') ? headers : [...headers, ['ETag', etag]], body, etag, storedAt: Date.now(), br: undefined, gzip: undefined, heads: {} }
          : undefined;
      // Shared caches keep a page a moment (its s-maxage); this instance keeps it until its read model
      // applies a change (which purges), at most pageCacheMaxAgeMs (cache-policy.ts WEB_CACHE_LIFETIME).
      if (page && pages) pages.set(key, page, { ttl: pageCacheMaxAgeMs });

      const made: { br?: Buffer; gzip?: Buffer } = {};
      sendBuffered(req, res, {
        status: response.status,
        body,
        etag,
        compressible: true,
        // brotli: quickly for this response; the page cache's own variant waits for the first hit.
        variant: (encoding) =>
          encoding === 'br' ? (made.br ??= compressDynamic(body, 'br', { fresh: true })) : page ? storedVariant(page, encoding) : (made.gzip ??= compressDynamic(body, 'gzip')),
      });
    } catch (error) {
      next(error);
    }
  };
  // Express 4 does not await a handler; `handle` passes every failure to `next` itself.
  const handler: RequestHandler = (req, res, next) => {
    void handle(req, res, next);
  };
  /**
   * The short page of a request refused before any route (request-guard.ts): the root layout with
   * the acute numbers, and the status's text (app/root.tsx). It is made from a GET of a path no route
   * has, in the request's language, so no route's loader runs; its CMS calls are the layout's only.
   */
  const renderRefusal = async (req: IncomingMessage, res: ServerResponse, status: RefusalStatus): Promise<void> => {
    const english = /^\/en(?:[/?]|$)/.test(req.url ?? '');
    const context: AppLoadContext = { clientAddress: '', refusal: { status }, requestState: newRequestState(requestIdOf(res)) };
    const response = await scope.runInRequestScope(context, () =>
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
