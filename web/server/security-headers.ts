// Security and privacy headers for every response. No route hydrates and the only script is the
// file /quick-exit.js, so scripts are allowed from this origin only: no nonce, no inline script.
// (A nonce in a page that caches keep would be the same for every visitor, and so no protection.)

import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/** @param frameAncestors who may show the page in a frame (only the draft preview widens it) */
export function contentSecurityPolicy(frameAncestors = "'none'"): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The `frame-ancestors` sources of the draft preview: the admin panel's origin (CMS_ADMIN_ORIGIN),
 * and for an admin on this machine the same port under each loopback name, since an editor may open
 * it at localhost or 127.0.0.1 and the frame would otherwise stay blank (issue 15).
 */
export function previewFrameAncestors(adminOrigin: string): string {
  const url = new URL(adminOrigin);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return url.origin;
  return LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`).join(' ');
}

export const securityHeaders: RequestHandler = (_req, res, next) => {
  setSecurityHeaders(res);
  next();
};

/**
 * The headers of every response. Also used on its own for pages served from the page cache and
 * for requests refused before Express (page-handler.ts, request-guard.ts).
 */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
}

/** The security headers as name–value pairs, made once (page-cache hits send them precomputed). */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', contentSecurityPolicy()],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/** No cookies, ever: a safety net in case a dependency tries to set one. */
export const noCookies: RequestHandler = (_req, res, next) => {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (name.toLowerCase() === 'set-cookie') return res;
    return setHeader(name, value);
  };
  next();
};
