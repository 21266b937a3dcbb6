// What an anonymous request may ask of the web, checked before the page cache, Express and Remix:
// the method, the request target, the Host and forwarded headers, a form post's origin and content
// type, and the body's size. A request that breaks a rule gets a 4xx with a short page that still
// shows the acute numbers (never a 500); a body over its route's limit is refused as soon as its
// Content-Length or its bytes so far say so, without reading the rest. Bodies within the limit are
// read here, so Remix gets them in one piece (remix-request.ts).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { ACCESSIBILITY_REPORT_FIELDS, EVENT_SUBMISSION_FIELDS } from '@stodportalen/shared';

/** Methods any route answers; the rest get 405 with this list. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];

/** The tip form (every locale prefix). */
const TIP_FORM_PATH = /^(?:\/en)?\/kalender\/tipsa\/?$/;
/** The accessibility statement's feedback form. */
const ACCESSIBILITY_FORM_PATH = /^(?:\/en)?\/tillganglighet\/?$/;
const REVALIDATE_PATH = /^\/api\/revalidate\/?$/;

/**
 * The tip form's body limit: every text field at its maximum length, each character encoded in the
 * worst case (3 UTF-8 bytes, each sent as %XX: 9 bytes), plus 4 KiB for the field names and the
 * short fields (kind, dates, audiences, consent, key). About 70 KiB: a full form always fits.
 */
export const TIP_FORM_MAX_BYTES =
  Object.values(EVENT_SUBMISSION_FIELDS).reduce((sum, field) => sum + ('maxLength' in field ? field.maxLength : 0), 0) * 9 + 4096;
/** The accessibility report: its text fields at their maximum, worst-case encoded as above, plus 1 KiB. About 51 KiB. */
export const ACCESSIBILITY_FORM_MAX_BYTES =
  Object.values(ACCESSIBILITY_REPORT_FIELDS).reduce((sum, field) => sum + field.maxLength, 0) * 9 + 1024;
/** The CMS's change notice (JSON of a few ids). */
export const REVALIDATE_MAX_BYTES = 16 * 1024;
/** Every other request: nothing there reads a body. */
export const DEFAULT_MAX_BYTES = 1024;

/** The body read by the guard, for remix-request.ts. */
export const BODY = Symbol('stodportalen.body');

export type GuardedRequest = IncomingMessage & { [BODY]?: Buffer };
export type RefusalStatus = 400 | 403 | 405 | 413 | 415;
export interface Refusal {
  status: RefusalStatus;
  reason: string;
  headers?: Record<string, string>;
}

export function bodyLimitOf(path: string): number {
  if (TIP_FORM_PATH.test(path)) return TIP_FORM_MAX_BYTES;
  if (ACCESSIBILITY_FORM_PATH.test(path)) return ACCESSIBILITY_FORM_MAX_BYTES;
  if (REVALIDATE_PATH.test(path)) return REVALIDATE_MAX_BYTES;
  return DEFAULT_MAX_BYTES;
}

/**
 * A Host or X-Forwarded-Host value: a host name or address with an optional port 1–65535, nothing
 * else (no user, no path, no spaces).
 */
export function isValidHost(value: string): boolean {
  if (!/^[A-Za-z0-9._~\-[\]:]+$/.test(value)) return false;
  try {
    const url = new URL(`http://${value}`);
    return url.hostname !== '' && url.pathname === '/' && url.port !== '0';
  } catch {
    return false;
  }
}

/**
 * The request target as a path with its query: origin-form as it is, absolute-form (which proxies
 * may send) reduced to its path. Undefined when it is neither.
 */
