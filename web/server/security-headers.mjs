// Security and privacy headers for every response, and the per-request CSP nonce.
import { randomBytes } from 'node:crypto';

/**
 * @param {string} nonce
 * @param {string} frameAncestors who may show the page in a frame (only the draft preview widens it)
 */
export function contentSecurityPolicy(nonce, frameAncestors = "'none'") {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
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

/** @type {import('express').RequestHandler} */
export function securityHeaders(_req, res, next) {
  const nonce = randomBytes(16).toString('base64');
  res.locals.cspNonce = nonce;
  setSecurityHeaders(res, nonce);
  next();
}

/**
 * The headers of every response, with `nonce` in the CSP. Also used on its own for pages served
 * from the page cache before Express (server/page-handler.mjs), with the nonce stored in the page.
 * @param {import('node:http').ServerResponse} res
 * @param {string} nonce
 */
export function setSecurityHeaders(res, nonce) {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/**
 * No cookies, ever: a safety net in case a dependency tries to set one.
 * @type {import('express').RequestHandler}
 */
export function noCookies(_req, res, next) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (name.toLowerCase() === 'set-cookie') return res;
    return setHeader(name, value);
  };
  next();
}