export function pathOfTarget(target: string | undefined): string | undefined {
  if (!target) return undefined;
  if (target.startsWith('/')) return target;
  if (!/^https?:\/\//i.test(target)) return undefined;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Was this POST sent by a page of this site? The browser's Sec-Fetch-Site says so directly; else
 * the Origin header must be the public origin. Clients that send neither (not a browser, so no
 * cross-site forgery) may post.
 */
export function isSameOriginPost(headers: IncomingHttpHeaders, publicOrigin: string): boolean {
  const site = single(headers['sec-fetch-site']);
  if (site === 'same-origin') return true;
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = single(headers.origin);
  if (origin === undefined) return true;
  // With `Referrer-Policy: no-referrer` browsers send `Origin: null`; without Sec-Fetch-Site it says nothing.
  return origin === publicOrigin;
}

/** The last Host value found valid: nearly every request repeats it, and URL parsing is not free. */
let lastValidHost: string | undefined;

/** The rules that need no body: null when the request may go on. */
export function checkRequestHead(req: GuardedRequest, publicOrigin: string): Refusal | null {
  const method = req.method ?? '';
  if (!ALLOWED_METHODS.includes(method)) {
    return { status: 405, reason: `method ${method.slice(0, 16)}`, headers: { Allow: ALLOWED_METHODS.join(', ') } };
  }
  const path = pathOfTarget(req.url);
  if (path === undefined) return { status: 400, reason: 'request target' };
  const host = single(req.headers.host);
  if (host !== undefined && host !== lastValidHost) {
    if (!isValidHost(host)) return { status: 400, reason: 'Host' };
    lastValidHost = host;
  }
  const forwardedHost = single(req.headers['x-forwarded-host']);
  if (forwardedHost !== undefined && !forwardedHost.split(',').every((part) => isValidHost(part.trim()))) {
    return { status: 400, reason: 'X-Forwarded-Host' };
  }
  const forwardedProto = single(req.headers['x-forwarded-proto']);
  if (forwardedProto !== undefined && !forwardedProto.split(',').every((part) => /^https?$/i.test(part.trim()))) {
    return { status: 400, reason: 'X-Forwarded-Proto' };
  }

  const declared = single(req.headers['content-length']);
  if (declared === undefined && method !== 'POST') return null;
  const pathname = path.split('?')[0] ?? '/';
  const limit = bodyLimitOf(pathname);
  if (declared !== undefined && Number(declared) > limit) return { status: 413, reason: `Content-Length ${declared} > ${limit}` };
  if (method !== 'POST') return null;

  if (!isSameOriginPost(req.headers, publicOrigin)) return { status: 403, reason: 'cross-origin POST' };
  if (TIP_FORM_PATH.test(pathname)) {
    const type = (single(req.headers['content-type']) ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') return { status: 415, reason: `Content-Type ${type?.slice(0, 40)}` };
  }
  return null;
}

/**
 * Reads a body up to `limit` bytes. Stops reading at the first byte over it (the caller answers 413
 * and closes the connection), so a large body never sits in memory.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

export function requestGuard({
  publicOrigin,
  refuse,
  next,
}: {
  publicOrigin: string;
  refuse: (req: GuardedRequest, res: ServerResponse, refusal: Refusal) => void;
  next: (req: GuardedRequest, res: ServerResponse) => void;
}): (req: GuardedRequest, res: ServerResponse) => void {
  return (req, res) => {
    const refusal = checkRequestHead(req, publicOrigin);
    if (refusal) {
      refuse(req, res, refusal);
      return;
    }
    // From here on a request has a path as its target, and a same-origin POST has said so already:
    // Remix's own origin check (which compares with Host) has nothing left to do.
    req.url = pathOfTarget(req.url) ?? '/';
    // (Deleting a property turns the headers into a slower dictionary object: only when there is one.)
    if (req.headers.origin !== undefined) delete req.headers.origin;
    if (req.method !== 'POST') {
      next(req, res);
      return;
    }
    const limit = bodyLimitOf(req.url.split('?')[0] ?? '/');
    readLimitedBody(req, limit).then(
      (body) => {
        if (body === 'too-large') {
          refuse(req, res, { status: 413, reason: `body over ${limit} bytes` });
          return;
        }
        req[BODY] = body;
        next(req, res);
      },
      () => {
        // The client went away while sending: nobody is left to answer.
        res.destroy();
      },
    );
  };
}
